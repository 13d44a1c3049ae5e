//! What the secretariat's home counts: every queue waiting for a decision, each
//! edition's state, and the latest decisions.

use crate::Result;
use sqlx::AnyConnection;

/// Stocktaking entries submitted and waiting for review.
pub async fn entries_waiting(conn: &mut AnyConnection) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM entries WHERE status = 'submitted'")
            .fetch_one(conn)
            .await?,
    )
}

/// A forum edition's queues: (year, starts on, ends on, proposals open, published
/// versions of its agenda, proposals waiting, registrations pending, outcomes waiting).
pub type ForumQueues = (i64, String, String, i64, i64, i64, i64, i64);

pub async fn forum_queues(conn: &mut AnyConnection) -> Result<Vec<ForumQueues>> {
    Ok(sqlx::query_as(
        "SELECT e.year, e.starts_on, e.ends_on, e.proposals_open,
                (SELECT COUNT(*) FROM forum_schedule_versions v WHERE v.edition_id = e.id),
                (SELECT COUNT(*) FROM forum_sessions s
                  WHERE s.edition_id = e.id AND s.status = 'proposed'),
                (SELECT COUNT(*) FROM forum_registrations r
                  WHERE r.edition_id = e.id AND r.status = 'pending'),
                (SELECT COUNT(*) FROM forum_outcomes o
                  WHERE o.edition_id = e.id AND o.status = 'submitted')
           FROM forum_editions e ORDER BY e.year DESC",
    )
    .fetch_all(conn)
    .await?)
}

/// A prize edition's queues: (year, submissions waiting for a decision, suspicions
/// waiting for one).
pub async fn prize_queues(conn: &mut AnyConnection) -> Result<Vec<(i64, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT e.year,
                (SELECT COUNT(*) FROM prize_submissions s
                  WHERE s.edition_id = e.id AND s.status = 'submitted'),
                (SELECT COUNT(*) FROM prize_suspicions p
                  WHERE p.edition_id = e.id AND p.decided_at IS NULL)
           FROM prize_editions e ORDER BY e.year DESC",
    )
    .fetch_all(conn)
    .await?)
}

/// The latest decisions on entries and on the prizes' vote, newest first: (when, who,
/// kind `entry` or `prize`, action, the thing's title or subject, its id or year).
pub type Activity = (i64, String, String, String, String, i64);

pub async fn recent(conn: &mut AnyConnection, limit: i64) -> Result<Vec<Activity>> {
    Ok(sqlx::query_as(
        "SELECT at, who, kind, action, subject, ref FROM (
             SELECT ev.at AS at, u.name AS who, 'entry' AS kind, ev.action AS action,
                    e.title AS subject, ev.entry_id AS ref
               FROM entry_events ev
               JOIN users u ON u.id = ev.actor_id
               JOIN entries e ON e.id = ev.entry_id
             UNION ALL
             SELECT a.at AS at, COALESCE(u.name, '') AS who, 'prize' AS kind,
                    a.action AS action, a.subject AS subject, pe.year AS ref
               FROM prize_audit a
               LEFT JOIN users u ON u.id = a.actor_id
               JOIN prize_editions pe ON pe.id = a.edition_id
         ) activity ORDER BY at DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(conn)
    .await?)
}
