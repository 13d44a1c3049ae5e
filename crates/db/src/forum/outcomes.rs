//! Session outcomes, their revisions, and each edition's deadline for them.

use super::{json, unjson};
use crate::{DbError, Result, now};
use sqlx::AnyConnection;
use wsis_domain::forum::outcomes::{OutcomeData, OutcomeStatus};

/// A session's outcome as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeRow {
    pub session_id: i64,
    pub edition_id: i64,
    pub status: OutcomeStatus,
    pub data: OutcomeData,
    pub review_comment: Option<String>,
    pub version: i64,
    pub submitted_at: Option<i64>,
    pub approved_at: Option<i64>,
    pub updated_at: i64,
    pub updated_by: i64,
}

#[derive(sqlx::FromRow)]
struct OutcomeDbRow {
    session_id: i64,
    edition_id: i64,
    status: String,
    data: String,
    review_comment: Option<String>,
    version: i64,
    submitted_at: Option<i64>,
    approved_at: Option<i64>,
    updated_at: i64,
    updated_by: i64,
}

const COLS: &str = "session_id, edition_id, status, data, review_comment, version, submitted_at, approved_at, updated_at, updated_by";

fn status(s: &str) -> Result<OutcomeStatus> {
    OutcomeStatus::parse(s).map_err(|_| DbError::Corrupt(format!("outcome status {s}")))
}

impl OutcomeDbRow {
    fn into_row(self) -> Result<OutcomeRow> {
        Ok(OutcomeRow {
            session_id: self.session_id,
            edition_id: self.edition_id,
            status: status(&self.status)?,
            data: unjson(&self.data, "outcome")?,
            review_comment: self.review_comment,
            version: self.version,
            submitted_at: self.submitted_at,
            approved_at: self.approved_at,
            updated_at: self.updated_at,
            updated_by: self.updated_by,
        })
    }
}

/// The outcome of a session, if one was saved.
pub async fn outcome(conn: &mut AnyConnection, session: i64) -> Result<Option<OutcomeRow>> {
    let row: Option<OutcomeDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLS} FROM forum_outcomes WHERE session_id = $1"
    )))
    .bind(session)
    .fetch_optional(conn)
    .await?;
    row.map(OutcomeDbRow::into_row).transpose()
}

/// Every outcome of an edition (any status), by session.
pub async fn outcomes_of_edition(
    conn: &mut AnyConnection,
    edition: i64,
) -> Result<Vec<OutcomeRow>> {
    let rows: Vec<OutcomeDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLS} FROM forum_outcomes WHERE edition_id = $1 ORDER BY session_id"
    )))
    .bind(edition)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(OutcomeDbRow::into_row).collect()
}

/// What the approved outcomes of an edition are now: (how many, the sum of their
/// versions, the latest change). Any approval, return or edit of an approved
/// outcome changes it; a node compares it to rebuild what it shows.
pub async fn approved_stamp(conn: &mut AnyConnection, edition: i64) -> Result<(i64, i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(version), 0) AS BIGINT), COALESCE(MAX(updated_at), 0)
           FROM forum_outcomes WHERE edition_id = $1 AND status = 'approved'",
    )
    .bind(edition)
    .fetch_one(conn)
    .await?)
}

/// What the approved outcomes of every edition and their sessions are now: (how
/// many, the sum of their versions, the latest change, the published agendas'
/// versions). Any approval, return or edit of an approved outcome, and any new
/// published agenda (titles, types), changes it.
pub async fn approved_stamp_all(conn: &mut AnyConnection) -> Result<(i64, i64, i64, i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(version), 0) AS BIGINT), COALESCE(MAX(updated_at), 0),
                (SELECT CAST(COALESCE(SUM(number), 0) AS BIGINT) FROM forum_schedule_versions),
                (SELECT CAST(COALESCE(SUM(rev), 0) AS BIGINT) FROM forum_transcripts
                  WHERE status = 'done')
           FROM forum_outcomes WHERE status = 'approved'",
    )
    .fetch_one(conn)
    .await?)
}

/// Writes a session's outcome from the form of `expected_version` (0: there was
/// none) with its new status, and records the revision. A different version
/// stored meanwhile (or one created meanwhile) is [`DbError::Stale`]. Returns the
/// new version.
pub async fn save_outcome(
    conn: &mut AnyConnection,
    session: i64,
    edition: i64,
    expected_version: i64,
    status: OutcomeStatus,
    data: &OutcomeData,
    author: i64,
) -> Result<i64> {
    let t = now();
    let body = json(data)?;
    let submitted = (status == OutcomeStatus::Submitted).then_some(t);
    let approved = (status == OutcomeStatus::Approved).then_some(t);
    let n = if expected_version == 0 {
        sqlx::query(
            "INSERT INTO forum_outcomes (session_id, edition_id, status, data, version, submitted_at,
                approved_at, updated_at, updated_by)
             VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8) ON CONFLICT (session_id) DO NOTHING",
        )
        .bind(session)
        .bind(edition)
        .bind(status.code())
        .bind(&body)
        .bind(submitted)
        .bind(approved)
        .bind(t)
        .bind(author)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    } else {
        sqlx::query(
            "UPDATE forum_outcomes SET status = $1, data = $2, version = version + 1,
                submitted_at = CASE WHEN $1 = 'submitted' AND status <> 'submitted' THEN $3 ELSE submitted_at END,
                updated_at = $3, updated_by = $4
             WHERE session_id = $5 AND version = $6",
        )
        .bind(status.code())
        .bind(&body)
        .bind(t)
        .bind(author)
        .bind(session)
        .bind(expected_version)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    };
    if n == 0 {
        return Err(DbError::Stale);
    }
    let version = expected_version + 1;
    revision(conn, session, version, status, &body, None, author, t).await?;
    Ok(version)
}

