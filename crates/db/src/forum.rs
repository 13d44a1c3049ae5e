//! The WSIS Forum in storage: editions, phases, site pages, partners, rooms,
//! session types, sessions with their speakers, placements, published
//! schedule versions, agenda picks and registrations.

use crate::{DbError, Result, map_unique, now};
use sqlx::AnyConnection;
use std::collections::BTreeMap;
use wsis_domain::forum::schedule::Schedule;
use wsis_domain::forum::{ProposalData, SessionStatus};

fn json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| DbError::Corrupt(e.to_string()))
}

fn unjson<T: serde::de::DeserializeOwned>(s: &str, what: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| DbError::Corrupt(format!("{what}: {e}")))
}

// ---------------------------------------------------------------- editions

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition {
    pub id: i64,
    pub year: i64,
    pub theme: BTreeMap<String, String>,
    pub starts_on: String,
    pub ends_on: String,
    pub venue: String,
    pub time_zone: String,
    pub capacity: i64,
    pub proposals_open: bool,
}

#[derive(sqlx::FromRow)]
struct EditionRow {
    id: i64,
    year: i64,
    theme: String,
    starts_on: String,
    ends_on: String,
    venue: String,
    time_zone: String,
    capacity: i64,
    proposals_open: i64,
}

impl EditionRow {
    fn into_edition(self) -> Result<Edition> {
        Ok(Edition {
            id: self.id,
            year: self.year,
            theme: unjson(&self.theme, "edition theme")?,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            venue: self.venue,
            time_zone: self.time_zone,
            capacity: self.capacity,
            proposals_open: self.proposals_open != 0,
        })
    }
}

const EDITION_COLS: &str =
    "id, year, theme, starts_on, ends_on, venue, time_zone, capacity, proposals_open";

/// Creates an edition; a second one for the same year is a conflict.
pub async fn create_edition(conn: &mut AnyConnection, e: &Edition) -> Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO forum_editions (year, theme, starts_on, ends_on, venue, time_zone, capacity, proposals_open, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(e.year)
    .bind(json(&e.theme)?)
    .bind(&e.starts_on)
    .bind(&e.ends_on)
    .bind(&e.venue)
    .bind(&e.time_zone)
    .bind(e.capacity)
    .bind(e.proposals_open as i64)
    .bind(now())
    .fetch_one(conn)
    .await
    .map_err(map_unique)
}

pub async fn update_edition(conn: &mut AnyConnection, e: &Edition) -> Result<()> {
    sqlx::query(
        "UPDATE forum_editions SET theme = $1, starts_on = $2, ends_on = $3, venue = $4,
           time_zone = $5, capacity = $6, proposals_open = $7 WHERE id = $8",
    )
    .bind(json(&e.theme)?)
    .bind(&e.starts_on)
    .bind(&e.ends_on)
    .bind(&e.venue)
    .bind(&e.time_zone)
    .bind(e.capacity)
    .bind(e.proposals_open as i64)
    .bind(e.id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn edition(conn: &mut AnyConnection, year: i64) -> Result<Option<Edition>> {
    let row: Option<EditionRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {EDITION_COLS} FROM forum_editions WHERE year = $1"
    )))
    .bind(year)
    .fetch_optional(conn)
    .await?;
    row.map(EditionRow::into_edition).transpose()
}

pub async fn edition_by_id(conn: &mut AnyConnection, id: i64) -> Result<Option<Edition>> {
    let row: Option<EditionRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {EDITION_COLS} FROM forum_editions WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await?;
    row.map(EditionRow::into_edition).transpose()
}

/// The year of an edition (0 if it does not exist).
pub async fn edition_year(conn: &mut AnyConnection, id: i64) -> Result<i64> {
    Ok(edition_by_id(conn, id).await?.map(|e| e.year).unwrap_or(0))
}

pub async fn editions(conn: &mut AnyConnection) -> Result<Vec<Edition>> {
    let rows: Vec<EditionRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {EDITION_COLS} FROM forum_editions ORDER BY year DESC"
    )))
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(EditionRow::into_edition).collect()
}

