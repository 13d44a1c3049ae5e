//! The WSIS Prizes: editions, submissions, experts and their scores, the votes,
//! the fraud queue and the audit log, the sealed tally and the results.

use crate::{Result, map_unique, now};
use sqlx::{AnyConnection, AssertSqlSafe};
use wsis_domain::prizes::{Schedule, Submission, SubmissionText};

/// An edition as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct EditionRow {
    pub id: i64,
    pub year: i64,
    pub submission_opens: i64,
    pub submission_closes: i64,
    pub voting_opens: i64,
    pub voting_closes: i64,
    pub announced_at: i64,
    pub require_all_categories: i64,
    pub nominees_published_at: Option<i64>,
    pub ballot_salt: String,
    pub sealed_at: Option<i64>,
    pub ballots_sha256: Option<String>,
    pub ballots_count: Option<i64>,
    pub winners_published_at: Option<i64>,
}

impl EditionRow {
    pub fn schedule(&self) -> Schedule {
        Schedule {
            submission_opens: self.submission_opens,
            submission_closes: self.submission_closes,
            voting_opens: self.voting_opens,
            voting_closes: self.voting_closes,
            announced_at: self.announced_at,
        }
    }
}

const EDITION_COLUMNS: &str = "id, year, submission_opens, submission_closes, voting_opens,
    voting_closes, announced_at, require_all_categories, nominees_published_at, ballot_salt,
    sealed_at, ballots_sha256, ballots_count, winners_published_at";

/// Every edition, newest first.
pub async fn editions(conn: &mut AnyConnection) -> Result<Vec<EditionRow>> {
    Ok(sqlx::query_as(AssertSqlSafe(format!(
        "SELECT {EDITION_COLUMNS} FROM prize_editions ORDER BY year DESC"
    )))
    .fetch_all(conn)
    .await?)
}

/// The edition of `year`.
pub async fn edition(conn: &mut AnyConnection, year: i64) -> Result<Option<EditionRow>> {
    Ok(sqlx::query_as(AssertSqlSafe(format!(
        "SELECT {EDITION_COLUMNS} FROM prize_editions WHERE year = $1"
    )))
    .bind(year)
    .fetch_optional(conn)
    .await?)
}

