//! The WSIS Forum's services.

pub mod agenda;
pub mod documents;
pub mod registration;
pub mod schedule;
pub mod snapshots;
