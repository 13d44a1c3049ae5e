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
    sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash)
        .bind(user_id)
        .bind(t)
        .bind(t + ttl_secs)
        .execute(conn)
        .await?;
    Ok(())
}

/// The account of a live session.
pub async fn user_of(conn: &mut AnyConnection, token_hash: &str) -> Result<Option<i64>> {
    Ok(
        sqlx::query_scalar(
            "SELECT user_id FROM sessions WHERE token_hash = $1 AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now())
        .fetch_optional(conn)
        .await?,
    )
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

/// Removes expired sessions; returns how many.
pub async fn purge_expired(conn: &mut AnyConnection) -> Result<u64> {
    Ok(sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(now())
        .execute(conn)
        .await?
        .rows_affected())
}
