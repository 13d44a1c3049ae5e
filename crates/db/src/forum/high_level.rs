//! The High-Level Track in storage: each High-Level Policy Session's
//! facilitators, its speakers' statements, and the Chair's summary per edition.

use crate::{DbError, Result, now};
use sqlx::AnyConnection;
use wsis_domain::Language;
use wsis_domain::forum::high_level::{StatementData, SummaryData};

/// A facilitator of a session: (session id, stakeholder type code, account id,
/// name, organisation).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FacilitatorRow {
    pub session_id: i64,
    pub stakeholder: String,
    pub account_id: i64,
    pub name: String,
    pub organisation: Option<String>,
}

const FACILITATOR_SQL: &str =
    "SELECT f.session_id, f.stakeholder, f.account_id, u.name, u.organisation
       FROM forum_hlt_facilitators f JOIN users u ON u.id = f.account_id";

/// The facilitators of a session.
pub async fn hlt_facilitators(
    conn: &mut AnyConnection,
    session: i64,
) -> Result<Vec<FacilitatorRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{FACILITATOR_SQL} WHERE f.session_id = $1 ORDER BY f.stakeholder"
    )))
    .bind(session)
    .fetch_all(conn)
    .await?)
}

/// The facilitators of every session of an edition.
pub async fn hlt_facilitators_of_edition(
    conn: &mut AnyConnection,
    edition: i64,
) -> Result<Vec<FacilitatorRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{FACILITATOR_SQL} JOIN forum_sessions s ON s.id = f.session_id
          WHERE s.edition_id = $1 ORDER BY f.session_id, f.stakeholder"
    )))
    .bind(edition)
    .fetch_all(conn)
    .await?)
}

/// Whether `account` facilitates `session`.
pub async fn is_hlt_facilitator(
    conn: &mut AnyConnection,
    session: i64,
    account: i64,
) -> Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM forum_hlt_facilitators WHERE session_id = $1 AND account_id = $2",
    )
    .bind(session)
    .bind(account)
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}

/// Replaces the facilitators of a session: (stakeholder type code, account id).
pub async fn set_hlt_facilitators(
    conn: &mut AnyConnection,
    session: i64,
    facilitators: &[(&str, i64)],
) -> Result<()> {
    sqlx::query("DELETE FROM forum_hlt_facilitators WHERE session_id = $1")
        .bind(session)
        .execute(&mut *conn)
        .await?;
    for (stakeholder, account) in facilitators {
        sqlx::query(
            "INSERT INTO forum_hlt_facilitators (session_id, stakeholder, account_id) VALUES ($1, $2, $3)",
        )
        .bind(session)
        .bind(*stakeholder)
        .bind(*account)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// A statement as listed (without its PDF's bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementRow {
    pub id: i64,
    pub session_id: i64,
    pub data: StatementData,
    /// The PDF's size in bytes (0: no PDF).
    pub pdf_size: i64,
    pub added_at: i64,
}

type StatementDbRow = (i64, i64, String, String, String, String, i64, i64);

fn statement_row(r: StatementDbRow) -> StatementRow {
    let (id, session_id, speaker, position, language, body, pdf_size, added_at) = r;
    StatementRow {
        id,
        session_id,
        data: StatementData {
            speaker,
            position,
            language: Language::from_tag(&language).unwrap_or(Language::En),
            body,
        },
        pdf_size,
        added_at,
    }
}

const STATEMENT_COLS: &str =
    "t.id, t.session_id, t.speaker, t.position, t.language, t.body, t.pdf_size, t.added_at";

/// The statements of a session, in the order they were added.
pub async fn hlt_statements(conn: &mut AnyConnection, session: i64) -> Result<Vec<StatementRow>> {
    let rows: Vec<StatementDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {STATEMENT_COLS} FROM forum_hlt_statements t WHERE t.session_id = $1 ORDER BY t.id"
    )))
    .bind(session)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(statement_row).collect())
}

/// The statements of every session of an edition, by session then order.
pub async fn hlt_statements_of_edition(
    conn: &mut AnyConnection,
    edition: i64,
) -> Result<Vec<StatementRow>> {
    let rows: Vec<StatementDbRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {STATEMENT_COLS} FROM forum_hlt_statements t
           JOIN forum_sessions s ON s.id = t.session_id
          WHERE s.edition_id = $1 ORDER BY t.session_id, t.id"
    )))
    .bind(edition)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(statement_row).collect())
}

