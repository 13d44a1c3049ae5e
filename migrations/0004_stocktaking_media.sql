-- Stocktaking media and selections: the images of entries (the files live
-- under the media directory, these rows describe them) and the
-- secretariat's stored Success Stories selection of each call.

-- Up to five images per entry: `position` is 1..5 and unique per entry, so
-- that two uploads at once cannot make a sixth.
CREATE TABLE entry_images (
    id {{id}},
    entry_id BIGINT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    position BIGINT NOT NULL CHECK (position BETWEEN 1 AND 5),
    -- random name of the files: KEY.EXT (at most 1600 px) and KEY-thumb.EXT
    file_key TEXT NOT NULL UNIQUE,
    -- image/jpeg or image/png (what the files were re-encoded as)
    content_type TEXT NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    thumb_width BIGINT NOT NULL,
    thumb_height BIGINT NOT NULL,
    bytes BIGINT NOT NULL,
    alt TEXT NOT NULL,
    uploaded_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    UNIQUE (entry_id, position)
);

-- The Success Stories of a call's year: what the secretariat selected, in
-- order, by whom and when. `source` says what a line points at: 'entry'
-- (a published stocktaking entry, in entry_id) now; prize champions later
-- get their own source and reference column.
CREATE TABLE success_stories (
    id {{id}},
    year BIGINT NOT NULL,
    source TEXT NOT NULL,
    entry_id BIGINT REFERENCES entries (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    added_by BIGINT NOT NULL REFERENCES users (id),
    added_at BIGINT NOT NULL,
    UNIQUE (year, source, entry_id)
);
CREATE INDEX success_stories_year ON success_stories (year, position);
