//! The job queue: background work kept in the database (see migration 0008).
//!
//! [`enqueue`] takes the caller's connection, so a job is written in the same
//! transaction as the change it follows from (an e-mail about a submitted entry
//! exists exactly when the submission committed). [`claim`] leases due jobs to one
//! worker at a time on both engines: PostgreSQL skips rows other workers hold
//! (`FOR UPDATE SKIP LOCKED`), SQLite serialises writers with its write lock.

use crate::{Backend, Db, Result, now};
use sqlx::{AnyConnection, Row};

/// A job to run, as a worker claims it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    /// Attempts before this one.
    pub attempts: i64,
    pub max_attempts: i64,
}

/// A job to write.
#[derive(Debug, Clone)]
pub struct NewJob<'a> {
    pub kind: &'a str,
    pub payload: &'a str,
    /// Not before this time (Unix seconds).
    pub run_at: i64,
    pub max_attempts: i64,
    /// At most one job with this key is ever enqueued (see [`enqueue`]).
    pub unique_key: Option<&'a str>,
}

impl<'a> NewJob<'a> {
    /// A job due now, tried up to 10 times.
    pub fn now(kind: &'a str, payload: &'a str) -> Self {
        NewJob {
            kind,
            payload,
            run_at: now(),
            max_attempts: 10,
            unique_key: None,
        }
    }
}

/// Writes a job on the caller's connection (its transaction). Returns the job's
/// id, or `None` when `unique_key` is set and a job with that key exists already
/// (another node enqueued the same scheduled job).
pub async fn enqueue(conn: &mut AnyConnection, job: &NewJob<'_>) -> Result<Option<i64>> {
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO jobs (kind, payload, unique_key, run_at, max_attempts, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (unique_key) DO NOTHING
         RETURNING id",
    )
    .bind(job.kind)
    .bind(job.payload)
    .bind(job.unique_key)
    .bind(job.run_at)
    .bind(job.max_attempts)
    .bind(now())
    .fetch_optional(conn)
    .await?;
    Ok(id)
}

/// Leases up to `limit` due jobs to `worker` for `lease_secs`, oldest first. A job whose
/// lease ran out (its worker died) is due again.
///
/// An attempt counts when it is claimed, so that a job that kills its worker is not
/// retried forever: a job whose lease ran out on its last attempt is kept as failed.
pub async fn claim(db: &Db, worker: &str, limit: i64, lease_secs: i64) -> Result<Vec<Job>> {
    claim_at(db, worker, limit, lease_secs, now()).await
}

/// What a job whose worker died on its last attempt is kept with.
pub const LEASE_RAN_OUT: &str = "the worker stopped before the job finished (its lease ran out)";

/// [`claim`] at the time `t`.
pub async fn claim_at(
    db: &Db,
    worker: &str,
    limit: i64,
    lease_secs: i64,
    t: i64,
) -> Result<Vec<Job>> {
    claim_kinds_at(db, worker, limit, lease_secs, t, Kinds::All).await
}

/// Which kinds of job a worker takes: machine captioning's jobs (their kinds start with
/// `captions-`) need a speech model and run long, so they have workers of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kinds {
    All,
    Captions,
    NotCaptions,
}

impl Kinds {
    fn condition(self) -> &'static str {
        match self {
            Kinds::All => "",
            Kinds::Captions => "AND kind LIKE 'captions-%'",
            Kinds::NotCaptions => "AND kind NOT LIKE 'captions-%'",
        }
    }
}

/// [`claim_at`] of the jobs of some kinds only.
pub async fn claim_kinds_at(
    db: &Db,
    worker: &str,
    limit: i64,
    lease_secs: i64,
    t: i64,
    kinds: Kinds,
) -> Result<Vec<Job>> {
    let only = kinds.condition();
    let lock = match db.backend() {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        // The transaction below holds SQLite's write lock from its first statement.
        Backend::Sqlite => "",
    };
    let abandoned = format!(
        "UPDATE jobs SET failed_at = $1, last_error = $2, locked_by = NULL, locked_until = NULL
         WHERE id IN (
             SELECT id FROM jobs
             WHERE done_at IS NULL AND failed_at IS NULL
               AND locked_until IS NOT NULL AND locked_until <= $1
               AND attempts >= max_attempts
             {lock})"
    );
    let sql = format!(
        "UPDATE jobs SET locked_by = $1, locked_until = $2, attempts = attempts + 1
         WHERE id IN (
             SELECT id FROM jobs
             WHERE done_at IS NULL AND failed_at IS NULL AND run_at <= $3
               AND (locked_until IS NULL OR locked_until <= $3)
               AND attempts < max_attempts {only}
             ORDER BY run_at, id
             LIMIT $4 {lock})
         RETURNING id, kind, payload, attempts, max_attempts"
    );
    let mut tx = db.begin().await?;
    sqlx::query(sqlx::AssertSqlSafe(abandoned))
        .bind(t)
        .bind(LEASE_RAN_OUT)
        .execute(&mut *tx)
        .await?;
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(worker)
        .bind(t + lease_secs)
        .bind(t)
        .bind(limit)
        .fetch_all(&mut *tx)
        .await?;
    tx.commit().await?;
    let mut jobs: Vec<Job> = rows
        .iter()
        .map(|r| Job {
            id: r.get("id"),
            kind: r.get("kind"),
            payload: r.get("payload"),
            // The claim counted this attempt.
            attempts: r.get::<i64, _>("attempts") - 1,
            max_attempts: r.get("max_attempts"),
        })
        .collect();
    jobs.sort_by_key(|j| j.id);
    Ok(jobs)
}

