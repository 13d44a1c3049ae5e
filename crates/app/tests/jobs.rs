//! The job queue, without HTTP, on SQLite or (with `WSIS_TEST_DATABASE_URL`) on
//! PostgreSQL: claims by concurrent workers, retries with backoff, SMTP outages,
//! scheduled jobs, leases of dead workers, and mail queued in a transaction.

use std::path::PathBuf;
use std::sync::Arc;
use wsis_app::jobs::{self, LEASE_SECS, PURGE_JOB};
use wsis_app::mail::{self, MAIL_JOB, Mailer, OutgoingMail};
use wsis_app::{App, AppConfig};
use wsis_db::jobs::{self as q, NewJob};
use wsis_db::{Db, now, testing::fresh_db};

fn outbox_dir(name: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    std::env::temp_dir().join(format!("wsis-jobs-{name}-{}-{nanos}", std::process::id()))
}

fn app_with(db: &Db, mailer: Mailer) -> App {
    let search = Arc::new(wsis_search::SearchIndex::in_ram().expect("an index in memory"));
    App::new(
        db.clone(),
        mailer,
        AppConfig::new("http://localhost"),
        search,
    )
}

async fn app_with_outbox(name: &str) -> (Db, App, PathBuf) {
    let db = fresh_db().await;
    let dir = outbox_dir(name);
    let app = app_with(&db, Mailer::outbox(&dir).expect("an outbox"));
    (db, app, dir)
}

/// The subjects of the messages in the outbox, in sending order.
fn subjects(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the outbox")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| {
            let raw = std::fs::read_to_string(p).expect("a message");
            raw.lines()
                .find_map(|l| l.strip_prefix("Subject: "))
                .expect("a subject")
                .trim()
                .to_owned()
        })
        .collect()
}

fn letter(to: &str, subject: &str) -> OutgoingMail {
    OutgoingMail {
        to: to.to_owned(),
        subject: subject.to_owned(),
        body: format!("About {subject}."),
    }
}

async fn queue_mail(db: &Db, mail: &OutgoingMail) {
    let mut tx = db.begin().await.expect("begin");
    mail::queue(&mut tx, mail).await.expect("queued");
    tx.commit().await.expect("commit");
}

async fn counts(db: &Db) -> q::QueueCounts {
    let mut conn = db.conn().await.expect("a connection");
    q::counts(&mut conn).await.expect("counts")
}

