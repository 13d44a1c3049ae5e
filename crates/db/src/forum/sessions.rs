//! Sessions (proposals until accepted), their review, merge and placement, speakers and their availability.

use super::{json, unjson};
use crate::{DbError, Result, now};
use sqlx::AnyConnection;
use wsis_domain::forum::{ProposalData, SessionStatus};

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
    /// The language the title and abstract are written in (none: the edition's).
    pub text_lang: Option<wsis_domain::Language>,
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
    text_lang: Option<String>,
}

const SESSION_COLS: &str = "id, edition_id, number, proposer_id, status, data, review_comment, merged_into, room_id, starts_at, ends_at, remote_url, version, updated_at, text_lang";

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
            text_lang: self
                .text_lang
                .as_deref()
                .and_then(wsis_domain::Language::from_tag),
        })
    }
}

/// Replaces the speakers of a session with those of its data; each new
/// speaker gets a confirmation token (hash given by the caller, in the
/// speakers' order); speakers kept keep their confirmation.
///
/// A speaker is one person per edition (by e-mail address), and their name and
/// organisation are theirs: a proposal names a speaker who already exists as
/// they are. Only the proposer who alone invited a speaker, before the speaker
/// confirmed, may correct how they are named.
async fn set_speakers(
    conn: &mut AnyConnection,
    edition: i64,
    session: i64,
    data: &ProposalData,
    token_hashes: &[String],
) -> Result<Vec<(i64, bool)>> {
    let proposer: i64 = sqlx::query_scalar("SELECT proposer_id FROM forum_sessions WHERE id = $1")
        .bind(session)
        .fetch_one(&mut *conn)
        .await?;
    let mut kept = Vec::new();
    for (i, s) in data.speakers.iter().enumerate() {
        sqlx::query(
            "INSERT INTO forum_speakers (edition_id, email, name, organisation) VALUES ($1, $2, $3, $4)
             ON CONFLICT (edition_id, email) DO NOTHING",
        )
        .bind(edition)
        .bind(&s.email)
        .bind(&s.name)
        .bind(&s.organisation)
        .execute(&mut *conn)
        .await?;
        let speaker_id: i64 = sqlx::query_scalar(
            "SELECT id FROM forum_speakers WHERE edition_id = $1 AND email = $2",
        )
        .bind(edition)
        .bind(&s.email)
        .fetch_one(&mut *conn)
        .await?;
        sqlx::query(
            "UPDATE forum_speakers SET name = $1, organisation = $2 WHERE id = $3
               AND NOT EXISTS (SELECT 1 FROM forum_session_speakers ss
                   JOIN forum_sessions fs ON fs.id = ss.session_id
                   WHERE ss.speaker_id = $3 AND (ss.confirmed_at IS NOT NULL OR fs.proposer_id <> $4))",
        )
        .bind(&s.name)
        .bind(&s.organisation)
        .bind(speaker_id)
        .bind(proposer)
        .execute(&mut *conn)
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
                "INSERT INTO forum_session_speakers (session_id, speaker_id, role, position, token_hash, invited_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(session)
            .bind(speaker_id)
            .bind(s.role.code())
            .bind(i as i64)
            .bind(token)
            .bind(now())
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

/// The session of an edition by its public number.
pub async fn session_by_number(
    conn: &mut AnyConnection,
    edition: i64,
    number: i64,
) -> Result<Option<SessionRow>> {
    let row: Option<SessionDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {SESSION_COLS} FROM forum_sessions WHERE edition_id = $1 AND number = $2"
    )))
    .bind(edition)
    .bind(number)
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
    /// When they declined this session's invitation (none: they did not).
    pub declined_at: Option<i64>,
    /// Their biography, as they wrote it from their link.
    pub bio: String,
    /// Their photo's key in the media store and its type, if they gave one.
    pub photo_key: Option<String>,
    pub photo_type: Option<String>,
}