// ------------------------------------------------------ phases, pages, partners

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phase {
    pub id: i64,
    pub title: BTreeMap<String, String>,
    pub starts_on: String,
    pub ends_on: Option<String>,
}

pub async fn add_phase(
    conn: &mut AnyConnection,
    edition: i64,
    title: &BTreeMap<String, String>,
    starts_on: &str,
    ends_on: Option<&str>,
) -> Result<i64> {
    let pos: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM forum_phases WHERE edition_id = $1")
        .bind(edition)
        .fetch_one(&mut *conn)
        .await?;
    Ok(sqlx::query_scalar(
        "INSERT INTO forum_phases (edition_id, position, title, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(edition)
    .bind(pos)
    .bind(json(title)?)
    .bind(starts_on)
    .bind(ends_on)
    .fetch_one(conn)
    .await?)
}

pub async fn phases(conn: &mut AnyConnection, edition: i64) -> Result<Vec<Phase>> {
    let rows: Vec<(i64, String, String, Option<String>)> = sqlx::query_as(
        "SELECT id, title, starts_on, ends_on FROM forum_phases WHERE edition_id = $1 ORDER BY starts_on, position",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(id, t, s, e)| {
            Ok(Phase {
                id,
                title: unjson(&t, "phase title")?,
                starts_on: s,
                ends_on: e,
            })
        })
        .collect()
}

pub async fn remove_phase(conn: &mut AnyConnection, edition: i64, id: i64) -> Result<bool> {
    Ok(
        sqlx::query("DELETE FROM forum_phases WHERE id = $1 AND edition_id = $2")
            .bind(id)
            .bind(edition)
            .execute(conn)
            .await?
            .rows_affected()
            > 0,
    )
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SitePage {
    pub slug: String,
    pub lang: String,
    pub title: String,
    pub body: String,
    pub updated_at: i64,
}

pub async fn save_page(
    conn: &mut AnyConnection,
    edition: i64,
    slug: &str,
    lang: &str,
    title: &str,
    body: &str,
    by: Option<i64>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO forum_pages (edition_id, slug, lang, title, body, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (edition_id, slug, lang) DO UPDATE SET title = excluded.title,
           body = excluded.body, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
    )
    .bind(edition)
    .bind(slug)
    .bind(lang)
    .bind(title)
    .bind(body)
    .bind(now())
    .bind(by)
    .execute(conn)
    .await?;
    Ok(())
}

/// A site page in a language, else in English.
pub async fn page(
    conn: &mut AnyConnection,
    edition: i64,
    slug: &str,
    lang: &str,
) -> Result<Option<SitePage>> {
    Ok(sqlx::query_as(
        "SELECT slug, lang, title, body, updated_at FROM forum_pages
         WHERE edition_id = $1 AND slug = $2 AND lang IN ($3, 'en')
         ORDER BY CASE WHEN lang = $3 THEN 0 ELSE 1 END LIMIT 1",
    )
    .bind(edition)
    .bind(slug)
    .bind(lang)
    .fetch_optional(conn)
    .await?)
}

/// Every page of an edition in every language (for the editor).
pub async fn pages(conn: &mut AnyConnection, edition: i64) -> Result<Vec<SitePage>> {
    Ok(sqlx::query_as(
        "SELECT slug, lang, title, body, updated_at FROM forum_pages WHERE edition_id = $1 ORDER BY slug, lang",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Partner {
    pub id: i64,
    pub tier: String,
    pub name: String,
    pub url: String,
}

pub async fn add_partner(
    conn: &mut AnyConnection,
    edition: i64,
    tier: &str,
    name: &str,
    url: &str,
) -> Result<i64> {
    let pos: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM forum_partners WHERE edition_id = $1")
        .bind(edition)
        .fetch_one(&mut *conn)
        .await?;
    Ok(sqlx::query_scalar(
        "INSERT INTO forum_partners (edition_id, tier, name, url, position) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(edition)
    .bind(tier)
    .bind(name)
    .bind(url)
    .bind(pos)
    .fetch_one(conn)
    .await?)
}

pub async fn partners(conn: &mut AnyConnection, edition: i64) -> Result<Vec<Partner>> {
    Ok(sqlx::query_as(
        "SELECT id, tier, name, url FROM forum_partners WHERE edition_id = $1 ORDER BY position",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

pub async fn remove_partner(conn: &mut AnyConnection, edition: i64, id: i64) -> Result<bool> {
    Ok(
        sqlx::query("DELETE FROM forum_partners WHERE id = $1 AND edition_id = $2")
            .bind(id)
            .bind(edition)
            .execute(conn)
            .await?
            .rows_affected()
            > 0,
    )
}

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

// ---------------------------------------------------------------- sessions

#[derive(Debug, Clone, PartialEq)]
pub struct SessionRow {
    pub id: i64,
    pub edition_id: i64,
    pub number: Option<i64>,
    pub proposer_id: i64,
    pub status: SessionStatus,
    pub data: ProposalData,
    pub review_comment: Option<String>,
    pub merged_into: Option<i64>,
    pub room_id: Option<i64>,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub remote_url: Option<String>,
    pub version: i64,
    pub updated_at: i64,
}

#[derive(sqlx::FromRow)]
struct SessionDbRow {
    id: i64,
    edition_id: i64,
    number: Option<i64>,
    proposer_id: i64,
    status: String,
    data: String,
    review_comment: Option<String>,
    merged_into: Option<i64>,
    room_id: Option<i64>,
    starts_at: Option<i64>,
    ends_at: Option<i64>,
    remote_url: Option<String>,
    version: i64,
    updated_at: i64,
}

const SESSION_COLS: &str = "id, edition_id, number, proposer_id, status, data, review_comment, merged_into, room_id, starts_at, ends_at, remote_url, version, updated_at";

impl SessionDbRow {
    fn into_row(self) -> Result<SessionRow> {
        Ok(SessionRow {
            id: self.id,
            edition_id: self.edition_id,
            number: self.number,
            proposer_id: self.proposer_id,
            status: SessionStatus::parse(&self.status)
                .map_err(|_| DbError::Corrupt(format!("session status {}", self.status)))?,
            data: unjson(&self.data, "session")?,
            review_comment: self.review_comment,
            merged_into: self.merged_into,
            room_id: self.room_id,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            remote_url: self.remote_url,
            version: self.version,
            updated_at: self.updated_at,
        })
    }
}

/// Replaces the speakers of a session with those of its data; each new
/// speaker gets a confirmation token (hash given by the caller, in the
/// speakers' order); speakers kept keep their confirmation.
async fn set_speakers(
    conn: &mut AnyConnection,
    edition: i64,
    session: i64,
    data: &ProposalData,
    token_hashes: &[String],
) -> Result<Vec<(i64, bool)>> {
    let mut kept = Vec::new();
    for (i, s) in data.speakers.iter().enumerate() {
        let speaker_id: i64 = sqlx::query_scalar(
            "INSERT INTO forum_speakers (edition_id, email, name, organisation) VALUES ($1, $2, $3, $4)
             ON CONFLICT (edition_id, email) DO UPDATE SET name = excluded.name, organisation = excluded.organisation
             RETURNING id",
        )
        .bind(edition)
        .bind(&s.email)
        .bind(&s.name)
        .bind(&s.organisation)
        .fetch_one(&mut *conn)
        .await?;
        let token = token_hashes.get(i).cloned().unwrap_or_default();
        let existed: Option<i64> = sqlx::query_scalar(
            "SELECT speaker_id FROM forum_session_speakers WHERE session_id = $1 AND speaker_id = $2",
        )
        .bind(session)
        .bind(speaker_id)
        .fetch_optional(&mut *conn)
        .await?;
        if existed.is_some() {
            sqlx::query("UPDATE forum_session_speakers SET role = $1, position = $2 WHERE session_id = $3 AND speaker_id = $4")
                .bind(s.role.code())
                .bind(i as i64)
                .bind(session)
                .bind(speaker_id)
                .execute(&mut *conn)
                .await?;
        } else {
            sqlx::query(
                "INSERT INTO forum_session_speakers (session_id, speaker_id, role, position, token_hash) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(session)
            .bind(speaker_id)
            .bind(s.role.code())
            .bind(i as i64)
            .bind(token)
            .execute(&mut *conn)
            .await?;
        }
        kept.push((speaker_id, existed.is_none()));
    }
    let ids: Vec<i64> = kept.iter().map(|k| k.0).collect();
    let current: Vec<i64> =
        sqlx::query_scalar("SELECT speaker_id FROM forum_session_speakers WHERE session_id = $1")
            .bind(session)
            .fetch_all(&mut *conn)
            .await?;
    for id in current.into_iter().filter(|id| !ids.contains(id)) {
        sqlx::query("DELETE FROM forum_session_speakers WHERE session_id = $1 AND speaker_id = $2")
            .bind(session)
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(kept)
}

/// Stores a new proposal. Returns its id and, per speaker, (speaker id,
/// whether they were newly added and so need the confirmation e-mail).
pub async fn create_session(
    conn: &mut AnyConnection,
    edition: i64,
    proposer: i64,
    data: &ProposalData,
    token_hashes: &[String],
) -> Result<(i64, Vec<(i64, bool)>)> {
    let t = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO forum_sessions (edition_id, proposer_id, status, type_code, title, data, version, created_at, updated_at)
         VALUES ($1, $2, 'proposed', $3, $4, $5, 1, $6, $6) RETURNING id",
    )
    .bind(edition)
    .bind(proposer)
    .bind(&data.type_code)
    .bind(&data.title)
    .bind(json(data)?)
    .bind(t)
    .fetch_one(&mut *conn)
    .await?;
    let speakers = set_speakers(conn, edition, id, data, token_hashes).await?;
    Ok((id, speakers))
}

/// Replaces a proposal's content if nobody changed it since
/// `expected_version` (else [`DbError::Stale`]).
pub async fn update_session_data(
    conn: &mut AnyConnection,
    id: i64,
    expected_version: i64,
    data: &ProposalData,
    token_hashes: &[String],
    resubmit: bool,
) -> Result<Vec<(i64, bool)>> {
    let edition: i64 = sqlx::query_scalar("SELECT edition_id FROM forum_sessions WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    let n = sqlx::query(
        "UPDATE forum_sessions SET data = $1, title = $2, type_code = $3, version = version + 1,
           updated_at = $4, status = CASE WHEN $5 = 1 THEN 'proposed' ELSE status END
         WHERE id = $6 AND version = $7",
    )
    .bind(json(data)?)
    .bind(&data.title)
    .bind(&data.type_code)
    .bind(now())
    .bind(resubmit as i64)
    .bind(id)
    .bind(expected_version)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if n == 0 {
        return Err(DbError::Stale);
    }
    set_speakers(conn, edition, id, data, token_hashes).await
}

pub async fn session(conn: &mut AnyConnection, id: i64) -> Result<Option<SessionRow>> {
    let row: Option<SessionDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {SESSION_COLS} FROM forum_sessions WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await?;
    row.map(SessionDbRow::into_row).transpose()
}

/// Sessions of an edition, optionally only those in one status, newest
/// change first.
pub async fn sessions(
    conn: &mut AnyConnection,
    edition: i64,
    status: Option<SessionStatus>,
) -> Result<Vec<SessionRow>> {
    let rows: Vec<SessionDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {SESSION_COLS} FROM forum_sessions WHERE edition_id = $1 AND ($2 = '' OR status = $2)
         ORDER BY CASE WHEN number IS NULL THEN 1 ELSE 0 END, number, id"
    )))
    .bind(edition)
    .bind(status.map(|s| s.code()).unwrap_or(""))
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(SessionDbRow::into_row).collect()
}

pub async fn sessions_of_proposer(conn: &mut AnyConnection, user: i64) -> Result<Vec<SessionRow>> {
    let rows: Vec<SessionDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {SESSION_COLS} FROM forum_sessions WHERE proposer_id = $1 ORDER BY id DESC"
    )))
    .bind(user)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(SessionDbRow::into_row).collect()
}

/// Records a review decision; acceptance gives the session the next public
/// number of its edition if it has none. Stale versions are refused.
pub async fn review(
    conn: &mut AnyConnection,
    id: i64,
    expected_version: i64,
    status: SessionStatus,
    comment: Option<&str>,
) -> Result<()> {
    let number: Option<i64> = if status == SessionStatus::Accepted {
        let (edition, existing): (i64, Option<i64>) =
            sqlx::query_as("SELECT edition_id, number FROM forum_sessions WHERE id = $1")
                .bind(id)
                .fetch_one(&mut *conn)
                .await?;
        match existing {
            Some(n) => Some(n),
            None => Some(
                sqlx::query_scalar::<_, i64>(
                    "SELECT COALESCE(MAX(number), 0) + 1 FROM forum_sessions WHERE edition_id = $1",
                )
                .bind(edition)
                .fetch_one(&mut *conn)
                .await?,
            ),
        }
    } else {
        None
    };
    let n = sqlx::query(
        "UPDATE forum_sessions SET status = $1, review_comment = $2, number = COALESCE(number, $3),
           version = version + 1, updated_at = $4,
           room_id = CASE WHEN $1 = 'accepted' THEN room_id ELSE NULL END,
           starts_at = CASE WHEN $1 = 'accepted' THEN starts_at ELSE NULL END,
           ends_at = CASE WHEN $1 = 'accepted' THEN ends_at ELSE NULL END
         WHERE id = $5 AND version = $6",
    )
    .bind(status.code())
    .bind(comment)
    .bind(number)
    .bind(now())
    .bind(id)
    .bind(expected_version)
    .execute(conn)
    .await?
    .rows_affected();
    if n == 0 {
        return Err(DbError::Stale);
    }
    Ok(())
}

/// Folds proposal `from` into `into`: `into` takes the other's organisers,
/// speakers, Action Lines, SDGs and languages; `from` becomes merged.
pub async fn merge(
    conn: &mut AnyConnection,
    from: &SessionRow,
    into: &SessionRow,
    merged: &ProposalData,
    token_hashes: &[String],
) -> Result<()> {
    update_session_data(conn, into.id, into.version, merged, token_hashes, false).await?;
    let n = sqlx::query(
        "UPDATE forum_sessions SET status = 'merged', merged_into = $1, version = version + 1,
           updated_at = $2, room_id = NULL, starts_at = NULL, ends_at = NULL
         WHERE id = $3 AND version = $4",
    )
    .bind(into.id)
    .bind(now())
    .bind(from.id)
    .bind(from.version)
    .execute(conn)
    .await?
    .rows_affected();
    if n == 0 {
        return Err(DbError::Stale);
    }
    Ok(())
}

/// Places an accepted session in a room and slot (or takes it off the
/// schedule with `None`), refusing stale versions.
pub async fn place(
    conn: &mut AnyConnection,
    id: i64,
    expected_version: i64,
    slot: Option<(i64, i64, i64)>,
) -> Result<()> {
    let (room, start, end) = match slot {
        Some((r, s, e)) => (Some(r), Some(s), Some(e)),
        None => (None, None, None),
    };
    let n = sqlx::query(
        "UPDATE forum_sessions SET room_id = $1, starts_at = $2, ends_at = $3, version = version + 1, updated_at = $4
         WHERE id = $5 AND version = $6 AND status = 'accepted'",
    )
    .bind(room)
    .bind(start)
    .bind(end)
    .bind(now())
    .bind(id)
    .bind(expected_version)
    .execute(conn)
    .await?
    .rows_affected();
    if n == 0 {
        return Err(DbError::Stale);
    }
    Ok(())
}

pub async fn set_remote_url(conn: &mut AnyConnection, id: i64, url: Option<&str>) -> Result<()> {
    sqlx::query("UPDATE forum_sessions SET remote_url = $1, version = version + 1, updated_at = $2 WHERE id = $3")
        .bind(url)
        .bind(now())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// A speaker of a session with their confirmation state.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SessionSpeaker {
    pub session_id: i64,
    pub speaker_id: i64,
    pub name: String,
    pub organisation: String,
    pub email: String,
    pub role: String,
    pub confirmed_at: Option<i64>,
}

/// Speakers of every session of an edition, in each session's order.
pub async fn speakers_of_edition(
    conn: &mut AnyConnection,
    edition: i64,
) -> Result<Vec<SessionSpeaker>> {
    Ok(sqlx::query_as(
        "SELECT ss.session_id, ss.speaker_id, sp.name, sp.organisation, sp.email, ss.role, ss.confirmed_at
         FROM forum_session_speakers ss JOIN forum_speakers sp ON sp.id = ss.speaker_id
         JOIN forum_sessions s ON s.id = ss.session_id
         WHERE s.edition_id = $1 ORDER BY ss.session_id, ss.position",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

pub async fn speakers_of_session(
    conn: &mut AnyConnection,
    session: i64,
) -> Result<Vec<SessionSpeaker>> {
    Ok(sqlx::query_as(
        "SELECT ss.session_id, ss.speaker_id, sp.name, sp.organisation, sp.email, ss.role, ss.confirmed_at
         FROM forum_session_speakers ss JOIN forum_speakers sp ON sp.id = ss.speaker_id
         WHERE ss.session_id = $1 ORDER BY ss.position",
    )
    .bind(session)
    .fetch_all(conn)
    .await?)
}

/// Confirms the speaker whose link carries this token hash; returns the
/// session and speaker, or `None` for an unknown token. Confirming twice
/// keeps the first time.
pub async fn confirm_speaker(
    conn: &mut AnyConnection,
    token_hash: &str,
) -> Result<Option<(i64, i64)>> {
    if token_hash.is_empty() {
        return Ok(None);
    }
    let row: Option<(i64, i64)> = sqlx::query_as(
        "SELECT session_id, speaker_id FROM forum_session_speakers WHERE token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some((s, sp)) = row {
        sqlx::query(
            "UPDATE forum_session_speakers SET confirmed_at = COALESCE(confirmed_at, $1) WHERE session_id = $2 AND speaker_id = $3",
        )
        .bind(now())
        .bind(s)
        .bind(sp)
        .execute(conn)
        .await?;
    }
    Ok(row)
}

pub async fn add_availability(
    conn: &mut AnyConnection,
    speaker: i64,
    starts_at: i64,
    ends_at: i64,
) -> Result<()> {
    sqlx::query("INSERT INTO forum_speaker_availability (speaker_id, starts_at, ends_at) VALUES ($1, $2, $3)")
        .bind(speaker)
        .bind(starts_at)
        .bind(ends_at)
        .execute(conn)
        .await?;
    Ok(())
}

/// The speaker a confirmation link's token belongs to: (edition, speaker,
/// name, whether any of their sessions is confirmed); `None` for an unknown
/// token.
pub async fn speaker_of_token(
    conn: &mut AnyConnection,
    token_hash: &str,
) -> Result<Option<(i64, i64, String, bool)>> {
    if token_hash.is_empty() {
        return Ok(None);
    }
    let row: Option<(i64, i64, String, Option<i64>)> = sqlx::query_as(
        "SELECT sp.edition_id, sp.id, sp.name, ss.confirmed_at
         FROM forum_session_speakers ss JOIN forum_speakers sp ON sp.id = ss.speaker_id
         WHERE ss.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|(e, s, n, c)| (e, s, n, c.is_some())))
}

/// A speaker's availability windows (UTC), earliest first.
pub async fn availability_of(conn: &mut AnyConnection, speaker: i64) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT starts_at, ends_at FROM forum_speaker_availability WHERE speaker_id = $1 ORDER BY starts_at",
    )
    .bind(speaker)
    .fetch_all(conn)
    .await?)
}

/// Replaces a speaker's availability windows (empty: any time). Run it in
/// a transaction.
pub async fn set_availability(
    conn: &mut AnyConnection,
    speaker: i64,
    windows: &[(i64, i64)],
) -> Result<()> {
    sqlx::query("DELETE FROM forum_speaker_availability WHERE speaker_id = $1")
        .bind(speaker)
        .execute(&mut *conn)
        .await?;
    for (s, e) in windows {
        add_availability(&mut *conn, speaker, *s, *e).await?;
    }
    Ok(())
}

/// Every availability window of the speakers of an edition.
pub async fn availability(conn: &mut AnyConnection, edition: i64) -> Result<Vec<(i64, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT a.speaker_id, a.starts_at, a.ends_at FROM forum_speaker_availability a
         JOIN forum_speakers s ON s.id = a.speaker_id WHERE s.edition_id = $1 ORDER BY a.speaker_id, a.starts_at",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

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

// --------------------------------------------------------------- documents

/// A session's document, without its bytes.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DocumentMeta {
    pub id: i64,
    pub session_id: i64,
    pub title: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
}

/// A new document of a session.
pub struct NewDocument<'a> {
    pub session_id: i64,
    pub title: &'a str,
    pub file_name: &'a str,
    pub content_type: &'a str,
    pub sha256: &'a str,
    pub body: &'a [u8],
    pub by: i64,
}

/// The most documents a session holds.
pub const MAX_DOCUMENTS: i64 = 10;

/// Stores a document; `Ok(None)` when the session already holds
/// [`MAX_DOCUMENTS`]. Run it in a transaction (the count and the insert
/// belong together).
pub async fn add_document(conn: &mut AnyConnection, d: &NewDocument<'_>) -> Result<Option<i64>> {
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM forum_documents WHERE session_id = $1")
            .bind(d.session_id)
            .fetch_one(&mut *conn)
            .await?;
    if count >= MAX_DOCUMENTS {
        return Ok(None);
    }
    Ok(Some(
        sqlx::query_scalar(
            "INSERT INTO forum_documents (session_id, title, file_name, content_type, size, sha256, body, uploaded_by, uploaded_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(d.session_id)
        .bind(d.title)
        .bind(d.file_name)
        .bind(d.content_type)
        .bind(d.body.len() as i64)
        .bind(d.sha256)
        .bind(d.body.to_vec())
        .bind(d.by)
        .bind(now())
        .fetch_one(conn)
        .await?,
    ))
}

const DOC_COLS: &str = "d.id, d.session_id, d.title, d.file_name, d.content_type, d.size";

/// The documents of one session, oldest first.
pub async fn documents_of_session(
    conn: &mut AnyConnection,
    session: i64,
) -> Result<Vec<DocumentMeta>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {DOC_COLS} FROM forum_documents d WHERE d.session_id = $1 ORDER BY d.id"
    )))
    .bind(session)
    .fetch_all(conn)
    .await?)
}

