//! Documents attached to sessions.

use crate::dialect::{Parent, lock_parent};
use crate::{Result, now};
use sqlx::AnyConnection;

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
    pub size: i64,
    /// Its key in the media store (written before this row commits).
    pub file_key: &'a str,
    pub by: i64,
}

/// Where a stored file's bytes are: in the media store, or (files uploaded before the
/// store, until `wsis media migrate` moves them) in the database row itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    Object(String),
    Inline(Vec<u8>),
}

impl Stored {
    pub(crate) fn of(key: Option<String>, bytes: Option<Vec<u8>>) -> Option<Stored> {
        match (key, bytes) {
            (Some(k), _) => Some(Stored::Object(k)),
            (None, Some(b)) => Some(Stored::Inline(b)),
            (None, None) => None,
        }
    }
}

/// The most documents a session holds.
pub const MAX_DOCUMENTS: i64 = 10;

/// Stores a document; `Ok(None)` when the session already holds
/// [`MAX_DOCUMENTS`]. The count runs under a lock on the session
/// ([`lock_parent`]): run it in a transaction from `Db::begin`.
pub async fn add_document(conn: &mut AnyConnection, d: &NewDocument<'_>) -> Result<Option<i64>> {
    // Without the lock two uploads could both take the last place (a
    // missing session fails on the insert's foreign key).
    lock_parent(conn, Parent::Session, d.session_id).await?;
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
            "INSERT INTO forum_documents (session_id, title, file_name, content_type, size, sha256, body, file_key, uploaded_by, uploaded_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(d.session_id)
        .bind(d.title)
        .bind(d.file_name)
        .bind(d.content_type)
        .bind(d.size)
        .bind(d.sha256)
        .bind(Vec::<u8>::new())
        .bind(d.file_key)
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

/// A document with where its bytes are.
pub async fn document(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<Option<(DocumentMeta, String, Stored)>> {
    type Row = (
        i64,
        i64,
        String,
        String,
        String,
        i64,
        String,
        Option<String>,
        Option<Vec<u8>>,
    );
    // The bytes only of rows the store does not hold yet.
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, session_id, title, file_name, content_type, size, sha256, file_key,
                CASE WHEN file_key IS NULL THEN body END
             FROM forum_documents WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(
        |(id, session_id, title, file_name, content_type, size, sha, key, body)| {
            Some((
                DocumentMeta {
                    id,
                    session_id,
                    title,
                    file_name,
                    content_type,
                    size,
                },
                sha,
                Stored::of(key, body)?,
            ))
        },
    ))
}

/// Removes a document; `Some(its key in the media store, if it has one)` when there
/// was one.
pub async fn remove_document(
    conn: &mut AnyConnection,
    session: i64,
    id: i64,
) -> Result<Option<Option<String>>> {
    Ok(sqlx::query_scalar(
        "DELETE FROM forum_documents WHERE id = $1 AND session_id = $2 RETURNING file_key",
    )
    .bind(id)
    .bind(session)
    .fetch_optional(conn)
    .await?)
}