async fn only_job(db: &Db, kind: &str) -> q::JobRecord {
    let mut conn = db.conn().await.expect("a connection");
    let mut all = q::list(&mut conn, kind).await.expect("jobs");
    assert_eq!(all.len(), 1, "one {kind} job: {all:?}");
    all.remove(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_workers_never_run_a_job_twice() {
    let (db, app, dir) = app_with_outbox("concurrent").await;
    const N: usize = 200;
    let mut tx = db.begin().await.expect("begin");
    for i in 0..N {
        mail::queue(
            &mut tx,
            &letter("someone@example.org", &format!("job {i:03}")),
        )
        .await
        .expect("queued");
    }
    tx.commit().await.expect("commit");

    let workers: Vec<_> = (0..4)
        .map(|_| {
            let app = app.clone();
            tokio::spawn(async move {
                let me = jobs::worker_name();
                let mut ran = 0;
                // Until the queue is empty for this worker twice in a row (another may
                // still be finishing a batch).
                let mut idle = 0;
                while idle < 2 {
                    let n = jobs::run_due(&app, &me).await.expect("a round");
                    ran += n;
                    idle = if n == 0 { idle + 1 } else { 0 };
                    tokio::task::yield_now().await;
                }
                ran
            })
        })
        .collect();
    let mut runs = 0;
    for w in workers {
        runs += w.await.expect("a worker");
    }

    assert_eq!(runs, N, "every job ran once, none twice");
    let mut sent = subjects(&dir);
    assert_eq!(sent.len(), N, "one message per job");
    sent.sort();
    sent.dedup();
    assert_eq!(sent.len(), N, "no message sent twice");
    let c = counts(&db).await;
    assert_eq!((c.pending, c.done, c.failed), (0, N as i64, 0));
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_claims_take_disjoint_jobs() {
    let db = fresh_db().await;
    let mut conn = db.conn().await.expect("a connection");
    for i in 0..40 {
        let payload = format!("{{\"n\":{i}}}");
        q::enqueue(&mut conn, &NewJob::now("test", &payload))
            .await
            .expect("enqueued");
    }
    drop(conn);
    let claims: Vec<_> = (0..4)
        .map(|w| {
            let db = db.clone();
            tokio::spawn(async move {
                let mut mine = Vec::new();
                loop {
                    let got = q::claim(&db, &format!("w{w}"), 3, LEASE_SECS)
                        .await
                        .expect("a claim");
                    if got.is_empty() {
                        return mine;
                    }
                    mine.extend(got.into_iter().map(|j| j.id));
                }
            })
        })
        .collect();
    let mut all = Vec::new();
    for c in claims {
        all.extend(c.await.expect("a claimer"));
    }
    let claimed = all.len();
    all.sort_unstable();
    all.dedup();
    assert_eq!(claimed, 40, "every job claimed");
    assert_eq!(all.len(), 40, "no job claimed by two workers");
}

#[tokio::test]
async fn a_failing_job_is_retried_with_backoff_then_kept_as_failed() {
    let (db, app, dir) = app_with_outbox("failing").await;
    // An address no mailer accepts: every attempt fails.
    let payload = serde_json::to_string(&letter("not an address", "never")).expect("json");
    let mut conn = db.conn().await.expect("a connection");
    let id = q::enqueue(
        &mut conn,
        &NewJob {
            max_attempts: 3,
            ..NewJob::now(MAIL_JOB, &payload)
        },
    )
    .await
    .expect("enqueued")
    .expect("an id");
    drop(conn);
    let w = "retrying";
    let t0 = now();

    // Attempt 1 fails: due again after 30 s.
    assert_eq!(jobs::run_due_at(&app, w, t0).await.expect("round"), 1);
    let j = get(&db, id).await;
    assert_eq!(j.attempts, 1);
    assert_eq!(j.run_at, t0 + 30);
    assert!(j.failed_at.is_none() && j.done_at.is_none() && j.locked_by.is_none());
    assert!(
        j.last_error
            .as_deref()
            .is_some_and(|e| e.contains("sending mail")),
        "{j:?}"
    );
    assert_eq!(jobs::run_due_at(&app, w, t0 + 29).await.expect("round"), 0);

    // Attempt 2 fails: due again after 60 s more.
    assert_eq!(jobs::run_due_at(&app, w, t0 + 30).await.expect("round"), 1);
    let j = get(&db, id).await;
    assert_eq!((j.attempts, j.run_at), (2, t0 + 30 + 60));
    assert_eq!(jobs::run_due_at(&app, w, t0 + 89).await.expect("round"), 0);

    // Attempt 3 is the last: kept as failed, never run again, never purged.
    assert_eq!(jobs::run_due_at(&app, w, t0 + 90).await.expect("round"), 1);
    let j = get(&db, id).await;
    assert_eq!(j.attempts, 3);
    assert!(j.failed_at.is_some(), "{j:?}");
    assert!(j.last_error.is_some());
    assert_eq!(
        jobs::run_due_at(&app, w, t0 + 100_000)
            .await
            .expect("round"),
        0
    );
    let c = counts(&db).await;
    assert_eq!((c.pending, c.done, c.failed), (0, 0, 1));
    let mut conn = db.conn().await.expect("a connection");
    q::purge_done(&mut conn, t0 + 100_000).await.expect("purge");
    assert!(q::get(&mut conn, id).await.expect("read").is_some());
    assert!(subjects(&dir).is_empty());
    std::fs::remove_dir_all(&dir).ok();
}

async fn get(db: &Db, id: i64) -> q::JobRecord {
    let mut conn = db.conn().await.expect("a connection");
    q::get(&mut conn, id).await.expect("read").expect("the job")
}

#[tokio::test]
async fn an_smtp_outage_delays_mail_without_losing_it() {
    let db = fresh_db().await;
    // Nothing listens on port 1: every send fails at once.
    let down = app_with(
        &db,
        Mailer::smtp("smtp://127.0.0.1:1").expect("an SMTP URL"),
    );
    queue_mail(&db, &letter("someone@example.org", "Please verify")).await;
    let t0 = now();
    assert_eq!(jobs::run_due_at(&down, "down", t0).await.expect("round"), 1);
    let j = only_job(&db, MAIL_JOB).await;
    assert_eq!(j.attempts, 1);
    assert!(j.done_at.is_none() && j.failed_at.is_none(), "{j:?}");
    assert!(j.run_at > t0, "retried later: {j:?}");
    assert_eq!(counts(&db).await.pending, 1);

    // The relay is back (another node's working mailer): the retry sends it.
    let dir = outbox_dir("outage");
    let up = app_with(&db, Mailer::outbox(&dir).expect("an outbox"));
    assert_eq!(
        jobs::run_due_at(&up, "up", j.run_at).await.expect("round"),
        1
    );
    assert_eq!(subjects(&dir), ["Please verify"]);
    let j = only_job(&db, MAIL_JOB).await;
    assert_eq!(j.attempts, 2);
    assert!(j.done_at.is_some(), "{j:?}");
    assert_eq!(jobs::drain(&up).await.expect("drain"), 0, "sent once");
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn a_scheduled_job_enqueued_by_two_workers_runs_once() {
    let (db, a, dir) = app_with_outbox("scheduled").await;
    let b = app_with(&db, Mailer::outbox(&dir).expect("an outbox"));
    let t = now();
    let day_start = t - t.rem_euclid(86_400);
    let (x, y) = tokio::join!(jobs::schedule_at(&a, t), jobs::schedule_at(&b, day_start));
    assert_eq!(
        x.expect("scheduled") + y.expect("scheduled"),
        1,
        "one enqueue per slot"
    );
    // Later in the same day: still the one job.
    let later = day_start + 86_399;
    assert_eq!(jobs::schedule_at(&a, later).await.expect("scheduled"), 0);
    let j = only_job(&db, PURGE_JOB).await;
    assert_eq!(
        j.unique_key.as_deref(),
        Some(format!("{PURGE_JOB}:{}", t.div_euclid(86_400)).as_str())
    );

    let (r1, r2) = tokio::join!(jobs::drain(&a), jobs::drain(&b));
    assert_eq!(r1.expect("drain") + r2.expect("drain"), 1, "ran once");
    assert!(only_job(&db, PURGE_JOB).await.done_at.is_some());
    // The next day's slot is a new job.
    assert_eq!(
        jobs::schedule_at(&a, later + 1).await.expect("scheduled"),
        1
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn a_job_whose_worker_died_is_taken_again_when_its_lease_runs_out() {
    let (db, app, dir) = app_with_outbox("lease").await;
    let t0 = now() - LEASE_SECS - 5;
    let payload = serde_json::to_string(&letter("someone@example.org", "Orphaned")).expect("json");
    let mut conn = db.conn().await.expect("a connection");
    q::enqueue(
        &mut conn,
        &NewJob {
            run_at: t0,
            ..NewJob::now(MAIL_JOB, &payload)
        },
    )
    .await
    .expect("enqueued");
    drop(conn);
    // A worker claims the job, then dies without finishing it.
    let held = q::claim_at(&db, "dead", 10, LEASE_SECS, t0)
        .await
        .expect("a claim");
    assert_eq!(held.len(), 1);
    assert_eq!(held[0].attempts, 0);
    // While the lease lasts no one else takes it.
    assert!(
        q::claim_at(&db, "other", 10, LEASE_SECS, t0 + LEASE_SECS - 1)
            .await
            .expect("a claim")
            .is_empty()
    );
    // Now (the lease ran out) a live worker sends it.
    assert_eq!(jobs::drain(&app).await.expect("drain"), 1);
    assert_eq!(subjects(&dir), ["Orphaned"]);
    let j = only_job(&db, MAIL_JOB).await;
    assert!(j.done_at.is_some(), "{j:?}");
    assert_eq!(j.attempts, 2, "the dead worker's attempt counts");
    // The dead worker, had it come back, may not record an outcome.
    let mut conn = db.conn().await.expect("a connection");
    assert!(
        !q::complete(&mut conn, j.id, "dead")
            .await
            .expect("complete")
    );
    assert!(
        !q::fail(&mut conn, j.id, "dead", "late", now())
            .await
            .expect("fail")
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn a_job_that_kills_its_worker_on_every_attempt_ends_as_failed() {
    let db = fresh_db().await;
    let mut conn = db.conn().await.expect("a connection");
    let id = q::enqueue(
        &mut conn,
        &NewJob {
            max_attempts: 2,
            ..NewJob::now("test", "{}")
        },
    )
    .await
    .expect("enqueued")
    .expect("an id");
    drop(conn);
    let t0 = now();
    let lease = 10;
    assert_eq!(
        q::claim_at(&db, "a", 5, lease, t0)
            .await
            .expect("claim")
            .len(),
        1
    );
    assert_eq!(
        q::claim_at(&db, "b", 5, lease, t0 + lease)
            .await
            .expect("claim")
            .len(),
        1
    );
    // Both attempts died: kept as failed, not taken a third time.
    assert!(
        q::claim_at(&db, "c", 5, lease, t0 + 2 * lease)
            .await
            .expect("claim")
            .is_empty()
    );
    let j = get(&db, id).await;
    assert!(j.failed_at.is_some(), "{j:?}");
    assert_eq!(j.last_error.as_deref(), Some(q::LEASE_RAN_OUT));
    assert_eq!(j.attempts, 2);
}

#[tokio::test]
async fn mail_queued_in_a_transaction_that_rolls_back_is_never_sent() {
    let (db, app, dir) = app_with_outbox("rollback").await;
    let mut tx = db.begin().await.expect("begin");
    mail::queue(&mut tx, &letter("someone@example.org", "Rolled back"))
        .await
        .expect("queued");
    tx.rollback().await.expect("rollback");
    queue_mail(&db, &letter("someone@example.org", "Committed")).await;
    assert_eq!(jobs::drain(&app).await.expect("drain"), 1);
    assert_eq!(subjects(&dir), ["Committed"]);
    let c = counts(&db).await;
    assert_eq!((c.pending, c.done, c.failed), (0, 1, 0));
    std::fs::remove_dir_all(&dir).ok();
}