/// Speakers of every session of an edition, in each session's order.
pub async fn speakers_of_edition(
    conn: &mut AnyConnection,
    edition: i64,
) -> Result<Vec<SessionSpeaker>> {
    Ok(sqlx::query_as(
        "SELECT ss.session_id, ss.speaker_id, sp.name, sp.organisation, sp.email, ss.role, ss.confirmed_at,
           ss.declined_at, sp.bio, sp.photo_key, sp.photo_type
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
        "SELECT ss.session_id, ss.speaker_id, sp.name, sp.organisation, sp.email, ss.role, ss.confirmed_at,
           ss.declined_at, sp.bio, sp.photo_key, sp.photo_type
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
            "UPDATE forum_session_speakers SET confirmed_at = COALESCE(confirmed_at, $1), declined_at = NULL
             WHERE session_id = $2 AND speaker_id = $3",
        )
        .bind(now())
        .bind(s)
        .bind(sp)
        .execute(conn)
        .await?;
    }
    Ok(row)
}

/// Records that the speaker whose link carries this token hash declines its session
/// (a confirmation is withdrawn); returns the session and speaker, or `None` for an
/// unknown token. Declining twice keeps the first time.
pub async fn decline_speaker(
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
            "UPDATE forum_session_speakers SET declined_at = COALESCE(declined_at, $1), confirmed_at = NULL
             WHERE session_id = $2 AND speaker_id = $3",
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

/// A speaker and the session of one of their confirmation links.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TokenSpeaker {
    pub edition_id: i64,
    pub speaker_id: i64,
    pub session_id: i64,
    pub name: String,
    pub organisation: String,
    pub bio: String,
    pub role: String,
    pub confirmed_at: Option<i64>,
    pub declined_at: Option<i64>,
    pub photo_key: Option<String>,
    pub photo_type: Option<String>,
}

/// The speaker a confirmation link's token belongs to, with the link's session;
/// `None` for an unknown token.
pub async fn speaker_of_token(
    conn: &mut AnyConnection,
    token_hash: &str,
) -> Result<Option<TokenSpeaker>> {
    if token_hash.is_empty() {
        return Ok(None);
    }
    Ok(sqlx::query_as(
        "SELECT sp.edition_id, sp.id AS speaker_id, ss.session_id, sp.name, sp.organisation, sp.bio,
           ss.role, ss.confirmed_at, ss.declined_at, sp.photo_key, sp.photo_type
         FROM forum_session_speakers ss JOIN forum_speakers sp ON sp.id = ss.speaker_id
         WHERE ss.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(conn)
    .await?)
}

/// A speaker's own correction of how the agenda names them.
pub async fn rename_speaker(
    conn: &mut AnyConnection,
    speaker: i64,
    name: &str,
    organisation: &str,
    bio: &str,
) -> Result<()> {
    sqlx::query("UPDATE forum_speakers SET name = $1, organisation = $2, bio = $3 WHERE id = $4")
        .bind(name)
        .bind(organisation)
        .bind(bio)
        .bind(speaker)
        .execute(conn)
        .await?;
    Ok(())
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

/// Sets (or, with `None`, removes) a speaker's photo; returns the one it replaces
/// (key, type), whose files the caller removes.
pub async fn set_speaker_photo(
    conn: &mut AnyConnection,
    speaker: i64,
    photo: Option<(&str, &str)>,
) -> Result<Option<(String, String)>> {
    let before: Option<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT photo_key, photo_type FROM forum_speakers WHERE id = $1")
            .bind(speaker)
            .fetch_optional(&mut *conn)
            .await?;
    sqlx::query("UPDATE forum_speakers SET photo_key = $1, photo_type = $2 WHERE id = $3")
        .bind(photo.map(|p| p.0))
        .bind(photo.map(|p| p.1))
        .bind(speaker)
        .execute(conn)
        .await?;
    Ok(match before {
        Some((Some(k), Some(t))) => Some((k, t)),
        _ => None,
    })
}

/// A speaker's current photo (key, type), if any.
pub async fn speaker_photo(
    conn: &mut AnyConnection,
    speaker: i64,
) -> Result<Option<(String, String)>> {
    let row: Option<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT photo_key, photo_type FROM forum_speakers WHERE id = $1")
            .bind(speaker)
            .fetch_optional(conn)
            .await?;
    Ok(match row {
        Some((Some(k), Some(t))) => Some((k, t)),
        _ => None,
    })
}
