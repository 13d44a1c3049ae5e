//! Fixed-window rate limits kept in the database, so that every node of a
//! cluster counts the same attempts.

use crate::{Result, now};
use sqlx::AnyConnection;

/// Removes the counts of windows that started before `before`; returns how many.
pub async fn purge_before(conn: &mut AnyConnection, before: i64) -> Result<u64> {
    Ok(
        sqlx::query("DELETE FROM rate_limits WHERE window_start < $1")
            .bind(before)
            .execute(conn)
            .await?
            .rows_affected(),
    )
}

/// Counts one hit on `bucket` in the current window of `window_secs` and
/// says whether it is within `max`. Old windows are swept as a side effect.
pub async fn hit(
    conn: &mut AnyConnection,
    bucket: &str,
    max: i64,
    window_secs: i64,
) -> Result<bool> {
    hit_at(conn, bucket, max, window_secs, now()).await
}

/// [`hit`] at the time `t` (Unix seconds).
pub async fn hit_at(
    conn: &mut AnyConnection,
    bucket: &str,
    max: i64,
    window_secs: i64,
    t: i64,
) -> Result<bool> {
    let window = t - t.rem_euclid(window_secs);
    let hits: i64 = sqlx::query_scalar(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1
         RETURNING hits",
    )
    .bind(bucket)
    .bind(window)
    .fetch_one(&mut *conn)
    .await?;
    if hits == 1 {
        sqlx::query("DELETE FROM rate_limits WHERE window_start < $1")
            .bind(window - 86_400)
            .execute(conn)
            .await?;
    }
    Ok(hits <= max)
}
