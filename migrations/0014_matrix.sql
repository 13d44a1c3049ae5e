-- The WSIS–SDG Matrix (issue 12, item 4): for each Action Line (or C7 sub-line) and
-- SDG, why they are linked and through which targets, kept by the line's
-- facilitators; every change is kept.

-- The Action Lines (C7: all its sub-lines) each facilitator account keeps.
CREATE TABLE facilitator_accounts (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    action_line TEXT NOT NULL REFERENCES action_lines (code),
    PRIMARY KEY (user_id, action_line)
);

CREATE TABLE matrix_links (
    action_line TEXT NOT NULL REFERENCES action_lines (code),
    goal BIGINT NOT NULL REFERENCES sdg_goals (number),
    -- target codes, comma-separated
    targets TEXT NOT NULL,
    rationale TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (action_line, goal)
);

-- Every change of a link: what it became (an empty rationale: removed), who, when.
CREATE TABLE matrix_history (
    id {{id}},
    action_line TEXT NOT NULL,
    goal BIGINT NOT NULL,
    targets TEXT NOT NULL,
    rationale TEXT NOT NULL,
    author_id BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX matrix_history_line ON matrix_history (action_line, created_at);
