//! The job queue's workers. Services queue jobs in their own transactions
//! (`wsis_db::jobs::enqueue`, or [`crate::mail::queue`] for e-mail); a worker claims
//! due jobs, runs each, and records the outcome: done, or failed and retried later
//! with a growing backoff, kept as failed after its last attempt. A worker runs
//! inside `wsis serve` by default and in `wsis worker` processes at scale; any
//! number of them share one database (PostgreSQL leases with `FOR UPDATE SKIP
//! LOCKED`, SQLite with its write lock), and a job whose worker died is taken
//! again when its lease runs out.
//!
//! Scheduled work (the daily purge, the outcome reminders) is enqueued by
//! every worker for the current slot under a unique key, so it runs once across a
//! cluster however many workers there are.

use crate::mail::{MAIL_JOB, OutgoingMail};
use crate::{App, ServiceError, ServiceResult};
use std::time::Duration;
use wsis_db::jobs::{self as q, Job, Kinds, NewJob};
use wsis_db::now;

/// How long a claimed job is leased to its worker before another may take it.
pub const LEASE_SECS: i64 = 300;
/// Jobs claimed per round.
const BATCH: i64 = 16;
/// The longest a worker sleeps before it looks at the queue again (jobs queued by
/// other nodes, retries that fall due, the scheduler's slots).
const POLL: Duration = Duration::from_secs(1);
/// Done jobs are kept this long, then purged by the daily purge.
const KEEP_DONE_SECS: i64 = 7 * 86_400;
/// The daily purge's job kind.
pub const PURGE_JOB: &str = "purge-jobs";

/// The delay before attempt `attempts + 1` of a failed job: 30 s doubling, at most
/// an hour.
pub fn backoff_secs(attempts: i64) -> i64 {
    let shift = attempts.clamp(0, 7) as u32;
    (30_i64 << shift).min(3_600)
}

/// A name for this process's worker (host, process id, a counter), kept on the
/// jobs it holds.
pub fn worker_name() -> String {
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "node".to_owned());
    format!(
        "{host}:{}:{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    )
}

/// Runs one job. An error is retried (see [`backoff_secs`]).
async fn run(app: &App, job: &Job) -> ServiceResult<()> {
    match job.kind.as_str() {
        MAIL_JOB => {
            let mail: OutgoingMail = serde_json::from_str(&job.payload)
                .map_err(|e| ServiceError::caused("mail payload", e))?;
            app.mailer()
                .send(&app.config().mail_from, &mail.to, &mail.subject, mail.body)
                .await
                .map_err(|e| ServiceError::caused("sending mail", e))
        }
        PURGE_JOB => {
            let mut conn = app.db().conn().await?;
            let n = q::purge_done(&mut conn, now() - KEEP_DONE_SECS).await?;
            let idle = app.config().session_idle_secs;
            let sessions = wsis_db::sessions::purge_expired(&mut conn, idle).await?;
            let counts = wsis_db::rate_limit::purge_before(&mut conn, now() - 86_400).await?;
            tracing::info!(
                jobs = n,
                sessions,
                rate_limit_windows = counts,
                "daily purge"
            );
            Ok(())
        }
        crate::forum::outcomes::REMINDER_JOB => {
            let edition: i64 = serde_json::from_str::<serde_json::Value>(&job.payload)
                .ok()
                .and_then(|v| v.get("edition").and_then(serde_json::Value::as_i64))
                .ok_or_else(|| ServiceError::internal("reminder payload"))?;
            crate::forum::outcomes::run_reminders(app, edition)
                .await
                .map(|_| ())
        }
        crate::forum::messages::SPEAKER_REMINDER_JOB => {
            let edition: i64 = serde_json::from_str::<serde_json::Value>(&job.payload)
                .ok()
                .and_then(|v| v.get("edition").and_then(serde_json::Value::as_i64))
                .ok_or_else(|| ServiceError::internal("speaker reminder payload"))?;
            // The day's reminders: speakers who have not answered, then accounts that
            // started registering and did not finish.
            crate::forum::messages::remind_speakers(app, edition).await?;
            crate::forum::messages::remind_registrations(app, edition)
                .await
                .map(|_| ())
        }
        crate::prizes::fraud::SCAN_JOB => {
            let year = serde_json::from_str::<serde_json::Value>(&job.payload)
                .ok()
                .and_then(|v| v.get("year").and_then(serde_json::Value::as_i64))
                .ok_or_else(|| ServiceError::internal("scan payload"))?;
            crate::prizes::fraud::scan(app, year).await.map(|_| ())
        }
        crate::prizes::tally::SEAL_JOB => {
            let year = serde_json::from_str::<serde_json::Value>(&job.payload)
                .ok()
                .and_then(|v| v.get("year").and_then(serde_json::Value::as_i64))
                .ok_or_else(|| ServiceError::internal("seal payload"))?;
            crate::prizes::tally::ensure_sealed(app, year)
                .await
                .map(|_| ())
        }
        crate::prizes::votes::CONFIRM_JOB => {
            crate::prizes::votes::confirm_window(app, &job.payload).await
        }
        other => Err(ServiceError::internal(format!("unknown job kind {other}"))),
    }
}

