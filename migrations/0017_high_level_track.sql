-- The High-Level Track (issue 12, item 2). The outcome of a High-Level Policy
-- Session is a session outcome (forum_outcomes) with its own sections (vision,
-- emerging trends, opportunities, challenges); what this adds is who writes it,
-- the statements of its high-level speakers, and the Chair's executive summary.

-- The session's High-Level Track Facilitators: at most one per stakeholder type,
-- each an account, appointed by the secretariat.
CREATE TABLE forum_hlt_facilitators (
    session_id BIGINT NOT NULL REFERENCES forum_sessions (id) ON DELETE CASCADE,
    stakeholder TEXT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (session_id, stakeholder)
);
CREATE INDEX forum_hlt_facilitators_account ON forum_hlt_facilitators (account_id);

-- Statements of high-level speakers, per session: a text, a PDF, or both.
CREATE TABLE forum_hlt_statements (
    id {{id}},
    session_id BIGINT NOT NULL REFERENCES forum_sessions (id) ON DELETE CASCADE,
    speaker TEXT NOT NULL,
    position TEXT NOT NULL,
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    pdf {{blob}},
    pdf_size BIGINT NOT NULL,
    added_by BIGINT NOT NULL REFERENCES users (id),
    added_at BIGINT NOT NULL
);
CREATE INDEX forum_hlt_statements_session ON forum_hlt_statements (session_id);
CREATE INDEX forum_hlt_statements_uploader ON forum_hlt_statements (added_by);

-- The Chair's executive summary of an edition's High-Level Track.
CREATE TABLE forum_hlt_summaries (
    edition_id BIGINT PRIMARY KEY REFERENCES forum_editions (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    chair TEXT NOT NULL,
    body TEXT NOT NULL,
    version BIGINT NOT NULL,
    updated_by BIGINT NOT NULL REFERENCES users (id),
    updated_at BIGINT NOT NULL
);
