-- The WSIS Photo Contest (issue 14): contests with a theme in six languages and dated
-- phases; entrants who confirmed they are over 18 and hold the rights; at most five
-- photos per entrant and contest (positions 1-5, unique: two uploads at once cannot make
-- a sixth); the secretariat's screening; the jury's scores; three winners.
CREATE TABLE photo_contests (
    id {{id}},
    year BIGINT NOT NULL UNIQUE,
    theme TEXT NOT NULL,
    submission_opens BIGINT NOT NULL,
    submission_closes BIGINT NOT NULL,
    announced_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE photo_entrants (
    contest_id BIGINT NOT NULL REFERENCES photo_contests (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    confirmed_at BIGINT NOT NULL,
    PRIMARY KEY (contest_id, user_id)
);

CREATE TABLE photo_entries (
    id {{id}},
    contest_id BIGINT NOT NULL REFERENCES photo_contests (id) ON DELETE CASCADE,
    entrant_id BIGINT NOT NULL REFERENCES users (id),
    position BIGINT NOT NULL,
    title TEXT NOT NULL,
    caption TEXT NOT NULL,
    alt TEXT NOT NULL,
    place TEXT NOT NULL,
    taken_on TEXT NOT NULL,
    -- The SDGs it shows, as shown ("4,7"); photo_entry_sdgs indexes them for the filter.
    sdgs TEXT NOT NULL,
    file_key TEXT NOT NULL UNIQUE,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    bytes BIGINT NOT NULL,
    status TEXT NOT NULL,
    screen_note TEXT,
    screened_by BIGINT REFERENCES users (id),
    screened_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (contest_id, entrant_id, position)
);
CREATE INDEX photo_entries_gallery ON photo_entries (contest_id, status, id);
CREATE INDEX photo_entries_entrant ON photo_entries (entrant_id);

-- The SDGs a photo shows (the gallery filters by them).
CREATE TABLE photo_entry_sdgs (
    entry_id BIGINT NOT NULL REFERENCES photo_entries (id) ON DELETE CASCADE,
    goal BIGINT NOT NULL,
    PRIMARY KEY (entry_id, goal)
);
CREATE INDEX photo_entry_sdgs_goal ON photo_entry_sdgs (goal, entry_id);

CREATE TABLE photo_jurors (
    contest_id BIGINT NOT NULL REFERENCES photo_contests (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (contest_id, user_id)
);

CREATE TABLE photo_scores (
    entry_id BIGINT NOT NULL REFERENCES photo_entries (id) ON DELETE CASCADE,
    juror_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    score BIGINT NOT NULL,
    scored_at BIGINT NOT NULL,
    PRIMARY KEY (entry_id, juror_id)
);

CREATE TABLE photo_winners (
    contest_id BIGINT NOT NULL REFERENCES photo_contests (id) ON DELETE CASCADE,
    place BIGINT NOT NULL,
    entry_id BIGINT NOT NULL REFERENCES photo_entries (id),
    PRIMARY KEY (contest_id, place),
    UNIQUE (contest_id, entry_id)
);