/// Records the secretariat's decision on an outcome read at `expected_version`:
/// its new status and comment ([`DbError::Stale`] when it changed meanwhile).
/// Returns the new version.
pub async fn decide_outcome(
    conn: &mut AnyConnection,
    session: i64,
    expected_version: i64,
    status: OutcomeStatus,
    comment: Option<&str>,
    author: i64,
) -> Result<i64> {
    let t = now();
    let n = sqlx::query(
        "UPDATE forum_outcomes SET status = $1, review_comment = $2, version = version + 1,
            approved_at = CASE WHEN $1 = 'approved' THEN $3 ELSE NULL END,
            updated_at = $3, updated_by = $4
         WHERE session_id = $5 AND version = $6",
    )
    .bind(status.code())
    .bind(comment)
    .bind(t)
    .bind(author)
    .bind(session)
    .bind(expected_version)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if n == 0 {
        return Err(DbError::Stale);
    }
    let body: String = sqlx::query_scalar("SELECT data FROM forum_outcomes WHERE session_id = $1")
        .bind(session)
        .fetch_one(&mut *conn)
        .await?;
    let version = expected_version + 1;
    revision(conn, session, version, status, &body, comment, author, t).await?;
    Ok(version)
}

#[allow(clippy::too_many_arguments)]
async fn revision(
    conn: &mut AnyConnection,
    session: i64,
    version: i64,
    status: OutcomeStatus,
    body: &str,
    comment: Option<&str>,
    author: i64,
    t: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO forum_outcome_revisions (session_id, version, status, data, comment, author_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(session)
    .bind(version)
    .bind(status.code())
    .bind(body)
    .bind(comment)
    .bind(author)
    .bind(t)
    .execute(conn)
    .await?;
    Ok(())
}

/// One revision of an outcome, with its author's name.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeRevision {
    pub version: i64,
    pub status: OutcomeStatus,
    pub data: OutcomeData,
    pub comment: Option<String>,
    pub author: String,
    pub created_at: i64,
}

/// Every revision of a session's outcome, newest first.
pub async fn outcome_revisions(
    conn: &mut AnyConnection,
    session: i64,
) -> Result<Vec<OutcomeRevision>> {
    let rows: Vec<(i64, String, String, Option<String>, String, i64)> = sqlx::query_as(
        "SELECT r.version, r.status, r.data, r.comment, u.name, r.created_at
           FROM forum_outcome_revisions r JOIN users u ON u.id = r.author_id
          WHERE r.session_id = $1 ORDER BY r.version DESC",
    )
    .bind(session)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(version, st, data, comment, author, created_at)| {
            Ok(OutcomeRevision {
                version,
                status: status(&st)?,
                data: unjson(&data, "outcome revision")?,
                comment,
                author,
                created_at,
            })
        })
        .collect()
}

/// The organisers' deadline of an edition (local date), if one is set.
pub async fn outcome_deadline(conn: &mut AnyConnection, edition: i64) -> Result<Option<String>> {
    Ok(
        sqlx::query_scalar("SELECT due_on FROM forum_outcome_deadlines WHERE edition_id = $1")
            .bind(edition)
            .fetch_optional(conn)
            .await?,
    )
}

/// Sets (or, with `None`, removes) the organisers' deadline of an edition.
pub async fn set_outcome_deadline(
    conn: &mut AnyConnection,
    edition: i64,
    due_on: Option<&str>,
) -> Result<()> {
    match due_on {
        Some(d) => {
            sqlx::query(
                "INSERT INTO forum_outcome_deadlines (edition_id, due_on) VALUES ($1, $2)
                 ON CONFLICT (edition_id) DO UPDATE SET due_on = excluded.due_on",
            )
            .bind(edition)
            .bind(d)
            .execute(conn)
            .await?;
        }
        None => {
            sqlx::query("DELETE FROM forum_outcome_deadlines WHERE edition_id = $1")
                .bind(edition)
                .execute(conn)
                .await?;
        }
    }
    Ok(())
}

/// The editions whose outcome deadline is `due_on` (for the reminders).
pub async fn editions_due_on(conn: &mut AnyConnection, due_on: &str) -> Result<Vec<i64>> {
    Ok(
        sqlx::query_scalar("SELECT edition_id FROM forum_outcome_deadlines WHERE due_on = $1")
            .bind(due_on)
            .fetch_all(conn)
            .await?,
    )
}