/// Creates the edition of `year` (a conflict if there is one).
pub async fn create_edition(
    conn: &mut AnyConnection,
    year: i64,
    s: &Schedule,
    require_all: bool,
    salt: &str,
) -> Result<i64> {
    let t = now();
    sqlx::query_scalar(
        "INSERT INTO prize_editions (year, submission_opens, submission_closes, voting_opens,
             voting_closes, announced_at, require_all_categories, ballot_salt, created_at,
             updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(year)
    .bind(s.submission_opens)
    .bind(s.submission_closes)
    .bind(s.voting_opens)
    .bind(s.voting_closes)
    .bind(s.announced_at)
    .bind(i64::from(require_all))
    .bind(salt)
    .bind(t)
    .fetch_one(conn)
    .await
    .map_err(map_unique)
}

/// Changes an edition's dates and rule (not once its tally is sealed).
pub async fn update_edition(
    conn: &mut AnyConnection,
    id: i64,
    s: &Schedule,
    require_all: bool,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE prize_editions SET submission_opens = $2, submission_closes = $3,
             voting_opens = $4, voting_closes = $5, announced_at = $6,
             require_all_categories = $7, updated_at = $8
         WHERE id = $1 AND sealed_at IS NULL",
    )
    .bind(id)
    .bind(s.submission_opens)
    .bind(s.submission_closes)
    .bind(s.voting_opens)
    .bind(s.voting_closes)
    .bind(s.announced_at)
    .bind(i64::from(require_all))
    .bind(now())
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Locks an edition's row until the transaction ends (PostgreSQL; SQLite's writers
/// are serialised already), returning it.
pub async fn lock_edition(conn: &mut AnyConnection, id: i64) -> Result<Option<EditionRow>> {
    let lock = match crate::dialect::backend_of(conn) {
        crate::Backend::Postgres => " FOR UPDATE",
        crate::Backend::Sqlite => "",
    };
    Ok(sqlx::query_as(AssertSqlSafe(format!(
        "SELECT {EDITION_COLUMNS} FROM prize_editions WHERE id = $1{lock}"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await?)
}

// -------------------------------------------------------------- submissions

/// A submission as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmissionRow {
    pub id: i64,
    pub edition_id: i64,
    pub category: i64,
    pub submitted_by: i64,
    pub owner_email: Option<String>,
    pub entry_id: Option<i64>,
    pub status: String,
    pub title: String,
    pub organisation: String,
    pub country: String,
    pub stakeholder_type: String,
    pub text: SubmissionText,
    pub version: i64,
    pub submitted_at: Option<i64>,
}

type SubmissionTuple = (
    i64,
    i64,
    i64,
    i64,
    Option<String>,
    Option<i64>,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    Option<i64>,
);

const SUBMISSION_COLUMNS: &str = "s.id, s.edition_id, s.category, s.submitted_by, s.owner_email,
    s.entry_id, s.status, s.title, s.organisation, s.country, s.stakeholder_type, s.data,
    s.version, s.submitted_at";

fn submission_row(t: SubmissionTuple) -> SubmissionRow {
    SubmissionRow {
        id: t.0,
        edition_id: t.1,
        category: t.2,
        submitted_by: t.3,
        owner_email: t.4,
        entry_id: t.5,
        status: t.6,
        title: t.7,
        organisation: t.8,
        country: t.9,
        stakeholder_type: t.10,
        text: serde_json::from_str(&t.11).unwrap_or_default(),
        version: t.12,
        submitted_at: t.13,
    }
}

/// Adds a submission (a conflict when its entity already has one in the category).
pub async fn insert_submission(
    conn: &mut AnyConnection,
    edition_id: i64,
    s: &Submission,
    by: i64,
    entry_id: Option<i64>,
) -> Result<i64> {
    let t = now();
    let data = serde_json::to_string(&s.text).unwrap_or_default();
    sqlx::query_scalar(
        "INSERT INTO prize_submissions (edition_id, category, entity_key, submitted_by,
             owner_email, entry_id, status, title, organisation, country, stakeholder_type,
             data, version, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'draft', $7, $8, $9, $10, $11, 1, $12, $12)
         RETURNING id",
    )
    .bind(edition_id)
    .bind(s.category)
    .bind(s.entity_key())
    .bind(by)
    .bind(s.owner_email.as_deref())
    .bind(entry_id)
    .bind(&s.title)
    .bind(&s.organisation)
    .bind(&s.country)
    .bind(&s.stakeholder_type)
    .bind(data)
    .bind(t)
    .fetch_one(conn)
    .await
    .map_err(map_unique)
}

/// Saves a draft's new text if it is still at `version` (false: stale or not a draft).
pub async fn update_submission(
    conn: &mut AnyConnection,
    id: i64,
    version: i64,
    s: &Submission,
) -> Result<bool> {
    let data = serde_json::to_string(&s.text).unwrap_or_default();
    let done = sqlx::query(
        "UPDATE prize_submissions SET category = $3, entity_key = $4, owner_email = $5,
             title = $6, organisation = $7, country = $8, stakeholder_type = $9, data = $10,
             version = version + 1, updated_at = $11
         WHERE id = $1 AND version = $2 AND status = 'draft'",
    )
    .bind(id)
    .bind(version)
    .bind(s.category)
    .bind(s.entity_key())
    .bind(s.owner_email.as_deref())
    .bind(&s.title)
    .bind(&s.organisation)
    .bind(&s.country)
    .bind(&s.stakeholder_type)
    .bind(data)
    .bind(now())
    .execute(conn)
    .await
    .map_err(map_unique)?;
    Ok(done.rows_affected() == 1)
}

/// Moves a submission from `from` to `to` (false when it was not in `from`).
pub async fn set_status(conn: &mut AnyConnection, id: i64, from: &str, to: &str) -> Result<bool> {
    let t = now();
    let done = sqlx::query(
        "UPDATE prize_submissions SET status = $3, version = version + 1, updated_at = $4,
             submitted_at = CASE WHEN $3 = 'submitted' THEN $4 ELSE submitted_at END
         WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(from)
    .bind(to)
    .bind(t)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn submission(conn: &mut AnyConnection, id: i64) -> Result<Option<SubmissionRow>> {
    let row: Option<SubmissionTuple> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT {SUBMISSION_COLUMNS} FROM prize_submissions s WHERE s.id = $1"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(submission_row))
}

/// An edition's submissions in `statuses` (every one when empty), optionally of one
/// category, by category then title.
pub async fn submissions(
    conn: &mut AnyConnection,
    edition_id: i64,
    category: Option<i64>,
    statuses: &[&str],
) -> Result<Vec<SubmissionRow>> {
    let rows: Vec<SubmissionTuple> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT {SUBMISSION_COLUMNS} FROM prize_submissions s
          WHERE s.edition_id = $1 AND ($2 = 0 OR s.category = $2)
            AND ($3 = '' OR (',' || $3 || ',') LIKE ('%,' || s.status || ',%'))
          ORDER BY s.category, s.title, s.id"
    )))
    .bind(edition_id)
    .bind(category.unwrap_or(0))
    .bind(statuses.join(","))
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(submission_row).collect())
}

