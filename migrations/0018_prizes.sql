-- The WSIS Prizes (issue 13): editions with dated phases, submissions in one of the
-- 18 categories, expert review, public voting, the sealed tally and the results.

-- An edition: its phases are consecutive windows (submission, expert review,
-- public voting, expert selection, then the announcement). `ballot_salt` keys the
-- pseudonymous voter ids of the published ballots and is never shown.
-- `sealed_at`/`ballots_sha256` are set once, when the tally is sealed after voting.
CREATE TABLE prize_editions (
    id {{id}},
    year BIGINT NOT NULL UNIQUE,
    submission_opens BIGINT NOT NULL,
    submission_closes BIGINT NOT NULL,
    voting_opens BIGINT NOT NULL,
    voting_closes BIGINT NOT NULL,
    announced_at BIGINT NOT NULL,
    require_all_categories BIGINT NOT NULL DEFAULT 0,
    nominees_published_at BIGINT,
    ballot_salt TEXT NOT NULL,
    sealed_at BIGINT,
    ballots_sha256 TEXT,
    ballots_count BIGINT,
    winners_published_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- A project submitted to one category. `entity_key` is the submitting entity's
-- name normalised: one project per entity per category, by this constraint.
-- status: draft, submitted, nominated, declined (by the experts), withdrawn.
CREATE TABLE prize_submissions (
    id {{id}},
    edition_id BIGINT NOT NULL REFERENCES prize_editions (id) ON DELETE CASCADE,
    category BIGINT NOT NULL,
    entity_key TEXT NOT NULL,
    submitted_by BIGINT NOT NULL REFERENCES users (id),
    owner_email TEXT,
    entry_id BIGINT REFERENCES entries (id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    title TEXT NOT NULL,
    organisation TEXT NOT NULL,
    country TEXT NOT NULL,
    stakeholder_type TEXT NOT NULL,
    data TEXT NOT NULL,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    submitted_at BIGINT,
    UNIQUE (edition_id, category, entity_key)
);
CREATE INDEX prize_submissions_category ON prize_submissions (edition_id, category, status);
CREATE INDEX prize_submissions_by ON prize_submissions (submitted_by);
CREATE INDEX prize_submissions_entry ON prize_submissions (entry_id);

-- The experts of a category, appointed by the secretariat.
CREATE TABLE prize_experts (
    edition_id BIGINT NOT NULL REFERENCES prize_editions (id) ON DELETE CASCADE,
    category BIGINT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (edition_id, category, account_id)
);
CREATE INDEX prize_experts_account ON prize_experts (account_id);

-- An expert's declared conflict of interest with a submission: they neither see
-- nor score it.
CREATE TABLE prize_conflicts (
    submission_id BIGINT NOT NULL REFERENCES prize_submissions (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES users (id),
    reason TEXT NOT NULL,
    declared_at BIGINT NOT NULL,
    PRIMARY KEY (submission_id, account_id)
);

-- An expert's scores of a submission, one row per criterion (1-10).
CREATE TABLE prize_scores (
    submission_id BIGINT NOT NULL REFERENCES prize_submissions (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES users (id),
    criterion TEXT NOT NULL,
    score BIGINT NOT NULL,
    comment TEXT NOT NULL,
    scored_at BIGINT NOT NULL,
    PRIMARY KEY (submission_id, account_id, criterion)
);

-- The public vote. One vote per account per category of an edition: the primary
-- key says so, whatever the code does. A voided vote stays, with its reason.
CREATE TABLE prize_votes (
    edition_id BIGINT NOT NULL REFERENCES prize_editions (id) ON DELETE CASCADE,
    category BIGINT NOT NULL,
    voter_id BIGINT NOT NULL REFERENCES users (id),
    submission_id BIGINT NOT NULL REFERENCES prize_submissions (id),
    cast_at BIGINT NOT NULL,
    client_ip TEXT NOT NULL,
    voided_at BIGINT,
    PRIMARY KEY (edition_id, category, voter_id)
);
CREATE INDEX prize_votes_nominee ON prize_votes (submission_id, cast_at);
CREATE INDEX prize_votes_voter ON prize_votes (voter_id, edition_id);

-- Accounts whose votes in an edition no longer count (and who may not vote again).
CREATE TABLE prize_voided_voters (
    edition_id BIGINT NOT NULL REFERENCES prize_editions (id) ON DELETE CASCADE,
    voter_id BIGINT NOT NULL REFERENCES users (id),
    reason TEXT NOT NULL,
    voided_by BIGINT NOT NULL REFERENCES users (id),
    voided_at BIGINT NOT NULL,
    PRIMARY KEY (edition_id, voter_id)
);

-- Disposable e-mail domains whose accounts may not vote (the secretariat edits it).
CREATE TABLE prize_blocked_domains (
    domain TEXT PRIMARY KEY,
    added_by BIGINT REFERENCES users (id),
    added_at BIGINT NOT NULL
);

-- Suspicious patterns found in the votes, waiting for the secretariat's review.
-- kind: burst (many votes for one nominee in a short time), address (many accounts
-- voting from one network address), pattern (many new accounts with one e-mail
-- pattern). `subject` names what it is about; `voters` lists the account ids.
CREATE TABLE prize_suspicions (
    id {{id}},
    edition_id BIGINT NOT NULL REFERENCES prize_editions (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    voters TEXT NOT NULL,
    found_at BIGINT NOT NULL,
    decided_at BIGINT,
    decision TEXT,
    UNIQUE (edition_id, kind, subject)
);

-- Every decision on the vote, in order: never updated, never deleted.
CREATE TABLE prize_audit (
    id {{id}},
    edition_id BIGINT NOT NULL REFERENCES prize_editions (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users (id),
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX prize_audit_edition ON prize_audit (edition_id, id);

-- The results of a sealed edition: each category's champions in rank order, with
-- their counted votes; `winner` marks the experts' choice among them.
CREATE TABLE prize_results (
    edition_id BIGINT NOT NULL REFERENCES prize_editions (id) ON DELETE CASCADE,
    category BIGINT NOT NULL,
    rank BIGINT NOT NULL,
    submission_id BIGINT NOT NULL REFERENCES prize_submissions (id),
    votes BIGINT NOT NULL,
    winner BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (edition_id, category, rank)
);
CREATE INDEX prize_results_submission ON prize_results (submission_id);