/// The proposers of an edition's sessions: (account id, name, e-mail address).
pub async fn proposers_of_edition(
    conn: &mut AnyConnection,
    edition: i64,
) -> Result<Vec<(i64, String, String)>> {
    Ok(sqlx::query_as(
        "SELECT id, name, email FROM users
          WHERE id IN (SELECT proposer_id FROM forum_sessions WHERE edition_id = $1)",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

/// Every edition's year with how many approved outcomes it has, newest first.
pub async fn approved_counts(conn: &mut AnyConnection) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT e.year, COUNT(o.session_id) FROM forum_editions e
           LEFT JOIN forum_outcomes o ON o.edition_id = e.id AND o.status = 'approved'
          GROUP BY e.year ORDER BY e.year DESC",
    )
    .fetch_all(conn)
    .await?)
}

// ------------------------------------------------------------------ photos

/// A photo of a session's outcome.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OutcomePhoto {
    pub id: i64,
    pub session_id: i64,
    pub file_key: String,
    pub content_type: String,
    pub width: i64,
    pub height: i64,
    pub thumb_width: i64,
    pub thumb_height: i64,
    pub bytes: i64,
    pub alt: String,
}

const PHOTO_COLS: &str =
    "id, session_id, file_key, content_type, width, height, thumb_width, thumb_height, bytes, alt";

/// The photos of a session's outcome, in the order they were added.
pub async fn outcome_photos(conn: &mut AnyConnection, session: i64) -> Result<Vec<OutcomePhoto>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {PHOTO_COLS} FROM forum_outcome_photos WHERE session_id = $1 ORDER BY id"
    )))
    .bind(session)
    .fetch_all(conn)
    .await?)
}

/// Every photo of an edition's outcomes.
pub async fn photos_of_edition(
    conn: &mut AnyConnection,
    edition: i64,
) -> Result<Vec<OutcomePhoto>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {PHOTO_COLS} FROM forum_outcome_photos
          WHERE session_id IN (SELECT id FROM forum_sessions WHERE edition_id = $1) ORDER BY id"
    )))
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

/// The photo with this file key.
pub async fn photo_by_key(conn: &mut AnyConnection, key: &str) -> Result<Option<OutcomePhoto>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {PHOTO_COLS} FROM forum_outcome_photos WHERE file_key = $1"
    )))
    .bind(key)
    .fetch_optional(conn)
    .await?)
}

/// A new photo's row.
pub struct NewPhoto<'a> {
    pub session_id: i64,
    pub file_key: &'a str,
    pub content_type: &'a str,
    pub width: i64,
    pub height: i64,
    pub thumb_width: i64,
    pub thumb_height: i64,
    pub bytes: i64,
    pub alt: &'a str,
    pub uploaded_by: i64,
}

/// Adds a photo unless the outcome has `max` already (counted under the session's
/// lock, so that two uploads at once never pass the limit). `None` when full.
pub async fn insert_photo(
    conn: &mut AnyConnection,
    p: &NewPhoto<'_>,
    max: i64,
) -> Result<Option<i64>> {
    crate::dialect::lock_parent(conn, crate::dialect::Parent::Session, p.session_id).await?;
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM forum_outcome_photos WHERE session_id = $1")
            .bind(p.session_id)
            .fetch_one(&mut *conn)
            .await?;
    if n >= max {
        return Ok(None);
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO forum_outcome_photos (session_id, file_key, content_type, width, height,
            thumb_width, thumb_height, bytes, alt, uploaded_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(p.session_id)
    .bind(p.file_key)
    .bind(p.content_type)
    .bind(p.width)
    .bind(p.height)
    .bind(p.thumb_width)
    .bind(p.thumb_height)
    .bind(p.bytes)
    .bind(p.alt)
    .bind(p.uploaded_by)
    .bind(now())
    .fetch_one(conn)
    .await?;
    Ok(Some(id))
}

/// Removes a photo of a session's outcome; returns it (for its files).
pub async fn delete_photo(
    conn: &mut AnyConnection,
    session: i64,
    id: i64,
) -> Result<Option<OutcomePhoto>> {
    let photo: Option<OutcomePhoto> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {PHOTO_COLS} FROM forum_outcome_photos WHERE session_id = $1 AND id = $2"
    )))
    .bind(session)
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    if photo.is_some() {
        sqlx::query("DELETE FROM forum_outcome_photos WHERE id = $1")
            .bind(id)
            .execute(conn)
            .await?;
    }
    Ok(photo)
}

/// The photos of an edition's approved outcomes now: (how many, the highest id).
pub async fn approved_photos_stamp(conn: &mut AnyConnection, edition: i64) -> Result<(i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT COUNT(*), COALESCE(MAX(p.id), 0) FROM forum_outcome_photos p
           JOIN forum_outcomes o ON o.session_id = p.session_id
          WHERE o.edition_id = $1 AND o.status = 'approved'",
    )
    .bind(edition)
    .fetch_one(conn)
    .await?)
}
