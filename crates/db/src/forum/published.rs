//! Published versions of the schedule, and each account's "my agenda".

use super::{json, unjson};
use crate::{DbError, Result, map_unique};
use sqlx::AnyConnection;
use wsis_domain::forum::schedule::Schedule;

// ------------------------------------------------------- published versions

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct VersionInfo {
    pub number: i64,
    pub published_at: i64,
    pub note: String,
    pub changes: String,
}

/// Publishes a schedule as the edition's next version. The caller passes
/// the version it built on; if another was published meanwhile the
/// publication is refused as stale.
pub async fn publish(
    conn: &mut AnyConnection,
    edition: i64,
    based_on: i64,
    by: i64,
    note: &str,
    changes_json: &str,
    snapshot: &Schedule,
) -> Result<i64> {
    let latest: i64 = sqlx::query_scalar(
        "SELECT COALESCE(MAX(number), 0) FROM forum_schedule_versions WHERE edition_id = $1",
    )
    .bind(edition)
    .fetch_one(&mut *conn)
    .await?;
    if latest != based_on {
        return Err(DbError::Stale);
    }
    let number = latest + 1;
    let mut snap = snapshot.clone();
    snap.version = number;
    sqlx::query(
        "INSERT INTO forum_schedule_versions (edition_id, number, published_at, published_by, note, changes, snapshot)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(edition)
    .bind(number)
    .bind(snap.published_at)
    .bind(by)
    .bind(note)
    .bind(changes_json)
    .bind(json(&snap)?)
    .execute(conn)
    .await
    .map_err(|e| match map_unique(e) {
        DbError::Conflict(_) => DbError::Stale,
        e => e,
    })?;
    Ok(number)
}

/// The number of the latest published version (0 when none).
pub async fn latest_version(conn: &mut AnyConnection, edition: i64) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COALESCE(MAX(number), 0) FROM forum_schedule_versions WHERE edition_id = $1",
    )
    .bind(edition)
    .fetch_one(conn)
    .await?)
}

/// A published version's schedule.
pub async fn published(
    conn: &mut AnyConnection,
    edition: i64,
    number: i64,
) -> Result<Option<Schedule>> {
    let s: Option<String> = sqlx::query_scalar(
        "SELECT snapshot FROM forum_schedule_versions WHERE edition_id = $1 AND number = $2",
    )
    .bind(edition)
    .bind(number)
    .fetch_optional(conn)
    .await?;
    s.map(|s| unjson(&s, "schedule snapshot")).transpose()
}

/// Every published version, newest first, without the snapshots.
pub async fn versions(conn: &mut AnyConnection, edition: i64) -> Result<Vec<VersionInfo>> {
    Ok(sqlx::query_as(
        "SELECT number, published_at, note, changes FROM forum_schedule_versions WHERE edition_id = $1 ORDER BY number DESC",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

// -------------------------------------------------------------- my agenda

pub async fn pick(
    conn: &mut AnyConnection,
    user: i64,
    edition: i64,
    session: i64,
    on: bool,
) -> Result<()> {
    if on {
        sqlx::query(
            "INSERT INTO forum_agenda_picks (user_id, edition_id, session_id) VALUES ($1, $2, $3)
             ON CONFLICT (user_id, session_id) DO NOTHING",
        )
        .bind(user)
        .bind(edition)
        .bind(session)
        .execute(conn)
        .await?;
    } else {
        sqlx::query("DELETE FROM forum_agenda_picks WHERE user_id = $1 AND session_id = $2")
            .bind(user)
            .bind(session)
            .execute(conn)
            .await?;
    }
    Ok(())
}

pub async fn picks(conn: &mut AnyConnection, user: i64, edition: i64) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT session_id FROM forum_agenda_picks WHERE user_id = $1 AND edition_id = $2 ORDER BY session_id",
    )
    .bind(user)
    .bind(edition)
    .fetch_all(conn)
    .await?)
}