/// Claims one batch of due jobs as `worker` and runs them. Returns how many ran
/// (whatever their outcome).
pub async fn run_due(app: &App, worker: &str) -> ServiceResult<usize> {
    run_due_at(app, worker, now()).await
}

/// [`run_due`] as if the time were `t` (Unix seconds): the jobs due at `t` run, and a
/// failed one is retried at `t` plus its backoff.
pub async fn run_due_at(app: &App, worker: &str, t: i64) -> ServiceResult<usize> {
    let jobs =
        q::claim_kinds_at(app.db(), worker, BATCH, LEASE_SECS, t, Kinds::NotCaptions).await?;
    for job in &jobs {
        let outcome = run(app, job).await;
        record(app, job, worker, outcome, t).await?;
    }
    Ok(jobs.len())
}

/// Records how a job went: done, or failed and retried from `t` with its backoff.
async fn record(
    app: &App,
    job: &Job,
    worker: &str,
    outcome: ServiceResult<()>,
    t: i64,
) -> ServiceResult<()> {
    let mut conn = app.db().conn().await?;
    let held = match outcome {
        Ok(()) => q::complete(&mut conn, job.id, worker).await?,
        Err(e) => {
            let last = job.attempts + 1 >= job.max_attempts;
            tracing::warn!(
                job = job.id,
                kind = job.kind,
                attempt = job.attempts + 1,
                last,
                error = e.chain(),
                "a job failed"
            );
            // Live captions are taken up again at once: viewers wait for them.
            let retry_at = if job.kind == crate::forum::captions::LIVE_JOB {
                t + 2
            } else {
                t + backoff_secs(job.attempts)
            };
            let held = q::fail(&mut conn, job.id, worker, &e.chain(), retry_at).await?;
            if last && job.kind.starts_with("captions-") {
                drop(conn);
                crate::forum::captions::job_gave_up(app, &job.payload).await?;
                return Ok(());
            }
            held
        }
    };
    if !held {
        tracing::warn!(job = job.id, "a job finished after its lease ran out");
    }
    Ok(())
}

/// Runs the captioning jobs due now, one after the other, until none is due (tests, and
/// the CLI). A live one runs until its captioner stops it.
pub async fn drain_captions(app: &App) -> ServiceResult<usize> {
    let worker = worker_name();
    let mut total = 0;
    loop {
        let jobs =
            q::claim_kinds_at(app.db(), &worker, 1, LEASE_SECS, now(), Kinds::Captions).await?;
        let Some(job) = jobs.first() else {
            return Ok(total);
        };
        let outcome = crate::forum::captions::run_job(app, job, &worker).await;
        record(app, job, &worker, outcome, now()).await?;
        total += 1;
    }
}

