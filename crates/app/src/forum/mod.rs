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

/// The accepted session `number` of the edition of `year`, with its edition.
pub(crate) async fn accepted_session(
    conn: &mut wsis_db::AnyConnection,
    year: i64,
    number: i64,
) -> crate::ServiceResult<(wsis_db::forum::Edition, wsis_db::forum::SessionRow)> {
    let ed = wsis_db::forum::edition(conn, year)
        .await?
        .ok_or(crate::ServiceError::NotFound)?;
    let s = wsis_db::forum::session_by_number(conn, ed.id, number)
        .await?
        .filter(|s| s.status == wsis_domain::forum::SessionStatus::Accepted)
        .ok_or(crate::ServiceError::NotFound)?;
    Ok((ed, s))
}