/// The submissions an account made, every edition, newest first: (year, submission).
pub async fn submissions_by(
    conn: &mut AnyConnection,
    account: i64,
) -> Result<Vec<(i64, SubmissionRow)>> {
    let rows: Vec<SubmissionTuple> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT {SUBMISSION_COLUMNS} FROM prize_submissions s
          WHERE s.submitted_by = $1 ORDER BY s.edition_id DESC, s.category, s.id"
    )))
    .bind(account)
    .fetch_all(&mut *conn)
    .await?;
    let years: std::collections::HashMap<i64, i64> = editions(conn)
        .await?
        .into_iter()
        .map(|e| (e.id, e.year))
        .collect();
    Ok(rows
        .into_iter()
        .map(submission_row)
        .map(|s| (years.get(&s.edition_id).copied().unwrap_or_default(), s))
        .collect())
}

/// Whether the entity `entity_key` won a category of an earlier edition.
pub async fn won_before(conn: &mut AnyConnection, entity_key: &str, year: i64) -> Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM prize_results r
           JOIN prize_submissions s ON s.id = r.submission_id
           JOIN prize_editions e ON e.id = r.edition_id
          WHERE r.winner = 1 AND s.entity_key = $1 AND e.year < $2",
    )
    .bind(entity_key)
    .bind(year)
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}

/// Marks an edition's nominees published.
pub async fn publish_nominees(conn: &mut AnyConnection, edition_id: i64) -> Result<()> {
    sqlx::query(
        "UPDATE prize_editions SET nominees_published_at = $2, updated_at = $2
          WHERE id = $1 AND nominees_published_at IS NULL",
    )
    .bind(edition_id)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// An edition's nominees (what the vote engine keeps in memory): id and category.
pub async fn nominee_ids(conn: &mut AnyConnection, edition_id: i64) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT id, category FROM prize_submissions WHERE edition_id = $1 AND status = 'nominated'",
    )
    .bind(edition_id)
    .fetch_all(conn)
    .await?)
}

// ------------------------------------------------------------------ experts

/// The experts of an edition: (category, account id, name, e-mail).
pub async fn experts(
    conn: &mut AnyConnection,
    edition_id: i64,
) -> Result<Vec<(i64, i64, String, String)>> {
    Ok(sqlx::query_as(
        "SELECT x.category, u.id, u.name, u.email FROM prize_experts x
           JOIN users u ON u.id = x.account_id
          WHERE x.edition_id = $1 ORDER BY x.category, u.name",
    )
    .bind(edition_id)
    .fetch_all(conn)
    .await?)
}

pub async fn add_expert(
    conn: &mut AnyConnection,
    edition_id: i64,
    category: i64,
    account: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO prize_experts (edition_id, category, account_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING",
    )
    .bind(edition_id)
    .bind(category)
    .bind(account)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn remove_expert(
    conn: &mut AnyConnection,
    edition_id: i64,
    category: i64,
    account: i64,
) -> Result<()> {
    sqlx::query(
        "DELETE FROM prize_experts WHERE edition_id = $1 AND category = $2 AND account_id = $3",
    )
    .bind(edition_id)
    .bind(category)
    .bind(account)
    .execute(conn)
    .await?;
    Ok(())
}

/// The categories of an edition `account` is an expert of.
pub async fn expert_categories(
    conn: &mut AnyConnection,
    edition_id: i64,
    account: i64,
) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT category FROM prize_experts WHERE edition_id = $1 AND account_id = $2
          ORDER BY category",
    )
    .bind(edition_id)
    .bind(account)
    .fetch_all(conn)
    .await?)
}

/// The submissions of an edition `account` declared a conflict with.
pub async fn conflicts_of(
    conn: &mut AnyConnection,
    edition_id: i64,
    account: i64,
) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT c.submission_id FROM prize_conflicts c
           JOIN prize_submissions s ON s.id = c.submission_id
          WHERE s.edition_id = $1 AND c.account_id = $2",
    )
    .bind(edition_id)
    .bind(account)
    .fetch_all(conn)
    .await?)
}

pub async fn declare_conflict(
    conn: &mut AnyConnection,
    submission: i64,
    account: i64,
    reason: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO prize_conflicts (submission_id, account_id, reason, declared_at)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
    )
    .bind(submission)
    .bind(account)
    .bind(reason)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    // A conflicted expert's scores of it no longer count.
    sqlx::query("DELETE FROM prize_scores WHERE submission_id = $1 AND account_id = $2")
        .bind(submission)
        .bind(account)
        .execute(conn)
        .await?;
    Ok(())
}

