-- A session ends when it has not been used for the idle timeout, as well as at its
-- absolute expiry. `last_seen_at` is refreshed at most every few minutes.
ALTER TABLE sessions ADD COLUMN last_seen_at BIGINT NOT NULL DEFAULT 0;
UPDATE sessions SET last_seen_at = created_at;
CREATE INDEX sessions_last_seen ON sessions (last_seen_at);