/// Extends the lease of a job `worker` holds to `until` (long work keeps its job this
/// way, and another worker takes it soon after it stops). `false` when the worker no
/// longer holds it.
pub async fn extend(conn: &mut AnyConnection, id: i64, worker: &str, until: i64) -> Result<bool> {
    let n = sqlx::query(
        "UPDATE jobs SET locked_until = $1
         WHERE id = $2 AND locked_by = $3 AND done_at IS NULL AND failed_at IS NULL",
    )
    .bind(until)
    .bind(id)
    .bind(worker)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// Marks a claimed job done. Only the worker holding the lease may (a worker whose lease
/// ran out and whose job another took finds `false`).
pub async fn complete(conn: &mut AnyConnection, id: i64, worker: &str) -> Result<bool> {
    let n = sqlx::query(
        "UPDATE jobs SET done_at = $1, locked_by = NULL, locked_until = NULL, last_error = NULL
         WHERE id = $2 AND locked_by = $3 AND done_at IS NULL AND failed_at IS NULL",
    )
    .bind(now())
    .bind(id)
    .bind(worker)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// Records a failed attempt: the job runs again at `retry_at`, or, when it has had
/// `max_attempts`, is kept as failed with its last error. Returns `false` when
/// `worker` no longer holds the job (its lease ran out).
pub async fn fail(
    conn: &mut AnyConnection,
    id: i64,
    worker: &str,
    error: &str,
    retry_at: i64,
) -> Result<bool> {
    let n = sqlx::query(
        "UPDATE jobs SET last_error = $1, locked_by = NULL, locked_until = NULL, run_at = $2,
                failed_at = CASE WHEN attempts >= max_attempts THEN $3 ELSE NULL END
         WHERE id = $4 AND locked_by = $5 AND done_at IS NULL AND failed_at IS NULL",
    )
    .bind(error)
    .bind(retry_at)
    .bind(now())
    .bind(id)
    .bind(worker)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// A job as stored, for the operators' tools and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobRecord {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub unique_key: Option<String>,
    pub run_at: i64,
    /// Attempts claimed so far (the one running included).
    pub attempts: i64,
    pub max_attempts: i64,
    pub locked_by: Option<String>,
    pub locked_until: Option<i64>,
    pub last_error: Option<String>,
    pub done_at: Option<i64>,
    pub failed_at: Option<i64>,
}

const RECORD_COLUMNS: &str = "id, kind, payload, unique_key, run_at, attempts, max_attempts, \
     locked_by, locked_until, last_error, done_at, failed_at";

fn record(r: &sqlx::any::AnyRow) -> JobRecord {
    JobRecord {
        id: r.get("id"),
        kind: r.get("kind"),
        payload: r.get("payload"),
        unique_key: r.get("unique_key"),
        run_at: r.get("run_at"),
        attempts: r.get("attempts"),
        max_attempts: r.get("max_attempts"),
        locked_by: r.get("locked_by"),
        locked_until: r.get("locked_until"),
        last_error: r.get("last_error"),
        done_at: r.get("done_at"),
        failed_at: r.get("failed_at"),
    }
}

/// One job by id.
pub async fn get(conn: &mut AnyConnection, id: i64) -> Result<Option<JobRecord>> {
    let sql = format!("SELECT {RECORD_COLUMNS} FROM jobs WHERE id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(conn)
        .await?;
    Ok(row.as_ref().map(record))
}

/// When the unfinished job with `unique_key` was enqueued, if no worker has ever taken
/// it (no attempt yet): work that waits for a worker able to do it.
pub async fn untaken_since(conn: &mut AnyConnection, unique_key: &str) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT created_at FROM jobs WHERE unique_key = $1 AND attempts = 0
            AND done_at IS NULL AND failed_at IS NULL",
    )
    .bind(unique_key)
    .fetch_optional(conn)
    .await?)
}

/// Every job of `kind`, oldest first.
pub async fn list(conn: &mut AnyConnection, kind: &str) -> Result<Vec<JobRecord>> {
    let sql = format!("SELECT {RECORD_COLUMNS} FROM jobs WHERE kind = $1 ORDER BY id");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(kind)
        .fetch_all(conn)
        .await?;
    Ok(rows.iter().map(record).collect())
}

/// What the queue holds, for the health page and tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueCounts {
    /// Not done, not failed (due or waiting for a retry).
    pub pending: i64,
    pub done: i64,
    pub failed: i64,
}

pub async fn counts(conn: &mut AnyConnection) -> Result<QueueCounts> {
    let row = sqlx::query(
        "SELECT
            COALESCE(SUM(CASE WHEN done_at IS NULL AND failed_at IS NULL THEN 1 ELSE 0 END), 0) AS pending,
            COALESCE(SUM(CASE WHEN done_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS done,
            COALESCE(SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS failed
         FROM jobs",
    )
    .fetch_one(conn)
    .await?;
    Ok(QueueCounts {
        pending: row.get("pending"),
        done: row.get("done"),
        failed: row.get("failed"),
    })
}

/// The earliest time a pending job is due, if any (a worker sleeps until then).
pub async fn next_due(conn: &mut AnyConnection) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT MIN(CASE WHEN locked_until IS NOT NULL AND locked_until > run_at
                         THEN locked_until ELSE run_at END)
         FROM jobs WHERE done_at IS NULL AND failed_at IS NULL",
    )
    .fetch_one(conn)
    .await?)
}

/// Deletes jobs done before `before` (the queue is not an archive).
pub async fn purge_done(conn: &mut AnyConnection, before: i64) -> Result<u64> {
    Ok(
        sqlx::query("DELETE FROM jobs WHERE done_at IS NOT NULL AND done_at < $1")
            .bind(before)
            .execute(conn)
            .await?
            .rows_affected(),
    )
}
