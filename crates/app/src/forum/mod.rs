//! The WSIS Forum's services.

pub mod proposals;
pub mod review;
pub mod site;
