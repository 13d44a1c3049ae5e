-- Background work in the database: e-mail, reminders, document builds, captions.
-- A job is claimed by one worker at a time (PostgreSQL: FOR UPDATE SKIP LOCKED;
-- SQLite: the write lock) and leased until `locked_until`; a worker that dies
-- leaves a lease that runs out, and another worker takes the job again. A failed
-- attempt is retried later (`run_at` moves on by a growing backoff) until
-- `max_attempts`; then the job is kept with `failed_at` set, never dropped.
-- `unique_key`, when set, makes an enqueue idempotent: a scheduled job enqueued
-- by every node of a cluster for the same slot ("reminders:2027-04-01T09") runs once.
CREATE TABLE jobs (
    id {{id}},
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    unique_key TEXT UNIQUE,
    run_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    max_attempts BIGINT NOT NULL,
    locked_by TEXT,
    locked_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    done_at BIGINT,
    failed_at BIGINT
);
CREATE INDEX jobs_due ON jobs (run_at) WHERE done_at IS NULL AND failed_at IS NULL;
