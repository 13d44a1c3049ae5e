//! Machine captioning in storage (migration 0028): transcripts of sessions, their
//! caption lines, and the live audio still to recognise.

use crate::dialect::{Parent, lock_parent};
use crate::{Result, now};
use sqlx::AnyConnection;

/// A transcript, without its stored WebVTT and text.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TranscriptRow {
    pub id: i64,
    pub session_id: i64,
    /// `recording` or `live`.
    pub source: String,
    /// `queued`, `running`, `live`, `stopping`, `done` or `failed`.
    pub status: String,
    pub lang: Option<String>,
    pub media_key: Option<String>,
    pub file_name: Option<String>,
    pub error: Option<String>,
    pub duration_ms: i64,
    pub rev: i64,
    pub done_ms: i64,
    pub buffer_seq: i64,
    pub buffer_start: i64,
    pub heard_at: Option<i64>,
    pub created_by: i64,
    pub created_at: i64,
    pub finished_at: Option<i64>,
}

const COLUMNS: &str = "id, session_id, source, status, lang, media_key, file_name, error, \
     duration_ms, rev, done_ms, buffer_seq, buffer_start, heard_at, created_by, created_at, \
     finished_at";

/// A caption line.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CaptionLine {
    pub seq: i64,
    pub start_ms: i64,
    pub end_ms: i64,
    pub text: String,
    /// What the recogniser heard, when a person corrected the line.
    pub heard: Option<String>,
    pub rev: i64,
}

/// A new transcript.
pub struct NewTranscript<'a> {
    pub session_id: i64,
    pub source: &'a str,
    pub status: &'a str,
    pub lang: Option<&'a str>,
    pub media_key: Option<&'a str>,
    pub file_name: Option<&'a str>,
    pub by: i64,
}

/// Writes a transcript. A live one is refused (`Ok(None)`) while the session has one
/// live already: counted under a lock on the session (run it in a transaction).
pub async fn add_transcript(
    conn: &mut AnyConnection,
    t: &NewTranscript<'_>,
) -> Result<Option<i64>> {
    lock_parent(conn, Parent::Session, t.session_id).await?;
    if t.source == "live" && live_transcript(conn, t.session_id).await?.is_some() {
        return Ok(None);
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO forum_transcripts
             (session_id, source, status, lang, media_key, file_name, created_by, created_at,
              heard_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(t.session_id)
    .bind(t.source)
    .bind(t.status)
    .bind(t.lang)
    .bind(t.media_key)
    .bind(t.file_name)
    .bind(t.by)
    .bind(now())
    .fetch_one(conn)
    .await?;
    Ok(Some(id))
}

/// A transcript by id.
pub async fn transcript(conn: &mut AnyConnection, id: i64) -> Result<Option<TranscriptRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM forum_transcripts WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await?)
}

/// A session's transcripts, newest first.
pub async fn transcripts_of_session(
    conn: &mut AnyConnection,
    session: i64,
) -> Result<Vec<TranscriptRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM forum_transcripts WHERE session_id = $1 ORDER BY id DESC"
    )))
    .bind(session)
    .fetch_all(conn)
    .await?)
}

/// The session's transcript being captioned live (or finishing), if any.
pub async fn live_transcript(
    conn: &mut AnyConnection,
    session: i64,
) -> Result<Option<TranscriptRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM forum_transcripts
         WHERE session_id = $1 AND source = 'live' AND status IN ('live', 'stopping')
         ORDER BY id DESC LIMIT 1"
    )))
    .bind(session)
    .fetch_optional(conn)
    .await?)
}

