//! The review of proposals: each reviewer's scores against the criteria, and what
//! happened to each proposal (its history).

use crate::Result;
use sqlx::AnyConnection;

/// One reviewer's scores of a proposal.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ScoreRow {
    pub session_id: i64,
    pub reviewer_id: i64,
    pub reviewer_name: String,
    pub relevance: i64,
    pub quality: i64,
    pub diversity: i64,
    pub format: i64,
    pub comment: String,
    pub updated_at: i64,
}

impl ScoreRow {
    /// The scores in the criteria's order.
    pub fn values(&self) -> [i64; 4] {
        [self.relevance, self.quality, self.diversity, self.format]
    }
}

/// Saves `reviewer`'s scores of a proposal (in the criteria's order), replacing
/// theirs from before.
pub async fn save_score(
    conn: &mut AnyConnection,
    session: i64,
    reviewer: i64,
    values: [i64; 4],
    comment: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO forum_proposal_scores
           (session_id, reviewer_id, relevance, quality, diversity, format, comment, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (session_id, reviewer_id) DO UPDATE SET relevance = excluded.relevance,
           quality = excluded.quality, diversity = excluded.diversity, format = excluded.format,
           comment = excluded.comment, updated_at = excluded.updated_at",
    )
    .bind(session)
    .bind(reviewer)
    .bind(values[0])
    .bind(values[1])
    .bind(values[2])
    .bind(values[3])
    .bind(comment)
    .bind(crate::now())
    .execute(conn)
    .await?;
    Ok(())
}

const SCORE_SELECT: &str = "SELECT sc.session_id, sc.reviewer_id, u.name AS reviewer_name,
    sc.relevance, sc.quality, sc.diversity, sc.format, sc.comment, sc.updated_at
  FROM forum_proposal_scores sc JOIN users u ON u.id = sc.reviewer_id";

/// Every reviewer's scores of one proposal, the latest first.
pub async fn scores_of_session(conn: &mut AnyConnection, session: i64) -> Result<Vec<ScoreRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SCORE_SELECT} WHERE sc.session_id = $1 ORDER BY sc.updated_at DESC, sc.reviewer_id"
    )))
    .bind(session)
    .fetch_all(conn)
    .await?)
}

/// Every score of an edition's proposals (for the queue's means and filters).
pub async fn scores_of_edition(conn: &mut AnyConnection, edition: i64) -> Result<Vec<ScoreRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SCORE_SELECT} JOIN forum_sessions s ON s.id = sc.session_id
         WHERE s.edition_id = $1 ORDER BY sc.session_id, sc.reviewer_id"
    )))
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

/// Something that happened to a proposal.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SessionEvent {
    pub at: i64,
    pub actor_name: Option<String>,
    pub kind: String,
    pub comment: Option<String>,
}

/// Records what `actor` did to a proposal (in the caller's transaction).
pub async fn add_session_event(
    conn: &mut AnyConnection,
    session: i64,
    actor: Option<i64>,
    kind: &str,
    comment: Option<&str>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO forum_session_events (session_id, at, actor_id, kind, comment)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(session)
    .bind(crate::now())
    .bind(actor)
    .bind(kind)
    .bind(comment)
    .execute(conn)
    .await?;
    Ok(())
}

/// The history of a proposal, oldest first.
pub async fn session_events(conn: &mut AnyConnection, session: i64) -> Result<Vec<SessionEvent>> {
    Ok(sqlx::query_as(
        "SELECT e.at, u.name AS actor_name, e.kind, e.comment
         FROM forum_session_events e LEFT JOIN users u ON u.id = e.actor_id
         WHERE e.session_id = $1 ORDER BY e.id",
    )
    .bind(session)
    .fetch_all(conn)
    .await?)
}

/// The latest move on an edition's schedule by `actor` that can still be undone:
/// (event id, session, the slot before as JSON, or `null`).
pub async fn last_move(
    conn: &mut AnyConnection,
    edition: i64,
    actor: i64,
) -> Result<Option<(i64, i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT e.id, e.session_id, COALESCE(e.comment, 'null') FROM forum_session_events e
         JOIN forum_sessions s ON s.id = e.session_id
         WHERE s.edition_id = $1 AND e.actor_id = $2 AND e.kind = 'moved'
         ORDER BY e.id DESC LIMIT 1",
    )
    .bind(edition)
    .bind(actor)
    .fetch_optional(conn)
    .await?)
}

/// Forgets an event (a move once undone).
pub async fn delete_session_event(conn: &mut AnyConnection, id: i64) -> Result<()> {
    sqlx::query("DELETE FROM forum_session_events WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}
