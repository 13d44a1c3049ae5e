-- Stocktaking: calls for entries, entries with every revision kept, the
-- moderation history, and the facet values of each published revision.

CREATE TABLE stocktaking_calls (
    id {{id}},
    year BIGINT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE entries (
    id {{id}},
    owner_id BIGINT NOT NULL REFERENCES users (id),
    -- draft, submitted, published, returned, rejected: the working copy's state
    status TEXT NOT NULL,
    -- the call whose window the entry was first submitted in
    call_id BIGINT REFERENCES stocktaking_calls (id),
    -- bumped by every change; an edit carries the version it started from
    version BIGINT NOT NULL,
    current_revision BIGINT NOT NULL,
    -- the revision the public sees; stays while an edit is under review
    published_revision BIGINT,
    title TEXT NOT NULL,
    language TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    submitted_at BIGINT,
    published_at BIGINT
);
CREATE INDEX entries_owner ON entries (owner_id);
CREATE INDEX entries_status ON entries (status, updated_at);
CREATE INDEX entries_published ON entries (published_at);

-- Every saved version of an entry: who, when, what (the whole content as JSON).
CREATE TABLE entry_revisions (
    entry_id BIGINT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    author_id BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (entry_id, number)
);

-- Moderation history: submissions, publications, returns with comments,
-- rejections with reasons.
CREATE TABLE entry_events (
    id {{id}},
    entry_id BIGINT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    actor_id BIGINT NOT NULL REFERENCES users (id),
    at BIGINT NOT NULL,
    action TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    comment TEXT
);
CREATE INDEX entry_events_entry ON entry_events (entry_id, at);

-- Facet values of the published revision (action_line, sdg, target, country,
-- region, stakeholder_type, activity_type, status, year, call, language), for
-- statistics and per-line/per-SDG/per-country pages.
CREATE TABLE entry_facets (
    entry_id BIGINT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (entry_id, facet, value)
);
CREATE INDEX entry_facets_value ON entry_facets (facet, value);
