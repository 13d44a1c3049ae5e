-- Foundation: accounts, sessions, rate limits and the reference taxonomy.
-- Written once for both engines. Timestamps are Unix seconds (UTC) in
-- BIGINT columns; booleans are avoided; `{{id}}` expands per engine
-- (see crates/db/src/dialect.rs).

CREATE TABLE users (
    id {{id}},
    -- as typed (domain lower-cased), for display and mail
    email TEXT NOT NULL,
    -- lower-cased e-mail: one account per address, whatever the case
    email_key TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT,
    stakeholder_type TEXT,
    country TEXT,
    language TEXT NOT NULL,
    email_verified_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Sessions live here so that any node of a cluster accepts them. Only the
-- SHA-256 of the cookie's token is stored.
CREATE TABLE sessions (
    token_hash TEXT NOT NULL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- One-time tokens sent by e-mail: address verification and password reset.
CREATE TABLE account_tokens (
    token_hash TEXT NOT NULL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX account_tokens_user ON account_tokens (user_id, purpose);

-- Fixed-window counters shared by every node (login, sign-up, reset).
CREATE TABLE rate_limits (
    bucket TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits BIGINT NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

CREATE TABLE languages (
    code TEXT NOT NULL PRIMARY KEY,
    native_name TEXT NOT NULL,
    direction TEXT NOT NULL
);

-- The 11 Action Lines and the 8 C7 sub-lines (parent = 'C7').
-- prize_number is the WSIS Prize category (1-18) or NULL for C7 itself.
CREATE TABLE action_lines (
    code TEXT NOT NULL PRIMARY KEY,
    parent TEXT REFERENCES action_lines (code),
    position BIGINT NOT NULL,
    prize_number BIGINT UNIQUE,
    name_ar TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_es TEXT NOT NULL
);

-- UN agencies facilitating an Action Line or sub-line; edited by the secretariat.
CREATE TABLE facilitators (
    id {{id}},
    action_line TEXT NOT NULL REFERENCES action_lines (code),
    agency TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (action_line, agency)
);

CREATE TABLE sdg_goals (
    number BIGINT NOT NULL PRIMARY KEY,
    short_ar TEXT NOT NULL, short_zh TEXT NOT NULL, short_en TEXT NOT NULL,
    short_fr TEXT NOT NULL, short_ru TEXT NOT NULL, short_es TEXT NOT NULL,
    title_ar TEXT NOT NULL, title_zh TEXT NOT NULL, title_en TEXT NOT NULL,
    title_fr TEXT NOT NULL, title_ru TEXT NOT NULL, title_es TEXT NOT NULL
);

CREATE TABLE sdg_targets (
    code TEXT NOT NULL PRIMARY KEY,
    goal BIGINT NOT NULL REFERENCES sdg_goals (number),
    position BIGINT NOT NULL,
    title_ar TEXT NOT NULL, title_zh TEXT NOT NULL, title_en TEXT NOT NULL,
    title_fr TEXT NOT NULL, title_ru TEXT NOT NULL, title_es TEXT NOT NULL
);

CREATE TABLE stakeholder_types (
    code TEXT NOT NULL PRIMARY KEY,
    position BIGINT NOT NULL,
    name_ar TEXT NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL, name_ru TEXT NOT NULL, name_es TEXT NOT NULL
);

-- UN M49 regions (kind world/region/subregion/intermediate) and ITU regions (kind itu).
CREATE TABLE regions (
    code TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    parent TEXT,
    name_ar TEXT NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL, name_ru TEXT NOT NULL, name_es TEXT NOT NULL
);

CREATE TABLE countries (
    alpha2 TEXT NOT NULL PRIMARY KEY,
    alpha3 TEXT NOT NULL UNIQUE,
    m49 TEXT NOT NULL UNIQUE,
    region TEXT REFERENCES regions (code),
    subregion TEXT REFERENCES regions (code),
    intermediate TEXT REFERENCES regions (code),
    itu_region TEXT REFERENCES regions (code),
    name_ar TEXT NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL, name_ru TEXT NOT NULL, name_es TEXT NOT NULL
);

-- Small key/value facts about the installation (e.g. the reference data version).
CREATE TABLE meta (
    key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
