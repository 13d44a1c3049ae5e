-- Session outcomes (issue 12): what each session's organisers report after it,
-- reviewed by the secretariat; every save is a revision.

-- The organisers' deadline per edition (the venue's local date, inclusive).
CREATE TABLE forum_outcome_deadlines (
    edition_id BIGINT PRIMARY KEY REFERENCES forum_editions (id) ON DELETE CASCADE,
    due_on TEXT NOT NULL
);

CREATE TABLE forum_outcomes (
    session_id BIGINT PRIMARY KEY REFERENCES forum_sessions (id) ON DELETE CASCADE,
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id),
    -- draft, submitted, returned, approved
    status TEXT NOT NULL,
    -- the content (JSON, wsis_domain::forum::outcomes::OutcomeData)
    data TEXT NOT NULL,
    -- the secretariat's comment when it returned the outcome
    review_comment TEXT,
    -- bumped by every change; an edit carries the version it started from
    version BIGINT NOT NULL,
    submitted_at BIGINT,
    approved_at BIGINT,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL REFERENCES users (id)
);
CREATE INDEX forum_outcomes_edition ON forum_outcomes (edition_id, status);

-- Every version of every outcome: its content, status and who made it.
CREATE TABLE forum_outcome_revisions (
    session_id BIGINT NOT NULL REFERENCES forum_sessions (id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    status TEXT NOT NULL,
    data TEXT NOT NULL,
    comment TEXT,
    author_id BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (session_id, version)
);
