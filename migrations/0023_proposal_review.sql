-- The review of session proposals (issue 11, item 2): each reviewer's scores of a
-- proposal against the call's criteria (1 to 5 each) with a comment, one row per
-- reviewer and proposal (saving again replaces it), and what happened to each
-- proposal (proposed, edited, decided, merged), for its history.
CREATE TABLE forum_proposal_scores (
    session_id BIGINT NOT NULL REFERENCES forum_sessions (id) ON DELETE CASCADE,
    reviewer_id BIGINT NOT NULL REFERENCES users (id),
    relevance BIGINT NOT NULL,
    quality BIGINT NOT NULL,
    diversity BIGINT NOT NULL,
    format BIGINT NOT NULL,
    comment TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (session_id, reviewer_id)
);

CREATE TABLE forum_session_events (
    id {{id}},
    session_id BIGINT NOT NULL REFERENCES forum_sessions (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users (id),
    -- proposed, edited, resubmitted, accepted, declined, changes-requested,
    -- merged-into, merged-from
    kind TEXT NOT NULL,
    comment TEXT
);
CREATE INDEX forum_session_events_session ON forum_session_events (session_id, id);
