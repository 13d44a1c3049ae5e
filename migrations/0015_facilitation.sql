-- Action Line facilitation meetings (issue 12, item 3): what each line's
-- facilitators record of their meeting at an edition of the forum.
CREATE TABLE facilitation_meetings (
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id) ON DELETE CASCADE,
    -- a category of the matrix: C1 … C6, C7.1 … C7.8, C8 … C11
    action_line TEXT NOT NULL REFERENCES action_lines (code),
    -- the language the record is written in
    lang TEXT NOT NULL,
    priorities TEXT NOT NULL,
    opportunities TEXT NOT NULL,
    challenges TEXT NOT NULL,
    -- bumped by every save; an edit carries the version it started from
    version BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (edition_id, action_line)
);