/// The captioning worker of a node with speech models: takes captioning jobs (recordings
/// to transcribe, live sessions) up to [`crate::AppConfig::caption_streams`] at once, each
/// on a task of its own, until `shutdown` resolves. A node without models takes none.
pub async fn run_caption_worker(app: App, shutdown: impl std::future::Future<Output = ()>) {
    if app.config().speech.is_none() {
        return;
    }
    let worker = worker_name();
    let slots = app.config().caption_streams.max(1);
    tracing::info!(worker, slots, "captioning worker started");
    tokio::pin!(shutdown);
    let mut running = tokio::task::JoinSet::new();
    loop {
        while running.try_join_next().is_some() {}
        // One job per claim, each under a name of its own: a job this node takes again
        // (its lease ran out while a task still held it) is told apart from the old claim,
        // whose task then stops.
        for _ in 0..slots.saturating_sub(running.len()) {
            let claim = worker_name();
            match q::claim_kinds_at(app.db(), &claim, 1, LEASE_SECS, now(), Kinds::Captions).await {
                Ok(jobs) => {
                    let Some(job) = jobs.into_iter().next() else {
                        break;
                    };
                    let app = app.clone();
                    running.spawn(async move {
                        let outcome = crate::forum::captions::run_job(&app, &job, &claim).await;
                        if let Err(e) = record(&app, &job, &claim, outcome, now()).await {
                            tracing::warn!(error = e.chain(), "a caption job's end");
                        }
                    });
                }
                Err(e) => {
                    tracing::warn!(error = %e, "the job queue could not be read");
                    break;
                }
            }
        }
        tokio::select! {
            () = &mut shutdown => break,
            () = tokio::time::sleep(Duration::from_millis(500)) => {}
        }
    }
    // Jobs still running keep their leases until they run out; another node takes them.
    running.abort_all();
    tracing::info!(worker, "captioning worker stopped");
}

/// Runs due jobs until none is due now (tests, and the CLI before it exits).
pub async fn drain(app: &App) -> ServiceResult<usize> {
    let worker = worker_name();
    let mut total = 0;
    loop {
        let n = run_due(app, &worker).await?;
        if n == 0 {
            return Ok(total);
        }
        total += n;
    }
}

/// Enqueues the scheduled jobs of the current slots, once across a cluster.
pub async fn schedule(app: &App) -> ServiceResult<()> {
    schedule_at(app, now()).await.map(|_| ())
}