/// Sets an expert's scores of a submission (criterion, score, comment).
pub async fn set_scores(
    conn: &mut AnyConnection,
    submission: i64,
    account: i64,
    scores: &[(&str, i64, String)],
) -> Result<()> {
    let t = now();
    for (criterion, score, comment) in scores {
        sqlx::query(
            "INSERT INTO prize_scores (submission_id, account_id, criterion, score, comment,
                 scored_at) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (submission_id, account_id, criterion)
             DO UPDATE SET score = excluded.score, comment = excluded.comment,
                 scored_at = excluded.scored_at",
        )
        .bind(submission)
        .bind(account)
        .bind(*criterion)
        .bind(*score)
        .bind(comment)
        .bind(t)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// One expert's scores of one submission: (criterion, score, comment).
pub async fn scores_of(
    conn: &mut AnyConnection,
    submission: i64,
    account: i64,
) -> Result<Vec<(String, i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT criterion, score, comment FROM prize_scores
          WHERE submission_id = $1 AND account_id = $2",
    )
    .bind(submission)
    .bind(account)
    .fetch_all(conn)
    .await?)
}

/// How many criteria `account` scored, per submission of an edition.
pub async fn scored_counts(
    conn: &mut AnyConnection,
    edition_id: i64,
    account: i64,
) -> Result<std::collections::HashMap<i64, usize>> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT p.submission_id, COUNT(*) FROM prize_scores p
           JOIN prize_submissions s ON s.id = p.submission_id
          WHERE s.edition_id = $1 AND p.account_id = $2 GROUP BY p.submission_id",
    )
    .bind(edition_id)
    .bind(account)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(s, n)| (s, n as usize)).collect())
}

/// Each scored submission of an edition: (submission, expert, total of the expert's
/// scores, criteria scored).
pub async fn score_totals(
    conn: &mut AnyConnection,
    edition_id: i64,
) -> Result<Vec<(i64, i64, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT p.submission_id, p.account_id, CAST(SUM(p.score) AS BIGINT), COUNT(*) FROM prize_scores p
           JOIN prize_submissions s ON s.id = p.submission_id
          WHERE s.edition_id = $1 GROUP BY p.submission_id, p.account_id",
    )
    .bind(edition_id)
    .fetch_all(conn)
    .await?)
}

// -------------------------------------------------------------------- votes

/// A vote to record.
#[derive(Debug, Clone)]
pub struct NewVote {
    pub edition_id: i64,
    pub category: i64,
    pub voter: i64,
    pub nominee: i64,
    pub at: i64,
    pub client_ip: String,
}

/// Most votes in one statement (7 values each, well under SQLite's 32,766).
pub const VOTES_PER_STATEMENT: usize = 500;

/// Inserts `votes` (at most [`VOTES_PER_STATEMENT`], no two of one voter in one
/// category), skipping those whose voter already voted in the category; returns the
/// (category, voter) of those inserted. One statement: the primary key decides.
pub async fn insert_votes(conn: &mut AnyConnection, votes: &[NewVote]) -> Result<Vec<(i64, i64)>> {
    if votes.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = String::from(
        "INSERT INTO prize_votes (edition_id, category, voter_id, submission_id, cast_at,
             client_ip) VALUES ",
    );
    for i in 0..votes.len() {
        let b = i * 6;
        if i > 0 {
            sql.push(',');
        }
        sql.push_str(&format!(
            "(${}, ${}, ${}, ${}, ${}, ${})",
            b + 1,
            b + 2,
            b + 3,
            b + 4,
            b + 5,
            b + 6
        ));
    }
    sql.push_str(" ON CONFLICT DO NOTHING RETURNING category, voter_id");
    let mut q = sqlx::query_as(AssertSqlSafe(sql));
    for v in votes {
        q = q
            .bind(v.edition_id)
            .bind(v.category)
            .bind(v.voter)
            .bind(v.nominee)
            .bind(v.at)
            .bind(v.client_ip.as_str());
    }
    Ok(q.fetch_all(conn).await?)
}

/// A voter's votes in an edition: (category, nominee, cast at, voided at).
pub async fn votes_of(
    conn: &mut AnyConnection,
    edition_id: i64,
    voter: i64,
) -> Result<Vec<(i64, i64, i64, Option<i64>)>> {
    Ok(sqlx::query_as(
        "SELECT category, submission_id, cast_at, voided_at FROM prize_votes
          WHERE voter_id = $1 AND edition_id = $2 ORDER BY category",
    )
    .bind(voter)
    .bind(edition_id)
    .fetch_all(conn)
    .await?)
}

