//! The secretariat's messages to an edition's speakers, organisers and participants,
//! who receives them, and the reminders to speakers who have not confirmed.

use super::{json, unjson};
use crate::{Result, now};
use sqlx::AnyConnection;
use std::collections::BTreeMap;

/// Someone a message goes to, with the language it is written to them in.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Recipient {
    pub email: String,
    pub name: String,
    pub language: String,
}

/// The speakers of an edition's accepted sessions who have not declined, once each
/// (by address), in their account's language if they have one, else in the language
/// of the proposer of their first session (the language of their invitation).
pub async fn speaker_recipients(conn: &mut AnyConnection, edition: i64) -> Result<Vec<Recipient>> {
    let rows: Vec<Recipient> = sqlx::query_as(
        "SELECT sp.email, sp.name, COALESCE(ua.language, up.language) AS language
         FROM forum_session_speakers ss
         JOIN forum_speakers sp ON sp.id = ss.speaker_id
         JOIN forum_sessions s ON s.id = ss.session_id
         JOIN users up ON up.id = s.proposer_id
         LEFT JOIN users ua ON ua.email_key = LOWER(sp.email)
         WHERE s.edition_id = $1 AND s.status = 'accepted' AND ss.declined_at IS NULL
         ORDER BY sp.id, s.id",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?;
    let mut seen = std::collections::HashSet::new();
    Ok(rows
        .into_iter()
        .filter(|r| seen.insert(r.email.to_lowercase()))
        .collect())
}

/// The proposers of an edition's accepted sessions, once each, in their language.
pub async fn organiser_recipients(
    conn: &mut AnyConnection,
    edition: i64,
) -> Result<Vec<Recipient>> {
    Ok(sqlx::query_as(
        "SELECT u.email, u.name, u.language FROM users u
         WHERE u.id IN (SELECT s.proposer_id FROM forum_sessions s
                        WHERE s.edition_id = $1 AND s.status = 'accepted')
         ORDER BY u.id",
    )
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

/// A message as it was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    pub id: i64,
    pub edition_id: i64,
    pub audience: String,
    pub filter: String,
    /// Language code -> text.
    pub bodies: BTreeMap<String, String>,
    pub recipients: i64,
    pub sent_by_name: String,
    pub sent_at: i64,
}

#[derive(sqlx::FromRow)]
struct MessageDbRow {
    id: i64,
    edition_id: i64,
    audience: String,
    filter: String,
    bodies: String,
    recipients: i64,
    sent_by_name: String,
    sent_at: i64,
}

impl MessageDbRow {
    fn into_row(self) -> Result<MessageRow> {
        Ok(MessageRow {
            id: self.id,
            edition_id: self.edition_id,
            audience: self.audience,
            filter: self.filter,
            bodies: unjson(&self.bodies, "message bodies")?,
            recipients: self.recipients,
            sent_by_name: self.sent_by_name,
            sent_at: self.sent_at,
        })
    }
}

/// What a new message's record says.
pub struct NewMessage<'a> {
    pub edition_id: i64,
    pub audience: &'a str,
    pub filter: &'a str,
    pub bodies: &'a BTreeMap<String, String>,
    pub recipients: i64,
    pub sent_by: i64,
}

/// Records a message sent (in the transaction that queues its mail).
pub async fn insert_message(conn: &mut AnyConnection, m: &NewMessage<'_>) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO forum_messages (edition_id, audience, filter, bodies, recipients, sent_by, sent_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(m.edition_id)
    .bind(m.audience)
    .bind(m.filter)
    .bind(json(m.bodies)?)
    .bind(m.recipients)
    .bind(m.sent_by)
    .bind(now())
    .fetch_one(conn)
    .await?)
}

const MESSAGE_SELECT: &str =
    "SELECT m.id, m.edition_id, m.audience, m.filter, m.bodies, m.recipients,
    u.name AS sent_by_name, m.sent_at FROM forum_messages m JOIN users u ON u.id = m.sent_by";

/// The latest messages of an edition, newest first (at most `limit`).
pub async fn messages_of_edition(
    conn: &mut AnyConnection,
    edition: i64,
    limit: i64,
) -> Result<Vec<MessageRow>> {
    let rows: Vec<MessageDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{MESSAGE_SELECT} WHERE m.edition_id = $1 ORDER BY m.id DESC LIMIT $2"
    )))
    .bind(edition)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(MessageDbRow::into_row).collect()
}

/// One message by id.
pub async fn message(conn: &mut AnyConnection, id: i64) -> Result<Option<MessageRow>> {
    let row: Option<MessageDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{MESSAGE_SELECT} WHERE m.id = $1"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await?;
    row.map(MessageDbRow::into_row).transpose()
}

/// A speaker who has neither confirmed nor declined one of an edition's live
/// sessions (proposed, changes requested or accepted), not invited or reminded
/// since `before` (rows from before invitations were dated count from the session's
/// creation).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Unconfirmed {
    pub session_id: i64,
    pub speaker_id: i64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub title: String,
    /// The language of the proposer (that of the invitation).
    pub language: String,
}

/// The speakers to remind: unconfirmed, not declined, on a live session of the
/// edition, invited (the session created) and not reminded since `before`; at most
/// `limit`.
pub async fn unconfirmed_speakers(
    conn: &mut AnyConnection,
    edition: i64,
    before: i64,
    limit: i64,
) -> Result<Vec<Unconfirmed>> {
    Ok(sqlx::query_as(
        "SELECT ss.session_id, ss.speaker_id, sp.email, sp.name, ss.role, s.title, u.language
         FROM forum_session_speakers ss
         JOIN forum_speakers sp ON sp.id = ss.speaker_id
         JOIN forum_sessions s ON s.id = ss.session_id
         JOIN users u ON u.id = s.proposer_id
         WHERE s.edition_id = $1 AND s.status IN ('proposed', 'changes-requested', 'accepted')
           AND ss.confirmed_at IS NULL AND ss.declined_at IS NULL
           AND COALESCE(ss.reminded_at, ss.invited_at, s.created_at) < $2
         ORDER BY ss.session_id, ss.position
         LIMIT $3",
    )
    .bind(edition)
    .bind(before)
    .bind(limit)
    .fetch_all(conn)
    .await?)
}

/// Gives a speaker's link of one session a new token (the old link stops working)
/// and notes the reminder's time, if it is still due (not reminded nor invited since
/// `before`, not answered): `false` when another run took it meanwhile.
pub async fn renew_speaker_token(
    conn: &mut AnyConnection,
    session: i64,
    speaker: i64,
    token_hash: &str,
    before: i64,
) -> Result<bool> {
    let n = sqlx::query(
        "UPDATE forum_session_speakers SET token_hash = $1, reminded_at = $2
         WHERE session_id = $3 AND speaker_id = $4
           AND confirmed_at IS NULL AND declined_at IS NULL
           AND COALESCE(reminded_at, invited_at, 0) < $5",
    )
    .bind(token_hash)
    .bind(now())
    .bind(session)
    .bind(speaker)
    .bind(before)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// The editions whose forum has not ended by the date `today` (`YYYY-MM-DD`).
pub async fn editions_not_ended(conn: &mut AnyConnection, today: &str) -> Result<Vec<i64>> {
    Ok(
        sqlx::query_scalar("SELECT id FROM forum_editions WHERE ends_on >= $1 ORDER BY id")
            .bind(today)
            .fetch_all(conn)
            .await?,
    )
}
