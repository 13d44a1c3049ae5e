//! Calls for entries: a year's window in which submitted entries join that call. Windows
//! never overlap, so that an entry submitted at a moment belongs to at most one call.

use super::entries::principal;
use crate::{App, ServiceError, ServiceResult};
use wsis_db::accounts::User;
use wsis_db::stocktaking as st;
use wsis_domain::FieldErrors;

pub use wsis_db::stocktaking::Call;

fn secretariat(user: &User) -> ServiceResult<()> {
    if principal(user).is_secretariat() {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// The current time, in Unix seconds (what call windows are compared with).
pub fn now() -> i64 {
    wsis_db::now()
}

/// A call, by its id.
pub async fn call(app: &App, id: i64) -> ServiceResult<Call> {
    st::get_call(&mut *app.db().conn().await?, id)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Refuses a window that overlaps another call's (a field error on `opens`).
async fn check_overlap(
    conn: &mut wsis_db::AnyConnection,
    window: (i64, i64),
    except: Option<i64>,
    errors: &mut FieldErrors,
) -> ServiceResult<()> {
    if !st::overlapping_calls(conn, window.0, window.1, except)
        .await?
        .is_empty()
    {
        errors.add("opens", "call-overlaps");
    }
    Ok(())
}

/// Opens a call for the entries of `year` from `opens` until `closes` (exclusive). Field
/// errors: `year` (a call of that year exists), `opens` (the window overlaps another).
pub async fn create_call(
    app: &App,
    user: &User,
    year: i64,
    title: &str,
    opens: i64,
    closes: i64,
) -> ServiceResult<()> {
    secretariat(user)?;
    let mut errors = FieldErrors::new();
    let mut tx = app.db().begin().await?;
    if st::list_calls(&mut tx)
        .await?
        .iter()
        .any(|c| c.year == year)
    {
        errors.add("year", "call-exists");
    }
    check_overlap(&mut tx, (opens, closes), None, &mut errors).await?;
    if !errors.is_empty() {
        return Err(ServiceError::Fields(errors));
    }
    match st::create_call(&mut tx, year, title, opens, closes).await {
        Ok(_) => tx.commit().await?,
        Err(e) if e.is_conflict() => return Err(ServiceError::field("year", "call-exists")),
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

/// Changes a call's title and window (its year stays).
pub async fn update_call(
    app: &App,
    user: &User,
    id: i64,
    title: &str,
    opens: i64,
    closes: i64,
) -> ServiceResult<()> {
    secretariat(user)?;
    let mut errors = FieldErrors::new();
    let mut tx = app.db().begin().await?;
    check_overlap(&mut tx, (opens, closes), Some(id), &mut errors).await?;
    if !errors.is_empty() {
        return Err(ServiceError::Fields(errors));
    }
    st::update_call(&mut tx, id, title, opens, closes).await?;
    tx.commit().await?;
    Ok(())
}

/// Whether a call's window is open at `at`.
pub fn is_open(call: &Call, at: i64) -> bool {
    call.opens_at <= at && at < call.closes_at
}

/// Closes an open call now: entries submitted from now on belong to no call.
pub async fn close_call(app: &App, user: &User, id: i64) -> ServiceResult<()> {
    secretariat(user)?;
    let mut tx = app.db().begin().await?;
    let call = st::get_call(&mut tx, id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let now = now();
    if !is_open(&call, now) {
        return Err(ServiceError::Conflict("call-not-open"));
    }
    st::update_call(&mut tx, id, &call.title, call.opens_at, now).await?;
    tx.commit().await?;
    Ok(())
}