/// A voter's votes cast in [from, to) with the nominees' titles: (category, title).
pub async fn votes_between(
    conn: &mut AnyConnection,
    edition_id: i64,
    voter: i64,
    from: i64,
    to: i64,
) -> Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT v.category, s.title FROM prize_votes v
           JOIN prize_submissions s ON s.id = v.submission_id
          WHERE v.voter_id = $1 AND v.edition_id = $2 AND v.cast_at >= $3 AND v.cast_at < $4
          ORDER BY v.category",
    )
    .bind(voter)
    .bind(edition_id)
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await?)
}

/// The accounts that voted in an edition in [from, to).
pub async fn voters_between(
    conn: &mut AnyConnection,
    edition_id: i64,
    from: i64,
    to: i64,
) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT voter_id FROM prize_votes
          WHERE edition_id = $1 AND cast_at >= $2 AND cast_at < $3 ORDER BY voter_id",
    )
    .bind(edition_id)
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await?)
}

/// Voids every vote of `voter` in an edition and bars them from voting again
/// (false when they were already voided).
pub async fn void_voter(
    conn: &mut AnyConnection,
    edition_id: i64,
    voter: i64,
    reason: &str,
    by: i64,
) -> Result<bool> {
    let t = now();
    let added = sqlx::query(
        "INSERT INTO prize_voided_voters (edition_id, voter_id, reason, voided_by, voided_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
    )
    .bind(edition_id)
    .bind(voter)
    .bind(reason)
    .bind(by)
    .bind(t)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE prize_votes SET voided_at = $3
          WHERE edition_id = $1 AND voter_id = $2 AND voided_at IS NULL",
    )
    .bind(edition_id)
    .bind(voter)
    .bind(t)
    .execute(conn)
    .await?;
    Ok(added.rows_affected() == 1)
}

/// The voided voters of an edition.
pub async fn voided_voters(conn: &mut AnyConnection, edition_id: i64) -> Result<Vec<i64>> {
    Ok(
        sqlx::query_scalar("SELECT voter_id FROM prize_voided_voters WHERE edition_id = $1")
            .bind(edition_id)
            .fetch_all(conn)
            .await?,
    )
}

/// An edition's vote totals so far: (counted votes, voided votes, voters).
pub async fn vote_totals(conn: &mut AnyConnection, edition_id: i64) -> Result<(i64, i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT COALESCE(SUM(CASE WHEN voided_at IS NULL THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN voided_at IS NULL THEN 0 ELSE 1 END), 0),
                COUNT(DISTINCT voter_id)
           FROM prize_votes WHERE edition_id = $1",
    )
    .bind(edition_id)
    .fetch_one(conn)
    .await?)
}

// ------------------------------------------------------- blocked domains

pub async fn blocked_domains(conn: &mut AnyConnection) -> Result<Vec<String>> {
    Ok(
        sqlx::query_scalar("SELECT domain FROM prize_blocked_domains ORDER BY domain")
            .fetch_all(conn)
            .await?,
    )
}

pub async fn block_domain(conn: &mut AnyConnection, domain: &str, by: Option<i64>) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO prize_blocked_domains (domain, added_by, added_at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING",
    )
    .bind(domain)
    .bind(by)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn unblock_domain(conn: &mut AnyConnection, domain: &str) -> Result<bool> {
    let done = sqlx::query("DELETE FROM prize_blocked_domains WHERE domain = $1")
        .bind(domain)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

// ------------------------------------------------------------ suspicions

/// A suspicious pattern as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SuspicionRow {
    pub id: i64,
    pub kind: String,
    pub subject: String,
    pub detail: String,
    pub voters: String,
    pub found_at: i64,
    pub decided_at: Option<i64>,
    pub decision: Option<String>,
}

/// Records a pattern once per (kind, subject); returns whether it is new.
pub async fn add_suspicion(
    conn: &mut AnyConnection,
    edition_id: i64,
    kind: &str,
    subject: &str,
    detail: &str,
    voters: &[i64],
) -> Result<bool> {
    let voters = voters
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let done = sqlx::query(
        "INSERT INTO prize_suspicions (edition_id, kind, subject, detail, voters, found_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
    )
    .bind(edition_id)
    .bind(kind)
    .bind(subject)
    .bind(detail)
    .bind(voters)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn suspicions(conn: &mut AnyConnection, edition_id: i64) -> Result<Vec<SuspicionRow>> {
    Ok(sqlx::query_as(
        "SELECT id, kind, subject, detail, voters, found_at, decided_at, decision
           FROM prize_suspicions WHERE edition_id = $1
          ORDER BY decided_at IS NOT NULL, found_at DESC, id DESC",
    )
    .bind(edition_id)
    .fetch_all(conn)
    .await?)
}

pub async fn suspicion(conn: &mut AnyConnection, id: i64) -> Result<Option<(i64, SuspicionRow)>> {
    let edition: Option<i64> =
        sqlx::query_scalar("SELECT edition_id FROM prize_suspicions WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    let Some(edition) = edition else {
        return Ok(None);
    };
    let row: Option<SuspicionRow> = sqlx::query_as(
        "SELECT id, kind, subject, detail, voters, found_at, decided_at, decision
           FROM prize_suspicions WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (edition, r)))
}