/// The documents of every session of an edition, by session then age.
pub async fn documents_of_edition(
    conn: &mut AnyConnection,
    edition: i64,
) -> Result<Vec<DocumentMeta>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {DOC_COLS} FROM forum_documents d JOIN forum_sessions s ON s.id = d.session_id
         WHERE s.edition_id = $1 ORDER BY d.session_id, d.id"
    )))
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

/// What changes when a document is added or removed: (count, highest id).
pub async fn documents_stamp(conn: &mut AnyConnection, edition: i64) -> Result<(i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT COUNT(*), COALESCE(MAX(d.id), 0) FROM forum_documents d
         JOIN forum_sessions s ON s.id = d.session_id WHERE s.edition_id = $1",
    )
    .bind(edition)
    .fetch_one(conn)
    .await?)
}

/// A document with its bytes.
pub async fn document(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<Option<(DocumentMeta, String, Vec<u8>)>> {
    type Row = (i64, i64, String, String, String, i64, String, Vec<u8>);
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, session_id, title, file_name, content_type, size, sha256, body
             FROM forum_documents WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(
        |(id, session_id, title, file_name, content_type, size, sha, body)| {
            (
                DocumentMeta {
                    id,
                    session_id,
                    title,
                    file_name,
                    content_type,
                    size,
                },
                sha,
                body,
            )
        },
    ))
}

pub async fn remove_document(conn: &mut AnyConnection, session: i64, id: i64) -> Result<bool> {
    Ok(
        sqlx::query("DELETE FROM forum_documents WHERE id = $1 AND session_id = $2")
            .bind(id)
            .bind(session)
            .execute(conn)
            .await?
            .rows_affected()
            > 0,
    )
}
