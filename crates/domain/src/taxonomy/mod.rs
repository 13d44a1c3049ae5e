//! Reference data of the WSIS process. Static, versioned with the code, and
//! copied into the database at migration time so that queries can join it.

pub mod action_lines;
pub mod countries;
pub mod sdg;
pub mod stakeholders;

pub use action_lines::{ActionLine, CATEGORIES, Category, FacilitatorRole};
pub use countries::{Country, Region};
pub use sdg::{Goal, Target};
pub use stakeholders::StakeholderType;
