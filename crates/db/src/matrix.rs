//! The WSIS–SDG Matrix: its links with their history, and which Action Lines
//! each facilitator account keeps.

use crate::{Result, now};
use sqlx::AnyConnection;
use wsis_domain::matrix::Link;

/// A link as stored, with when and by whom it last changed.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkRow {
    pub link: Link,
    pub updated_at: i64,
    pub updated_by: String,
}

fn split_targets(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Every link of the matrix (or of one Action Line), by line then goal.
pub async fn links(conn: &mut AnyConnection, action_line: Option<&str>) -> Result<Vec<LinkRow>> {
    let rows: Vec<(String, i64, String, String, i64, String)> = sqlx::query_as(
        "SELECT m.action_line, m.goal, m.targets, m.rationale, m.updated_at, u.name
           FROM matrix_links m JOIN users u ON u.id = m.updated_by
          WHERE ($1 = '' OR m.action_line = $1)
          ORDER BY m.action_line, m.goal",
    )
    .bind(action_line.unwrap_or(""))
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(action_line, goal, targets, rationale, updated_at, updated_by)| LinkRow {
                link: Link {
                    action_line,
                    goal: u8::try_from(goal).unwrap_or(0),
                    targets: split_targets(&targets),
                    rationale,
                },
                updated_at,
                updated_by,
            },
        )
        .collect())
}

/// The matrix's version: (how many links, the latest change). Any edit changes it.
pub async fn stamp(conn: &mut AnyConnection) -> Result<(i64, i64)> {
    Ok(
        sqlx::query_as("SELECT COUNT(*), COALESCE(MAX(created_at), 0) FROM matrix_history")
            .fetch_one(conn)
            .await?,
    )
}

/// How many changes an Action Line's links have had: a form carries the number it
/// was built from, so that an edit from an older form is refused as stale.
pub async fn line_stamp(conn: &mut AnyConnection, action_line: &str) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM matrix_history WHERE action_line = $1")
            .bind(action_line)
            .fetch_one(conn)
            .await?,
    )
}

/// Sets the link of `action_line` × `goal` (`None`: removes it) and records the
/// change, when it is one. Returns whether anything changed.
pub async fn set_link(
    conn: &mut AnyConnection,
    action_line: &str,
    goal: u8,
    link: Option<&Link>,
    author: i64,
) -> Result<bool> {
    let t = now();
    let current: Option<(String, String)> = sqlx::query_as(
        "SELECT targets, rationale FROM matrix_links WHERE action_line = $1 AND goal = $2",
    )
    .bind(action_line)
    .bind(i64::from(goal))
    .fetch_optional(&mut *conn)
    .await?;
    let wanted = link.map(|l| (l.targets.join(","), l.rationale.clone()));
    if current == wanted {
        return Ok(false);
    }
    match &wanted {
        Some((targets, rationale)) => {
            sqlx::query(
                "INSERT INTO matrix_links (action_line, goal, targets, rationale, updated_at, updated_by)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (action_line, goal) DO UPDATE SET targets = excluded.targets,
                   rationale = excluded.rationale, updated_at = excluded.updated_at,
                   updated_by = excluded.updated_by",
            )
            .bind(action_line)
            .bind(i64::from(goal))
            .bind(targets)
            .bind(rationale)
            .bind(t)
            .bind(author)
            .execute(&mut *conn)
            .await?;
        }
        None => {
            sqlx::query("DELETE FROM matrix_links WHERE action_line = $1 AND goal = $2")
                .bind(action_line)
                .bind(i64::from(goal))
                .execute(&mut *conn)
                .await?;
        }
    }
    let (targets, rationale) = wanted.unwrap_or_default();
    sqlx::query(
        "INSERT INTO matrix_history (action_line, goal, targets, rationale, author_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(action_line)
    .bind(i64::from(goal))
    .bind(targets)
    .bind(rationale)
    .bind(author)
    .bind(t)
    .execute(conn)
    .await?;
    Ok(true)
}

/// One change of the matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryRow {
    pub goal: u8,
    pub targets: Vec<String>,
    /// Empty: the link was removed.
    pub rationale: String,
    pub author: String,
    pub at: i64,
}

/// The changes of an Action Line's links, newest first (at most `limit`).
pub async fn history(
    conn: &mut AnyConnection,
    action_line: &str,
    limit: i64,
) -> Result<Vec<HistoryRow>> {
    let rows: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
        "SELECT h.goal, h.targets, h.rationale, u.name, h.created_at
           FROM matrix_history h JOIN users u ON u.id = h.author_id
          WHERE h.action_line = $1 ORDER BY h.id DESC LIMIT $2",
    )
    .bind(action_line)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(goal, targets, rationale, author, at)| HistoryRow {
            goal: u8::try_from(goal).unwrap_or(0),
            targets: split_targets(&targets),
            rationale,
            author,
            at,
        })
        .collect())
}

