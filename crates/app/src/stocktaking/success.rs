//! The secretariat's stored Success Stories selection: published entries selected (and
//! deselected) for a call's year, in the publication's order.

use super::entries::principal;
use crate::{App, ServiceError, ServiceResult};
use wsis_db::accounts::User;
use wsis_db::success_stories as ss;
use wsis_domain::EntryId;

pub use wsis_db::success_stories::Selected;

fn secretariat(user: &User) -> ServiceResult<()> {
    if principal(user).is_secretariat() {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// The years an entry is selected in.
pub async fn years_of_entry(app: &App, id: EntryId) -> ServiceResult<Vec<i64>> {
    Ok(ss::years_of_entry(&mut *app.db().conn().await?, id.get()).await?)
}

/// The selection of `year`, in order.
pub async fn selection(app: &App, year: i64) -> ServiceResult<Vec<Selected>> {
    Ok(ss::selection(&mut *app.db().conn().await?, year).await?)
}

/// Adds a published entry to a year's selection (`select`), or removes it from it.
pub async fn choose(
    app: &App,
    user: &User,
    id: EntryId,
    year: i64,
    select: bool,
) -> ServiceResult<()> {
    secretariat(user)?;
    let mut tx = app.db().begin().await?;
    let (_, published) = wsis_db::entry_images::entry_visibility(&mut tx, id.get())
        .await?
        .ok_or(ServiceError::NotFound)?;
    if select {
        if !published {
            return Err(ServiceError::Conflict("success-stories-not-published"));
        }
        // A year's Success Stories come from that year's call (issue 11, item 15): an
        // entry of another call, or of none, is not one of them.
        let call_year = wsis_db::stocktaking::get_entry(&mut tx, id.get())
            .await?
            .and_then(|e| e.call_year);
        if call_year != Some(year) {
            return Err(ServiceError::Conflict("success-stories-not-of-call"));
        }
        match ss::add(&mut tx, year, id.get(), user.id).await {
            // Selected at the same moment by someone else: it is in the selection.
            Ok(_) | Err(wsis_db::DbError::Conflict(_)) => {}
            Err(e) => return Err(e.into()),
        }
    } else {
        ss::remove(&mut tx, year, id.get()).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A change to a year's selection from its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Remove,
    Up,
    Down,
}

/// Moves an entry up or down in a year's selection, or removes it (not found when it is
/// not in the selection).
pub async fn change(
    app: &App,
    user: &User,
    year: i64,
    id: EntryId,
    change: Change,
) -> ServiceResult<()> {
    secretariat(user)?;
    let mut tx = app.db().begin().await?;
    let done = match change {
        Change::Remove => ss::remove(&mut tx, year, id.get()).await?,
        Change::Up => ss::shift(&mut tx, year, id.get(), true).await?,
        Change::Down => ss::shift(&mut tx, year, id.get(), false).await?,
    };
    if !done && change == Change::Remove {
        return Err(ServiceError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}
