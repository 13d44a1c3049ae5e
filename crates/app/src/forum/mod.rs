//! The WSIS Forum's services.

pub mod agenda;
pub mod captions;
pub mod documents;
pub mod high_level;
pub mod messages;
pub mod outcome_search;
pub mod outcomes;
pub mod programme;
pub mod proposals;
pub mod publications;
pub mod registration;
pub mod review;
pub mod schedule;
pub mod site;
pub mod snapshots;
pub mod translations;

/// Where a stored file's bytes are (the media store, or still its database row).
pub use wsis_db::forum::Stored;

/// Refuses anyone but the secretariat (the administrator counts as secretariat).
pub(crate) fn secretariat(who: &wsis_domain::access::Principal<'_>) -> crate::ServiceResult<()> {
    if who.is_secretariat() {
        Ok(())
    } else {
        Err(crate::ServiceError::Forbidden)
    }
}
