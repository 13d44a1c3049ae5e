-- The WSIS Forum: editions with their consultation phases, site pages and
-- partners; rooms; session types; session proposals with their speakers;
-- the schedule and its published versions; registrations.

CREATE TABLE forum_editions (
    id {{id}},
    year BIGINT NOT NULL UNIQUE,
    -- JSON object: language code -> theme
    theme TEXT NOT NULL,
    -- local calendar dates, YYYY-MM-DD
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    venue TEXT NOT NULL,
    -- IANA time zone of the venue
    time_zone TEXT NOT NULL,
    -- on-site places; registrations past it are refused
    capacity BIGINT NOT NULL,
    -- 1 while the call for sessions accepts proposals
    proposals_open BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

-- The open consultation's phases and deadlines, shown publicly.
CREATE TABLE forum_phases (
    id {{id}},
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    -- JSON object: language code -> title
    title TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT
);
CREATE INDEX forum_phases_edition ON forum_phases (edition_id, position);

-- The forum's website pages (home, about, news…) per language.
CREATE TABLE forum_pages (
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    -- Markdown, sanitised when rendered
    body TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users (id),
    PRIMARY KEY (edition_id, slug, lang)
);

CREATE TABLE forum_partners (
    id {{id}},
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id) ON DELETE CASCADE,
    -- gold-plus, gold, specific, contributing, supporting
    tier TEXT NOT NULL,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    position BIGINT NOT NULL
);

CREATE TABLE forum_rooms (
    id {{id}},
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    capacity BIGINT NOT NULL,
    interpretation BIGINT NOT NULL,
    captioning BIGINT NOT NULL,
    step_free BIGINT NOT NULL,
    -- local opening hours, HH:MM
    opens TEXT NOT NULL,
    closes TEXT NOT NULL,
    position BIGINT NOT NULL,
    UNIQUE (edition_id, code)
);

-- Built-in types are named by the interface; those the secretariat adds
-- carry their names in the six languages (JSON object).
CREATE TABLE forum_session_types (
    code TEXT PRIMARY KEY,
    track TEXT NOT NULL,
    names TEXT NOT NULL,
    position BIGINT NOT NULL
);

CREATE TABLE forum_sessions (
    id {{id}},
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id),
    -- the public number, given on acceptance
    number BIGINT,
    proposer_id BIGINT NOT NULL REFERENCES users (id),
    -- proposed, changes-requested, accepted, declined, merged
    status TEXT NOT NULL,
    type_code TEXT NOT NULL REFERENCES forum_session_types (code),
    title TEXT NOT NULL,
    -- the proposal's content (JSON)
    data TEXT NOT NULL,
    review_comment TEXT,
    merged_into BIGINT REFERENCES forum_sessions (id),
    room_id BIGINT REFERENCES forum_rooms (id),
    starts_at BIGINT,
    ends_at BIGINT,
    remote_url TEXT,
    -- bumped by every change; an edit carries the version it started from
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (edition_id, number)
);
CREATE INDEX forum_sessions_edition ON forum_sessions (edition_id, status);
CREATE INDEX forum_sessions_proposer ON forum_sessions (proposer_id);

CREATE TABLE forum_speakers (
    id {{id}},
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id),
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL,
    UNIQUE (edition_id, email)
);

CREATE TABLE forum_session_speakers (
    session_id BIGINT NOT NULL REFERENCES forum_sessions (id) ON DELETE CASCADE,
    speaker_id BIGINT NOT NULL REFERENCES forum_speakers (id),
    role TEXT NOT NULL,
    position BIGINT NOT NULL,
    -- SHA-256 of the confirmation link's token
    token_hash TEXT NOT NULL,
    confirmed_at BIGINT,
    PRIMARY KEY (session_id, speaker_id)
);
CREATE INDEX forum_session_speakers_speaker ON forum_session_speakers (speaker_id);

-- When a speaker can speak (UTC); none recorded means any time.
CREATE TABLE forum_speaker_availability (
    speaker_id BIGINT NOT NULL REFERENCES forum_speakers (id) ON DELETE CASCADE,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL
);
CREATE INDEX forum_speaker_availability_speaker ON forum_speaker_availability (speaker_id);

-- Each published schedule: the whole agenda as published (JSON) and what
-- changed since the version before (JSON), for the public change log.
CREATE TABLE forum_schedule_versions (
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id),
    number BIGINT NOT NULL,
    published_at BIGINT NOT NULL,
    published_by BIGINT NOT NULL REFERENCES users (id),
    note TEXT NOT NULL,
    changes TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    PRIMARY KEY (edition_id, number)
);

-- "My agenda" of signed-in users.
CREATE TABLE forum_agenda_picks (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id),
    session_id BIGINT NOT NULL REFERENCES forum_sessions (id),
    PRIMARY KEY (user_id, session_id)
);

CREATE TABLE forum_registrations (
    id {{id}},
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    -- on-site, remote
    mode TEXT NOT NULL,
    -- the participant category (member-state, un-agency, itu-member, ngo, business, academia, media, individual)
    category TEXT NOT NULL,
    stakeholder_type TEXT NOT NULL,
    organisation TEXT NOT NULL,
    country TEXT NOT NULL,
    accessibility TEXT NOT NULL,
    consent_at BIGINT NOT NULL,
    -- approved, pending, declined
    status TEXT NOT NULL,
    -- the code on the badge's QR code (signed)
    badge_code TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    checked_in_at BIGINT,
    UNIQUE (edition_id, user_id)
);
CREATE INDEX forum_registrations_status ON forum_registrations (edition_id, status);