/// The stored WebVTT and text of a finished transcript.
pub async fn transcript_files(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<Option<(Option<String>, Option<String>)>> {
    Ok(
        sqlx::query_as("SELECT vtt, body FROM forum_transcripts WHERE id = $1")
            .bind(id)
            .fetch_optional(conn)
            .await?,
    )
}

/// A transcript's rev (what its viewers follow) and status.
pub async fn transcript_rev(conn: &mut AnyConnection, id: i64) -> Result<Option<(i64, String)>> {
    Ok(
        sqlx::query_as("SELECT rev, status FROM forum_transcripts WHERE id = $1")
            .bind(id)
            .fetch_optional(conn)
            .await?,
    )
}

/// Moves a transcript from one of `from` to `to`; `false` when it was in none of them.
pub async fn set_transcript_status(
    conn: &mut AnyConnection,
    id: i64,
    from: &[&str],
    to: &str,
) -> Result<bool> {
    let list = from
        .iter()
        .map(|s| format!("'{}'", s.replace('\'', "")))
        .collect::<Vec<_>>()
        .join(", ");
    let n = sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE forum_transcripts SET status = $1, rev = rev + 1 WHERE id = $2 AND status IN ({list})"
    )))
    .bind(to)
    .bind(id)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// Keeps a live chunk of audio while the transcript is live; a chunk sent again (same
/// number) is ignored. Returns whether it was kept.
pub async fn add_chunk(conn: &mut AnyConnection, id: i64, seq: i64, pcm: &[u8]) -> Result<bool> {
    let t = now();
    // Kept only while the transcript is live (in the same statement: a stop that commits
    // first refuses it).
    let n = sqlx::query(
        "INSERT INTO forum_caption_chunks (transcript_id, seq, pcm, received_at)
         SELECT $1, $2, $3, $4 WHERE EXISTS
             (SELECT 1 FROM forum_transcripts WHERE id = $1 AND status = 'live')
         ON CONFLICT (transcript_id, seq) DO NOTHING",
    )
    .bind(id)
    .bind(seq)
    .bind(pcm)
    .bind(t)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    sqlx::query("UPDATE forum_transcripts SET heard_at = $1 WHERE id = $2")
        .bind(t)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(n == 1)
}

/// The number the next chunk of live transcript `id` takes: one after the highest kept
/// or recognised.
pub async fn next_chunk_seq(conn: &mut AnyConnection, id: i64) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COALESCE(MAX(c.seq) + 1, 0) FROM forum_caption_chunks c WHERE c.transcript_id = $1",
    )
    .bind(id)
    .fetch_one(conn)
    .await?)
}

/// A kept chunk of live audio.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Chunk {
    pub seq: i64,
    pub pcm: Vec<u8>,
    pub received_at: i64,
}

/// The kept chunks numbered `from` or more, in order (at most `limit`).
pub async fn chunks_from(
    conn: &mut AnyConnection,
    id: i64,
    from: i64,
    limit: i64,
) -> Result<Vec<Chunk>> {
    Ok(sqlx::query_as(
        "SELECT seq, pcm, received_at FROM forum_caption_chunks
         WHERE transcript_id = $1 AND seq >= $2 ORDER BY seq LIMIT $3",
    )
    .bind(id)
    .bind(from)
    .bind(limit)
    .fetch_all(conn)
    .await?)
}

/// New caption lines and how far the audio is recognised.
pub struct Progress<'a> {
    /// (start, end, text), in order, after the lines already kept.
    pub lines: &'a [(i64, i64, String)],
    pub done_ms: i64,
    pub duration_ms: i64,
    /// The first chunk still needed and where it starts (samples); chunks before it
    /// are dropped.
    pub buffer_seq: i64,
    pub buffer_start: i64,
}

