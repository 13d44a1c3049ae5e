//! Rooms of an edition and the session types.

use super::{json, unjson};
use crate::{Result, map_unique};
use sqlx::AnyConnection;
use std::collections::BTreeMap;

// ------------------------------------------------------------------- rooms

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomRow {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub capacity: i64,
    pub interpretation: bool,
    pub captioning: bool,
    pub step_free: bool,
    pub opens: String,
    pub closes: String,
}

type RoomTuple = (i64, String, String, i64, i64, i64, i64, String, String);

fn room_from(t: RoomTuple) -> RoomRow {
    RoomRow {
        id: t.0,
        code: t.1,
        name: t.2,
        capacity: t.3,
        interpretation: t.4 != 0,
        captioning: t.5 != 0,
        step_free: t.6 != 0,
        opens: t.7,
        closes: t.8,
    }
}

pub async fn add_room(conn: &mut AnyConnection, edition: i64, r: &RoomRow) -> Result<i64> {
    // The next position: counted under the edition's lock, so that two
    // writers do not take the same one.
    crate::dialect::lock_parent(conn, crate::dialect::Parent::Edition, edition).await?;
    let pos: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM forum_rooms WHERE edition_id = $1")
        .bind(edition)
        .fetch_one(&mut *conn)
        .await?;
    sqlx::query_scalar(
        "INSERT INTO forum_rooms (edition_id, code, name, capacity, interpretation, captioning, step_free, opens, closes, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(edition)
    .bind(&r.code)
    .bind(&r.name)
    .bind(r.capacity)
    .bind(r.interpretation as i64)
    .bind(r.captioning as i64)
    .bind(r.step_free as i64)
    .bind(&r.opens)
    .bind(&r.closes)
    .bind(pos)
    .fetch_one(conn)
    .await
    .map_err(map_unique)
}

/// Changes a room of an edition (its code stays unique); false if there
/// is no such room.
pub async fn update_room(conn: &mut AnyConnection, edition: i64, r: &RoomRow) -> Result<bool> {
    Ok(sqlx::query(
        "UPDATE forum_rooms SET code = $1, name = $2, capacity = $3, interpretation = $4,
           captioning = $5, step_free = $6, opens = $7, closes = $8
         WHERE id = $9 AND edition_id = $10",
    )
    .bind(&r.code)
    .bind(&r.name)
    .bind(r.capacity)
    .bind(r.interpretation as i64)
    .bind(r.captioning as i64)
    .bind(r.step_free as i64)
    .bind(&r.opens)
    .bind(&r.closes)
    .bind(r.id)
    .bind(edition)
    .execute(conn)
    .await
    .map_err(map_unique)?
    .rows_affected()
        > 0)
}

pub async fn rooms(conn: &mut AnyConnection, edition: i64) -> Result<Vec<RoomRow>> {
    let rows: Vec<RoomTuple> = sqlx::query_as(
        "SELECT id, code, name, capacity, interpretation, captioning, step_free, opens, closes
         FROM forum_rooms WHERE edition_id = $1 ORDER BY position",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(room_from).collect())
}

// ----------------------------------------------------------- session types

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionType {
    pub code: String,
    pub track: String,
    /// Empty for the built-in types (the interface names them).
    pub names: BTreeMap<String, String>,
}

pub async fn session_types(conn: &mut AnyConnection) -> Result<Vec<SessionType>> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT code, track, names FROM forum_session_types ORDER BY position, code",
    )
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(code, track, names)| {
            Ok(SessionType {
                code,
                track,
                names: unjson(&names, "session type names")?,
            })
        })
        .collect()
}

pub async fn add_session_type(conn: &mut AnyConnection, t: &SessionType) -> Result<()> {
    let pos: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM forum_session_types")
        .fetch_one(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO forum_session_types (code, track, names, position) VALUES ($1, $2, $3, $4)",
    )
    .bind(&t.code)
    .bind(&t.track)
    .bind(json(&t.names)?)
    .bind(pos + 100)
    .execute(conn)
    .await
    .map_err(map_unique)?;
    Ok(())
}