/// Decides a pending suspicion (false when it was decided already).
pub async fn decide_suspicion(conn: &mut AnyConnection, id: i64, decision: &str) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE prize_suspicions SET decided_at = $2, decision = $3
          WHERE id = $1 AND decided_at IS NULL",
    )
    .bind(id)
    .bind(now())
    .bind(decision)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Network addresses from which more than `min_accounts` accounts voted since `since`:
/// (address, the accounts).
pub async fn busy_addresses(
    conn: &mut AnyConnection,
    edition_id: i64,
    since: i64,
    min_accounts: i64,
) -> Result<Vec<(String, String)>> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT client_ip, COUNT(DISTINCT voter_id) FROM prize_votes
          WHERE edition_id = $1 AND cast_at >= $2 AND voided_at IS NULL
          GROUP BY client_ip HAVING COUNT(DISTINCT voter_id) > $3",
    )
    .bind(edition_id)
    .bind(since)
    .bind(min_accounts)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for (ip, _) in rows {
        let voters: Vec<i64> = sqlx::query_scalar(
            "SELECT DISTINCT voter_id FROM prize_votes
              WHERE edition_id = $1 AND client_ip = $2 AND voided_at IS NULL ORDER BY voter_id",
        )
        .bind(edition_id)
        .bind(&ip)
        .fetch_all(&mut *conn)
        .await?;
        out.push((
            ip,
            voters
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(","),
        ));
    }
    Ok(out)
}

/// Nominees that received more than `min_votes` votes in [from, to): (nominee, votes).
pub async fn bursts(
    conn: &mut AnyConnection,
    edition_id: i64,
    from: i64,
    to: i64,
    min_votes: i64,
) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT submission_id, COUNT(*) FROM prize_votes
          WHERE edition_id = $1 AND cast_at >= $2 AND cast_at < $3 AND voided_at IS NULL
          GROUP BY submission_id HAVING COUNT(*) > $4",
    )
    .bind(edition_id)
    .bind(from)
    .bind(to)
    .bind(min_votes)
    .fetch_all(conn)
    .await?)
}

/// The voters of a nominee in [from, to).
pub async fn voters_of_nominee(
    conn: &mut AnyConnection,
    nominee: i64,
    from: i64,
    to: i64,
) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT voter_id FROM prize_votes WHERE submission_id = $1 AND cast_at >= $2
            AND cast_at < $3 AND voided_at IS NULL ORDER BY voter_id",
    )
    .bind(nominee)
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await?)
}

/// Accounts created since `since` that voted in the edition, with their e-mail
/// addresses: (account, e-mail).
pub async fn new_voters(
    conn: &mut AnyConnection,
    edition_id: i64,
    since: i64,
) -> Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT DISTINCT u.id, u.email_key FROM prize_votes v JOIN users u ON u.id = v.voter_id
          WHERE v.edition_id = $1 AND u.created_at >= $2 AND v.voided_at IS NULL
          ORDER BY u.id",
    )
    .bind(edition_id)
    .bind(since)
    .fetch_all(conn)
    .await?)
}

// -------------------------------------------------------------------- audit

pub async fn audit(
    conn: &mut AnyConnection,
    edition_id: i64,
    actor: Option<i64>,
    action: &str,
    subject: &str,
    reason: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO prize_audit (edition_id, at, actor_id, action, subject, reason)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(edition_id)
    .bind(now())
    .bind(actor)
    .bind(action)
    .bind(subject)
    .bind(reason)
    .execute(conn)
    .await?;
    Ok(())
}

/// The audit log of an edition, oldest first: (at, actor's name, action, subject, reason).
pub async fn audit_log(
    conn: &mut AnyConnection,
    edition_id: i64,
) -> Result<Vec<(i64, Option<String>, String, String, String)>> {
    Ok(sqlx::query_as(
        "SELECT a.at, u.name, a.action, a.subject, a.reason FROM prize_audit a
           LEFT JOIN users u ON u.id = a.actor_id
          WHERE a.edition_id = $1 ORDER BY a.id",
    )
    .bind(edition_id)
    .fetch_all(conn)
    .await?)
}

// --------------------------------------------------------- the sealed tally