/// Appends lines and records how far recognition went, in one transaction the caller
/// opened. Returns the transcript's new rev.
pub async fn add_lines(conn: &mut AnyConnection, id: i64, p: &Progress<'_>) -> Result<i64> {
    let rev: i64 = sqlx::query_scalar(
        "UPDATE forum_transcripts
         SET rev = rev + 1, done_ms = $1, duration_ms = $2, buffer_seq = $3, buffer_start = $4
         WHERE id = $5 RETURNING rev",
    )
    .bind(p.done_ms)
    .bind(p.duration_ms)
    .bind(p.buffer_seq)
    .bind(p.buffer_start)
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    let next: i64 = sqlx::query_scalar(
        "SELECT COALESCE(MAX(seq), 0) + 1 FROM forum_caption_lines WHERE transcript_id = $1",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    for (i, (start, end, text)) in p.lines.iter().enumerate() {
        sqlx::query(
            "INSERT INTO forum_caption_lines (transcript_id, seq, start_ms, end_ms, text, rev)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(next + i as i64)
        .bind(start)
        .bind(end)
        .bind(text)
        .bind(rev)
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query("DELETE FROM forum_caption_chunks WHERE transcript_id = $1 AND seq < $2")
        .bind(id)
        .bind(p.buffer_seq)
        .execute(conn)
        .await?;
    Ok(rev)
}

/// The lines of a transcript written or corrected after `rev` (all: 0), in order.
pub async fn lines_since(conn: &mut AnyConnection, id: i64, rev: i64) -> Result<Vec<CaptionLine>> {
    Ok(sqlx::query_as(
        "SELECT seq, start_ms, end_ms, text, heard, rev FROM forum_caption_lines
         WHERE transcript_id = $1 AND rev > $2 ORDER BY seq",
    )
    .bind(id)
    .bind(rev)
    .fetch_all(conn)
    .await?)
}

/// Corrects a line (what was heard is kept once). Returns the transcript's new rev, or
/// `None` when there is no such line.
pub async fn correct_line(
    conn: &mut AnyConnection,
    id: i64,
    seq: i64,
    text: &str,
    by: i64,
) -> Result<Option<i64>> {
    let exists: Option<i64> = sqlx::query_scalar(
        "SELECT seq FROM forum_caption_lines WHERE transcript_id = $1 AND seq = $2",
    )
    .bind(id)
    .bind(seq)
    .fetch_optional(&mut *conn)
    .await?;
    if exists.is_none() {
        return Ok(None);
    }
    let rev: i64 = sqlx::query_scalar(
        "UPDATE forum_transcripts SET rev = rev + 1 WHERE id = $1 RETURNING rev",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE forum_caption_lines
         SET heard = COALESCE(heard, text), text = $1, corrected_by = $2, rev = $3
         WHERE transcript_id = $4 AND seq = $5",
    )
    .bind(text)
    .bind(by)
    .bind(rev)
    .bind(id)
    .bind(seq)
    .execute(conn)
    .await?;
    Ok(Some(rev))
}

/// What a finished transcript keeps.
pub struct Finished<'a> {
    pub lang: Option<&'a str>,
    pub duration_ms: i64,
    pub vtt: &'a str,
    pub body: &'a str,
}

/// Stores a finished transcript's files and marks it done (its kept audio and recording
/// reference are dropped). `false` when it was done or failed already.
pub async fn finish_transcript(
    conn: &mut AnyConnection,
    id: i64,
    f: &Finished<'_>,
) -> Result<bool> {
    let n = sqlx::query(
        "UPDATE forum_transcripts
         SET status = 'done', lang = COALESCE($1, lang), duration_ms = $2, vtt = $3, body = $4,
             finished_at = $5, media_key = NULL, error = NULL, rev = rev + 1
         WHERE id = $6 AND status NOT IN ('done', 'failed')",
    )
    .bind(f.lang)
    .bind(f.duration_ms)
    .bind(f.vtt)
    .bind(f.body)
    .bind(now())
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    sqlx::query("DELETE FROM forum_caption_chunks WHERE transcript_id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(n == 1)
}

/// Marks a transcript failed with a message key.
pub async fn fail_transcript(conn: &mut AnyConnection, id: i64, error: &str) -> Result<bool> {
    let n = sqlx::query(
        "UPDATE forum_transcripts
         SET status = 'failed', error = $1, finished_at = $2, rev = rev + 1
         WHERE id = $3 AND status NOT IN ('done', 'failed')",
    )
    .bind(error)
    .bind(now())
    .bind(id)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// Replaces a transcript's lines with a recording's, all at once (a recording that is
/// transcribed again starts afresh).
pub async fn replace_lines(
    conn: &mut AnyConnection,
    id: i64,
    lines: &[(i64, i64, String)],
) -> Result<()> {
    sqlx::query("DELETE FROM forum_caption_lines WHERE transcript_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    let rev: i64 = sqlx::query_scalar(
        "UPDATE forum_transcripts SET rev = rev + 1 WHERE id = $1 RETURNING rev",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    for (i, (start, end, text)) in lines.iter().enumerate() {
        sqlx::query(
            "INSERT INTO forum_caption_lines (transcript_id, seq, start_ms, end_ms, text, rev)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(i as i64 + 1)
        .bind(start)
        .bind(end)
        .bind(text)
        .bind(rev)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Every finished transcript with text: (id, session, language, text), for the search
/// of outcomes and transcripts.
pub async fn done_transcripts_all(
    conn: &mut AnyConnection,
) -> Result<Vec<(i64, i64, Option<String>, String)>> {
    Ok(sqlx::query_as(
        "SELECT id, session_id, lang, body FROM forum_transcripts
         WHERE status = 'done' AND body IS NOT NULL AND body <> '' ORDER BY id",
    )
    .fetch_all(conn)
    .await?)
}

/// Writes a finished transcript's files again (after a correction).
pub async fn store_transcript_files(
    conn: &mut AnyConnection,
    id: i64,
    vtt: &str,
    body: &str,
) -> Result<()> {
    sqlx::query("UPDATE forum_transcripts SET vtt = $1, body = $2 WHERE id = $3")
        .bind(vtt)
        .bind(body)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The captioners of a room: (account, e-mail address), by address.
pub async fn room_captioners(conn: &mut AnyConnection, room: i64) -> Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.email FROM forum_room_captioners c JOIN users u ON u.id = c.user_id
         WHERE c.room_id = $1 ORDER BY u.email",
    )
    .bind(room)
    .fetch_all(conn)
    .await?)
}

/// Names a room's captioners (replacing those it had), in the caller's transaction.
pub async fn set_room_captioners(conn: &mut AnyConnection, room: i64, users: &[i64]) -> Result<()> {
    sqlx::query("DELETE FROM forum_room_captioners WHERE room_id = $1")
        .bind(room)
        .execute(&mut *conn)
        .await?;
    for u in users {
        sqlx::query(
            "INSERT INTO forum_room_captioners (room_id, user_id) VALUES ($1, $2)
             ON CONFLICT (room_id, user_id) DO NOTHING",
        )
        .bind(room)
        .bind(u)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Whether `user` is a captioner of `room`.
pub async fn is_room_captioner(conn: &mut AnyConnection, room: i64, user: i64) -> Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM forum_room_captioners WHERE room_id = $1 AND user_id = $2",
    )
    .bind(room)
    .bind(user)
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}

/// Locks a transcript's row until the caller's transaction ends (PostgreSQL; SQLite's
/// writers are serialised already), so that its lines and files change one writer at a
/// time.
pub async fn lock_transcript(conn: &mut AnyConnection, id: i64) -> Result<()> {
    sqlx::query("UPDATE forum_transcripts SET rev = rev WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Transcripts still waiting or running whose job failed for good (its key is
/// `captions:ID`).
pub async fn transcripts_of_failed_jobs(conn: &mut AnyConnection) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT t.id FROM forum_transcripts t
         WHERE t.status IN ('queued', 'running', 'live', 'stopping')
           AND EXISTS (SELECT 1 FROM jobs j
                       WHERE j.unique_key = 'captions:' || CAST(t.id AS TEXT)
                         AND j.failed_at IS NOT NULL)",
    )
    .fetch_all(conn)
    .await?)
}