/// [`schedule`] for the slots of the time `t`. Returns how many jobs this call
/// enqueued (none when another worker enqueued this slot's jobs already).
pub async fn schedule_at(app: &App, t: i64) -> ServiceResult<usize> {
    let day = t.div_euclid(86_400);
    let key = format!("{PURGE_JOB}:{day}");
    let mut conn = app.db().conn().await?;
    let id = q::enqueue(
        &mut conn,
        &NewJob {
            kind: PURGE_JOB,
            payload: "{}",
            run_at: t,
            max_attempts: 3,
            unique_key: Some(&key),
        },
    )
    .await?;
    let mut queued = usize::from(id.is_some());
    // The outcome deadlines a week and a day away: their organisers are reminded
    // once (the key names the edition, the deadline and how far it is).
    for days in wsis_domain::forum::outcomes::REMINDER_DAYS {
        let Some(due) = jiff::Timestamp::from_second(t + days * 86_400)
            .ok()
            .map(|ts| {
                ts.to_zoned_datetime(jiff::tz::TimeZone::UTC)
                    .date()
                    .to_string()
            })
        else {
            continue;
        };
        for edition in wsis_db::forum::editions_due_on(&mut conn, &due).await? {
            let key = format!(
                "{}:{edition}:{due}:{days}",
                crate::forum::outcomes::REMINDER_JOB
            );
            let payload = serde_json::json!({ "edition": edition }).to_string();
            let id = q::enqueue(
                &mut conn,
                &NewJob {
                    kind: crate::forum::outcomes::REMINDER_JOB,
                    payload: &payload,
                    run_at: t,
                    max_attempts: 5,
                    unique_key: Some(&key),
                },
            )
            .await?;
            queued += usize::from(id.is_some());
        }
    }
    // Once a day, the speakers of editions still to come who have not answered their
    // invitation for a week are reminded, and so are the accounts that started
    // registering and did not finish (once across a cluster: the key names the
    // edition and the day).
    let today = jiff::Timestamp::from_second(t)
        .map(|ts| {
            ts.to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .date()
                .to_string()
        })
        .unwrap_or_default();
    for edition in wsis_db::forum::editions_not_ended(&mut conn, &today).await? {
        let key = format!(
            "{}:{edition}:{day}",
            crate::forum::messages::SPEAKER_REMINDER_JOB
        );
        let payload = serde_json::json!({ "edition": edition }).to_string();
        let id = q::enqueue(
            &mut conn,
            &NewJob {
                kind: crate::forum::messages::SPEAKER_REMINDER_JOB,
                payload: &payload,
                run_at: t,
                max_attempts: 5,
                unique_key: Some(&key),
            },
        )
        .await?;
        queued += usize::from(id.is_some());
    }
    // While a prize vote runs, its votes are searched for suspicious patterns every ten
    // minutes (once across a cluster: the key names the edition and the slot).
    let slot = t.div_euclid(crate::prizes::fraud::SCAN_EVERY_SECS);
    for e in wsis_db::prizes::editions(&mut conn).await? {
        if e.schedule().phase_at(t) != wsis_domain::prizes::Phase::Voting {
            continue;
        }
        let key = format!("{}:{}:{slot}", crate::prizes::fraud::SCAN_JOB, e.year);
        let payload = serde_json::json!({ "year": e.year }).to_string();
        let id = q::enqueue(
            &mut conn,
            &NewJob {
                kind: crate::prizes::fraud::SCAN_JOB,
                payload: &payload,
                run_at: t,
                max_attempts: 3,
                unique_key: Some(&key),
            },
        )
        .await?;
        queued += usize::from(id.is_some());
    }
    queued += crate::prizes::votes::schedule_confirmations(&mut conn, t).await?;
    // Transcripts whose job failed for good fail too (and their sessions are free again).
    drop(conn);
    crate::forum::captions::sweep(app).await?;
    let mut conn = app.db().conn().await?;
    // A prize vote that has closed is sealed within a minute, visited or not.
    for e in wsis_db::prizes::editions(&mut conn).await? {
        if e.sealed_at.is_none()
            && e.schedule().phase_at(t) >= wsis_domain::prizes::Phase::Selection
        {
            let key = format!("{}:{}", crate::prizes::tally::SEAL_JOB, e.year);
            let payload = serde_json::json!({ "year": e.year }).to_string();
            let id = q::enqueue(
                &mut conn,
                &NewJob {
                    kind: crate::prizes::tally::SEAL_JOB,
                    payload: &payload,
                    run_at: t,
                    max_attempts: 10,
                    unique_key: Some(&key),
                },
            )
            .await?;
            queued += usize::from(id.is_some());
        }
    }
    Ok(queued)
}

/// A worker: runs jobs as they fall due until `shutdown` resolves. Wakes at once
/// when a service on this node queued work, otherwise looks every second.
pub async fn run_worker(app: App, shutdown: impl std::future::Future<Output = ()>) {
    let worker = worker_name();
    tracing::info!(worker, "job worker started");
    tokio::pin!(shutdown);
    let mut scheduled_minute = i64::MIN;
    loop {
        // Scheduled jobs are enqueued every minute (each once across a cluster, by its
        // key): the daily purge, outcome reminders, and while a prize vote runs its
        // fraud scans and the confirmations of each window of votes.
        let minute = now().div_euclid(60);
        if minute != scheduled_minute {
            match schedule(&app).await {
                Ok(()) => scheduled_minute = minute,
                Err(e) => tracing::warn!(error = e.chain(), "could not schedule jobs"),
            }
        }
        let ran = match run_due(&app, &worker).await {
            Ok(n) => n,
            Err(e) => {
                tracing::warn!(error = e.chain(), "the job queue could not be read");
                0
            }
        };
        if ran > 0 {
            continue;
        }
        tokio::select! {
            () = &mut shutdown => break,
            () = app.woken() => {}
            () = tokio::time::sleep(POLL) => {}
        }
    }
    tracing::info!(worker, "job worker stopped");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_thirty_seconds_up_to_an_hour() {
        assert_eq!(backoff_secs(0), 30);
        assert_eq!(backoff_secs(1), 60);
        assert_eq!(backoff_secs(4), 480);
        assert_eq!(backoff_secs(7), 3_600);
        assert_eq!(backoff_secs(100), 3_600);
    }
}