/// The counted votes of each nominee: (category, nominee, votes, last vote at). With
/// `require_all`, only voters who voted in every category that had votes count.
pub async fn counts(
    conn: &mut AnyConnection,
    edition_id: i64,
    require_all: bool,
) -> Result<Vec<(i64, i64, i64, i64)>> {
    let filter = if require_all {
        "AND v.voter_id IN (SELECT voter_id FROM prize_votes
             WHERE edition_id = $1 AND voided_at IS NULL GROUP BY voter_id
            HAVING COUNT(*) = (SELECT COUNT(DISTINCT category) FROM prize_votes
                                WHERE edition_id = $1 AND voided_at IS NULL))"
    } else {
        ""
    };
    Ok(sqlx::query_as(AssertSqlSafe(format!(
        "SELECT v.category, v.submission_id, COUNT(*), MAX(v.cast_at) FROM prize_votes v
          WHERE v.edition_id = $1 AND v.voided_at IS NULL {filter}
          GROUP BY v.category, v.submission_id"
    )))
    .bind(edition_id)
    .fetch_all(conn)
    .await?)
}

/// The counted votes of an edition in the published order (category, time, voter),
/// a page after `after` (category, cast_at, voter): (category, voter, nominee, cast_at).
pub async fn ballots_page(
    conn: &mut AnyConnection,
    edition_id: i64,
    after: (i64, i64, i64),
    limit: i64,
) -> Result<Vec<(i64, i64, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT category, voter_id, submission_id, cast_at FROM prize_votes
          WHERE edition_id = $1 AND voided_at IS NULL
            AND (category > $2 OR (category = $2 AND (cast_at > $3
                 OR (cast_at = $3 AND voter_id > $4))))
          ORDER BY category, cast_at, voter_id LIMIT $5",
    )
    .bind(edition_id)
    .bind(after.0)
    .bind(after.1)
    .bind(after.2)
    .bind(limit)
    .fetch_all(conn)
    .await?)
}

/// Seals an edition's tally: its digest, its ballots, its champions (rank, nominee,
/// votes per category). False when it was sealed already.
pub async fn seal(
    conn: &mut AnyConnection,
    edition_id: i64,
    sha256: &str,
    ballots: i64,
    champions: &[(i64, i64, i64, i64)],
) -> Result<bool> {
    let t = now();
    let done = sqlx::query(
        "UPDATE prize_editions SET sealed_at = $2, ballots_sha256 = $3, ballots_count = $4,
             updated_at = $2
          WHERE id = $1 AND sealed_at IS NULL",
    )
    .bind(edition_id)
    .bind(t)
    .bind(sha256)
    .bind(ballots)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    for (category, rank, nominee, votes) in champions {
        sqlx::query(
            "INSERT INTO prize_results (edition_id, category, rank, submission_id, votes)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(edition_id)
        .bind(*category)
        .bind(*rank)
        .bind(*nominee)
        .bind(*votes)
        .execute(&mut *conn)
        .await?;
    }
    Ok(true)
}

/// A result with its project: (category, rank, votes, winner, submission).
pub async fn results(
    conn: &mut AnyConnection,
    edition_id: i64,
) -> Result<Vec<(i64, i64, i64, bool, SubmissionRow)>> {
    let rows: Vec<(i64, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT category, rank, votes, winner, submission_id FROM prize_results
          WHERE edition_id = $1 ORDER BY category, rank",
    )
    .bind(edition_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut projects: std::collections::HashMap<i64, SubmissionRow> =
        submissions(conn, edition_id, None, &[])
            .await?
            .into_iter()
            .map(|s| (s.id, s))
            .collect();
    Ok(rows
        .into_iter()
        .filter_map(|(c, r, v, w, id)| projects.remove(&id).map(|s| (c, r, v, w == 1, s)))
        .collect())
}

/// Makes `submission` the Winner of its category (the one champion marked so).
pub async fn set_winner(
    conn: &mut AnyConnection,
    edition_id: i64,
    category: i64,
    submission: i64,
) -> Result<bool> {
    sqlx::query("UPDATE prize_results SET winner = 0 WHERE edition_id = $1 AND category = $2")
        .bind(edition_id)
        .bind(category)
        .execute(&mut *conn)
        .await?;
    let done = sqlx::query(
        "UPDATE prize_results SET winner = 1
          WHERE edition_id = $1 AND category = $2 AND submission_id = $3",
    )
    .bind(edition_id)
    .bind(category)
    .bind(submission)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks an edition's winners published.
pub async fn publish_winners(conn: &mut AnyConnection, edition_id: i64) -> Result<()> {
    sqlx::query(
        "UPDATE prize_editions SET winners_published_at = $2, updated_at = $2
          WHERE id = $1 AND winners_published_at IS NULL",
    )
    .bind(edition_id)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// The prizes an entry's projects won: (year, category, winner).
pub async fn prizes_of_entry(
    conn: &mut AnyConnection,
    entry: i64,
) -> Result<Vec<(i64, i64, bool)>> {
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT e.year, r.category, r.winner FROM prize_results r
           JOIN prize_submissions s ON s.id = r.submission_id
           JOIN prize_editions e ON e.id = r.edition_id
          WHERE s.entry_id = $1 AND e.winners_published_at IS NOT NULL
          ORDER BY e.year DESC",
    )
    .bind(entry)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(y, c, w)| (y, c, w == 1)).collect())
}

/// Calls `f` with each counted vote of an edition in the published order (category,
/// time, voter): (category, voter, nominee, cast_at). Streams: nothing is held.
pub async fn for_each_ballot<E>(
    conn: &mut AnyConnection,
    edition_id: i64,
    mut f: impl FnMut(i64, i64, i64, i64) -> std::result::Result<(), E>,
) -> Result<std::result::Result<(), E>> {
    use futures_util::TryStreamExt;
    let mut rows = sqlx::query_as::<_, (i64, i64, i64, i64)>(
        "SELECT category, voter_id, submission_id, cast_at FROM prize_votes
          WHERE edition_id = $1 AND voided_at IS NULL
          ORDER BY category, cast_at, voter_id",
    )
    .bind(edition_id)
    .fetch(conn);
    while let Some((category, voter, nominee, at)) = rows.try_next().await? {
        if let Err(e) = f(category, voter, nominee, at) {
            return Ok(Err(e));
        }
    }
    Ok(Ok(()))
}

// --------------------------------------------------------------- demo data

/// The first `n` published stocktaking entries' ids (the demo links projects to them).
pub async fn published_entry_ids(conn: &mut AnyConnection, n: i64) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM entries WHERE published_revision IS NOT NULL ORDER BY id LIMIT $1",
    )
    .bind(n)
    .fetch_all(conn)
    .await?)
}

