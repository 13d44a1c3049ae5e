//! The secretariat's stored Success Stories selection of each call's year:
//! which published entries (later also prize champions, as another
//! `source`), in which order, selected by whom and when.

use crate::{Result, map_unique, now};
use sqlx::AnyConnection;

/// What a line of the selection points at: an entry the secretariat chose…
pub const SOURCE_ENTRY: &str = "entry";
/// …the entry of a WSIS Prizes Winner of the year…
pub const SOURCE_WINNER: &str = "winner";
/// …or of a Champion.
pub const SOURCE_CHAMPION: &str = "champion";

/// Adds the entry of a prize Winner or Champion (`source`) to the year's publication,
/// after what is there; nothing if it is there from that source already.
pub async fn add_prize(
    conn: &mut AnyConnection,
    year: i64,
    entry_id: i64,
    source: &str,
    by: i64,
) -> Result<()> {
    let last: Option<i64> =
        sqlx::query_scalar("SELECT MAX(position) FROM success_stories WHERE year = $1")
            .bind(year)
            .fetch_one(&mut *conn)
            .await?;
    sqlx::query(
        "INSERT INTO success_stories (year, source, entry_id, position, added_by, added_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
    )
    .bind(year)
    .bind(source)
    .bind(entry_id)
    .bind(last.unwrap_or(0) + 1)
    .bind(by)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// The entries of the prize Winners and Champions of `year` in the publication, in
/// order (Winners first): (entry, source).
pub async fn prize_entries(conn: &mut AnyConnection, year: i64) -> Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT entry_id, source FROM success_stories
          WHERE year = $1 AND source IN ($2, $3) ORDER BY position, id",
    )
    .bind(year)
    .bind(SOURCE_WINNER)
    .bind(SOURCE_CHAMPION)
    .fetch_all(conn)
    .await?)
}

/// One selected entry.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Selected {
    pub entry_id: i64,
    pub position: i64,
    pub added_by: i64,
    pub added_by_name: String,
    pub added_at: i64,
    /// The entry's title (working copy's row title).
    pub title: String,
}

/// The entries selected for `year`, in order.
pub async fn selection(conn: &mut AnyConnection, year: i64) -> Result<Vec<Selected>> {
    Ok(sqlx::query_as(
        "SELECT s.entry_id, s.position, s.added_by, u.name AS added_by_name, s.added_at, e.title
         FROM success_stories s
         JOIN entries e ON e.id = s.entry_id
         JOIN users u ON u.id = s.added_by
         WHERE s.year = $1 AND s.source = $2
         ORDER BY s.position, s.id",
    )
    .bind(year)
    .bind(SOURCE_ENTRY)
    .fetch_all(conn)
    .await?)
}

/// The ids of the entries selected for `year`, in order.
pub async fn selected_ids(conn: &mut AnyConnection, year: i64) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT entry_id FROM success_stories WHERE year = $1 AND source = $2
         ORDER BY position, id",
    )
    .bind(year)
    .bind(SOURCE_ENTRY)
    .fetch_all(conn)
    .await?)
}

/// The years in which `entry_id` is selected.
pub async fn years_of_entry(conn: &mut AnyConnection, entry_id: i64) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT year FROM success_stories WHERE entry_id = $1 AND source = $2 ORDER BY year",
    )
    .bind(entry_id)
    .bind(SOURCE_ENTRY)
    .fetch_all(conn)
    .await?)
}

/// Adds an entry at the end of the year's selection. Returns `false` if it
/// was already selected.
pub async fn add(conn: &mut AnyConnection, year: i64, entry_id: i64, by: i64) -> Result<bool> {
    let exists: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM success_stories WHERE year = $1 AND source = $2 AND entry_id = $3",
    )
    .bind(year)
    .bind(SOURCE_ENTRY)
    .bind(entry_id)
    .fetch_one(&mut *conn)
    .await?;
    if exists > 0 {
        return Ok(false);
    }
    let last: Option<i64> =
        sqlx::query_scalar("SELECT MAX(position) FROM success_stories WHERE year = $1")
            .bind(year)
            .fetch_one(&mut *conn)
            .await?;
    sqlx::query(
        "INSERT INTO success_stories (year, source, entry_id, position, added_by, added_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(year)
    .bind(SOURCE_ENTRY)
    .bind(entry_id)
    .bind(last.unwrap_or(0) + 1)
    .bind(by)
    .bind(now())
    .execute(conn)
    .await
    .map_err(map_unique)?;
    Ok(true)
}

/// Removes an entry from the year's selection. Returns whether it was there.
pub async fn remove(conn: &mut AnyConnection, year: i64, entry_id: i64) -> Result<bool> {
    let n = sqlx::query(
        "DELETE FROM success_stories WHERE year = $1 AND source = $2 AND entry_id = $3",
    )
    .bind(year)
    .bind(SOURCE_ENTRY)
    .bind(entry_id)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n > 0)
}

/// Moves an entry one place up or down in the year's selection (swapping
/// it with its neighbour). Returns whether it moved.
pub async fn shift(conn: &mut AnyConnection, year: i64, entry_id: i64, up: bool) -> Result<bool> {
    let ids = selected_ids(&mut *conn, year).await?;
    let Some(i) = ids.iter().position(|id| *id == entry_id) else {
        return Ok(false);
    };
    let j = if up {
        match i.checked_sub(1) {
            Some(j) => j,
            None => return Ok(false),
        }
    } else if i + 1 < ids.len() {
        i + 1
    } else {
        return Ok(false);
    };
    let mut order = ids;
    order.swap(i, j);
    // Renumber the whole selection 1..n (it is short).
    for (n, id) in order.iter().enumerate() {
        sqlx::query(
            "UPDATE success_stories SET position = $1 WHERE year = $2 AND source = $3 AND entry_id = $4",
        )
        .bind(n as i64 + 1)
        .bind(year)
        .bind(SOURCE_ENTRY)
        .bind(*id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(true)
}
