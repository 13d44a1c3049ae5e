//! Login sessions, stored by the SHA-256 of their cookie token so that a
//! copy of the database does not hand out live sessions.

use crate::{Result, now};
use sqlx::AnyConnection;

pub async fn create(
    conn: &mut AnyConnection,
    token_hash: &str,
    user_id: i64,
    ttl_secs: i64,
) -> Result<()> {
    let t = now();
    sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $3)")
        .bind(token_hash)
        .bind(user_id)
        .bind(t)
        .bind(t + ttl_secs)
        .execute(conn)
        .await?;
    Ok(())
}

/// How often a session's `last_seen_at` is refreshed (not on every request).
pub const TOUCH_EVERY_SECS: i64 = 300;

/// The account of a live session: not expired, and used within `idle_secs`. Marks
/// the session as used (at most every [`TOUCH_EVERY_SECS`]).
pub async fn user_of(
    conn: &mut AnyConnection,
    token_hash: &str,
    idle_secs: i64,
) -> Result<Option<i64>> {
    user_of_at(conn, token_hash, idle_secs, now()).await
}

/// [`user_of`] at the time `t` (Unix seconds).
pub async fn user_of_at(
    conn: &mut AnyConnection,
    token_hash: &str,
    idle_secs: i64,
    t: i64,
) -> Result<Option<i64>> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "SELECT user_id, last_seen_at FROM sessions
         WHERE token_hash = $1 AND expires_at > $2 AND last_seen_at > $3",
    )
    .bind(token_hash)
    .bind(t)
    .bind(t - idle_secs)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((user, seen)) = row else {
        return Ok(None);
    };
    if seen <= t - TOUCH_EVERY_SECS {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(t)
            .bind(token_hash)
            .execute(conn)
            .await?;
    }
    Ok(Some(user))
}

pub async fn delete(conn: &mut AnyConnection, token_hash: &str) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends every session of an account (after a password reset).
pub async fn delete_for_user(conn: &mut AnyConnection, user_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Removes expired sessions and those idle for `idle_secs`; returns how many.
pub async fn purge_expired(conn: &mut AnyConnection, idle_secs: i64) -> Result<u64> {
    purge_expired_at(conn, idle_secs, now()).await
}

/// [`purge_expired`] at the time `t` (Unix seconds).
pub async fn purge_expired_at(conn: &mut AnyConnection, idle_secs: i64, t: i64) -> Result<u64> {
    Ok(
        sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
            .bind(t)
            .bind(t - idle_secs)
            .execute(conn)
            .await?
            .rows_affected(),
    )
}