/// Creates `n` demo voters (`voterN@voters.example`): verified accounts that cannot
/// sign in (no password verifies against `!`), created at `created`. One statement.
pub async fn demo_voters(conn: &mut AnyConnection, n: i64, created: i64) -> Result<()> {
    sqlx::query(AssertSqlSafe(format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n})
         INSERT INTO users (email, email_key, password_hash, name, language, email_verified_at,
             created_at, updated_at)
         SELECT 'voter' || i || '@voters.example', 'voter' || i || '@voters.example', '!',
                'Voter ' || i, 'en', {created}, {created}, {created} FROM n"
    )))
    .execute(conn)
    .await?;
    Ok(())
}

/// The demo voters' votes in one statement: each votes in about `percent` % of the
/// categories with nominees; in each, for a nominee drawn with a skew (the product of
/// two uniform draws: a few projects get many votes; which ones is shuffled per category
/// by a step coprime with the 59 nominees), at a time spread over
/// [`opens`, `opens + span`), from an address of its own. Returns how many.
pub async fn demo_votes(
    conn: &mut AnyConnection,
    edition: i64,
    opens: i64,
    span: i64,
    percent: i64,
) -> Result<u64> {
    let done = sqlx::query(AssertSqlSafe(format!(
        "WITH c(category, first_id, n) AS (
             SELECT category, MIN(id), COUNT(*) FROM prize_submissions
              WHERE edition_id = {edition} AND status = 'nominated' GROUP BY category),
         v(id) AS (SELECT id FROM users WHERE email_key LIKE 'voter%@voters.example')
         INSERT INTO prize_votes (edition_id, category, voter_id, submission_id, cast_at, client_ip)
         SELECT {edition}, c.category, v.id,
                c.first_id + ((23 * ((((v.id * 48271 + c.category * 16807) % 10007) *
                              ((v.id * 69621 + c.category * 31) % 10007) * c.n) / 100140049)
                              + 7 * c.category) % c.n),
                {opens} + ((v.id * 7919 + c.category * 104729) % {span}),
                '10.' || (v.id % 250) || '.' || ((v.id / 250) % 250) || '.' || (c.category + 1)
           FROM v CROSS JOIN c
          WHERE ((v.id * 2654435761 + c.category * 40503) % 100) < {percent}"
    )))
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// The first `limit` demo voters (`voterN@voters.example`), by id.
pub async fn demo_voter_ids(conn: &mut AnyConnection, limit: i64) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM users WHERE email_key LIKE 'voter%@voters.example' ORDER BY id LIMIT $1",
    )
    .bind(limit)
    .fetch_all(conn)
    .await?)
}