/// Adds a statement to a session, unless it has `max` already (`None`; counted
/// under the session's lock); returns its id.
pub async fn insert_hlt_statement(
    conn: &mut AnyConnection,
    session: i64,
    data: &StatementData,
    pdf: Option<(&str, i64)>,
    author: i64,
    max: i64,
) -> Result<Option<i64>> {
    crate::dialect::lock_parent(conn, crate::dialect::Parent::Session, session).await?;
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM forum_hlt_statements WHERE session_id = $1")
            .bind(session)
            .fetch_one(&mut *conn)
            .await?;
    if n >= max {
        return Ok(None);
    }
    Ok(Some(
        sqlx::query_scalar(
            "INSERT INTO forum_hlt_statements (session_id, speaker, position, language, body, pdf_key,
            pdf_size, added_by, added_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(session)
        .bind(&data.speaker)
        .bind(&data.position)
        .bind(data.language.code())
        .bind(&data.body)
        .bind(pdf.map(|p| p.0))
        .bind(pdf.map_or(0, |p| p.1))
        .bind(author)
        .bind(now())
        .fetch_one(conn)
        .await?,
    ))
}

/// Removes a statement of a session: `Some(its PDF's key in the media store, if any)`
/// when there was one.
pub async fn delete_hlt_statement(
    conn: &mut AnyConnection,
    session: i64,
    id: i64,
) -> Result<Option<Option<String>>> {
    Ok(sqlx::query_scalar(
        "DELETE FROM forum_hlt_statements WHERE session_id = $1 AND id = $2 RETURNING pdf_key",
    )
    .bind(session)
    .bind(id)
    .fetch_optional(conn)
    .await?)
}

/// A statement's PDF: (its session id, where its bytes are), if it has one.
pub async fn hlt_statement_pdf(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<Option<(i64, super::documents::Stored)>> {
    let row: Option<(i64, Option<String>, Option<Vec<u8>>)> = sqlx::query_as(
        "SELECT session_id, pdf_key, CASE WHEN pdf_key IS NULL THEN pdf END
             FROM forum_hlt_statements WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(|(s, key, pdf)| Some((s, super::documents::Stored::of(key, pdf)?))))
}

/// The Chair's summary of an edition as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    pub data: SummaryData,
    pub version: i64,
    pub updated_at: i64,
}

/// The Chair's summary of an edition, if written.
pub async fn hlt_summary(conn: &mut AnyConnection, edition: i64) -> Result<Option<SummaryRow>> {
    let row: Option<(String, String, String, i64, i64)> = sqlx::query_as(
        "SELECT language, chair, body, version, updated_at FROM forum_hlt_summaries WHERE edition_id = $1",
    )
    .bind(edition)
    .fetch_optional(conn)
    .await?;
    Ok(
        row.map(|(language, chair, body, version, updated_at)| SummaryRow {
            data: SummaryData {
                language: Language::from_tag(&language).unwrap_or(Language::En),
                chair,
                body,
            },
            version,
            updated_at,
        }),
    )
}

/// Writes the Chair's summary from the form of `expected_version` (0: none yet).
/// A different version stored meanwhile is [`DbError::Stale`]. Returns the new
/// version.
pub async fn save_hlt_summary(
    conn: &mut AnyConnection,
    edition: i64,
    expected_version: i64,
    data: &SummaryData,
    author: i64,
) -> Result<i64> {
    let t = now();
    let n = if expected_version == 0 {
        sqlx::query(
            "INSERT INTO forum_hlt_summaries (edition_id, language, chair, body, version, updated_by, updated_at)
             VALUES ($1, $2, $3, $4, 1, $5, $6) ON CONFLICT (edition_id) DO NOTHING",
        )
        .bind(edition)
        .bind(data.language.code())
        .bind(&data.chair)
        .bind(&data.body)
        .bind(author)
        .bind(t)
        .execute(conn)
        .await?
        .rows_affected()
    } else {
        sqlx::query(
            "UPDATE forum_hlt_summaries SET language = $1, chair = $2, body = $3, version = version + 1,
                updated_by = $4, updated_at = $5
              WHERE edition_id = $6 AND version = $7",
        )
        .bind(data.language.code())
        .bind(&data.chair)
        .bind(&data.body)
        .bind(author)
        .bind(t)
        .bind(edition)
        .bind(expected_version)
        .execute(conn)
        .await?
        .rows_affected()
    };
    if n == 0 {
        return Err(DbError::Stale);
    }
    Ok(expected_version + 1)
}

/// What the High-Level Track of an edition holds now, beyond its outcomes:
/// (statements: count and largest id, facilitators, the summary's version). Any
/// change changes it.
pub async fn hlt_stamp(conn: &mut AnyConnection, edition: i64) -> Result<(i64, i64, i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT
           (SELECT COUNT(*) FROM forum_hlt_statements t JOIN forum_sessions s ON s.id = t.session_id WHERE s.edition_id = $1),
           (SELECT COALESCE(MAX(t.id), 0) FROM forum_hlt_statements t JOIN forum_sessions s ON s.id = t.session_id WHERE s.edition_id = $1),
           (SELECT COUNT(*) FROM forum_hlt_facilitators f JOIN forum_sessions s ON s.id = f.session_id WHERE s.edition_id = $1),
           (SELECT COALESCE(MAX(version), 0) FROM forum_hlt_summaries WHERE edition_id = $1)",
    )
    .bind(edition)
    .fetch_one(conn)
    .await?)
}

/// What the participation figures of an edition are now: (approved registrations,
/// check-ins, the latest decision or registration). Any registration, decision or
/// check-in changes it.
pub async fn publication_stamp(conn: &mut AnyConnection, edition: i64) -> Result<(i64, i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT
           (SELECT COUNT(*) FROM forum_registrations WHERE edition_id = $1 AND status = 'approved'),
           (SELECT COUNT(*) FROM forum_registrations WHERE edition_id = $1 AND checked_in_at IS NOT NULL),
           (SELECT COALESCE(MAX(COALESCE(decided_at, created_at)), 0) FROM forum_registrations WHERE edition_id = $1)",
    )
    .bind(edition)
    .fetch_one(conn)
    .await?)
}