/// The Action Lines an account facilitates.
pub async fn facilitated_by(conn: &mut AnyConnection, user: i64) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT action_line FROM facilitator_accounts WHERE user_id = $1 ORDER BY action_line",
    )
    .bind(user)
    .fetch_all(conn)
    .await?)
}

/// Every facilitator account with its lines: (user id, name, e-mail, line).
pub async fn facilitator_accounts(
    conn: &mut AnyConnection,
) -> Result<Vec<(i64, String, String, String)>> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.name, u.email, f.action_line FROM facilitator_accounts f
           JOIN users u ON u.id = f.user_id ORDER BY f.action_line, u.name",
    )
    .fetch_all(conn)
    .await?)
}

/// Gives (or takes back) an account the keeping of an Action Line.
pub async fn set_facilitated(
    conn: &mut AnyConnection,
    user: i64,
    action_line: &str,
    on: bool,
) -> Result<()> {
    let sql = if on {
        "INSERT INTO facilitator_accounts (user_id, action_line) VALUES ($1, $2) ON CONFLICT DO NOTHING"
    } else {
        "DELETE FROM facilitator_accounts WHERE user_id = $1 AND action_line = $2"
    };
    sqlx::query(sql)
        .bind(user)
        .bind(action_line)
        .execute(conn)
        .await?;
    Ok(())
}

// ------------------------------------------------ facilitation meetings

/// An Action Line's facilitation meeting record at an edition.
#[derive(Debug, Clone, PartialEq)]
pub struct MeetingRow {
    pub action_line: String,
    pub record: wsis_domain::matrix::MeetingRecord,
    pub version: i64,
    pub updated_at: i64,
    pub updated_by: String,
}

type MeetingDbRow = (String, String, String, String, String, i64, i64, String);

fn meeting_row(r: MeetingDbRow) -> MeetingRow {
    let (action_line, lang, priorities, opportunities, challenges, version, updated_at, updated_by) =
        r;
    MeetingRow {
        action_line,
        record: wsis_domain::matrix::MeetingRecord {
            language: wsis_domain::Language::from_tag(&lang).unwrap_or(wsis_domain::Language::En),
            priorities,
            opportunities,
            challenges,
        },
        version,
        updated_at,
        updated_by,
    }
}

const MEETING_COLS: &str = "m.action_line, m.lang, m.priorities, m.opportunities, m.challenges, m.version, m.updated_at, u.name";

/// The meeting records of an edition (or only `line`'s), by line.
pub async fn meetings(
    conn: &mut AnyConnection,
    edition: i64,
    line: Option<&str>,
) -> Result<Vec<MeetingRow>> {
    let rows: Vec<MeetingDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {MEETING_COLS} FROM facilitation_meetings m JOIN users u ON u.id = m.updated_by
          WHERE m.edition_id = $1 AND ($2 = '' OR m.action_line = $2) ORDER BY m.action_line"
    )))
    .bind(edition)
    .bind(line.unwrap_or(""))
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(meeting_row).collect())
}

/// Writes `line`'s meeting record at `edition` from the form of `expected_version`
/// (0: there was none); a record changed (or created) meanwhile is
/// [`crate::DbError::Stale`]. Returns the new version.
pub async fn save_meeting(
    conn: &mut AnyConnection,
    edition: i64,
    line: &str,
    expected_version: i64,
    r: &wsis_domain::matrix::MeetingRecord,
    author: i64,
) -> Result<i64> {
    let t = now();
    let n = if expected_version == 0 {
        sqlx::query(
            "INSERT INTO facilitation_meetings (edition_id, action_line, lang, priorities,
                opportunities, challenges, version, updated_at, updated_by)
             VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8) ON CONFLICT (edition_id, action_line) DO NOTHING",
        )
        .bind(edition)
        .bind(line)
        .bind(r.language.code())
        .bind(&r.priorities)
        .bind(&r.opportunities)
        .bind(&r.challenges)
        .bind(t)
        .bind(author)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    } else {
        sqlx::query(
            "UPDATE facilitation_meetings SET lang = $1, priorities = $2, opportunities = $3,
                challenges = $4, version = version + 1, updated_at = $5, updated_by = $6
             WHERE edition_id = $7 AND action_line = $8 AND version = $9",
        )
        .bind(r.language.code())
        .bind(&r.priorities)
        .bind(&r.opportunities)
        .bind(&r.challenges)
        .bind(t)
        .bind(author)
        .bind(edition)
        .bind(line)
        .bind(expected_version)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    };
    if n == 0 {
        return Err(crate::DbError::Stale);
    }
    Ok(expected_version + 1)
}

/// What the facilitation meeting records of an edition are now: (how many, the sum
/// of their versions). Any save changes it.
pub async fn meetings_stamp(conn: &mut AnyConnection, edition: i64) -> Result<(i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM facilitation_meetings WHERE edition_id = $1",
    )
    .bind(edition)
    .fetch_one(conn)
    .await?)
}
