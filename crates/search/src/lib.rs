//! Search index (being written).
