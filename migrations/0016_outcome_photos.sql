-- Photos of session outcomes (issue 12, item 1): at most five per outcome, checked,
-- resized and stripped like the images of stocktaking entries (files under the media
-- directory, named by a random key).
CREATE TABLE forum_outcome_photos (
    id {{id}},
    session_id BIGINT NOT NULL REFERENCES forum_sessions (id) ON DELETE CASCADE,
    file_key TEXT NOT NULL UNIQUE,
    content_type TEXT NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    thumb_width BIGINT NOT NULL,
    thumb_height BIGINT NOT NULL,
    bytes BIGINT NOT NULL,
    alt TEXT NOT NULL,
    uploaded_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX forum_outcome_photos_session ON forum_outcome_photos (session_id, id);
CREATE INDEX forum_outcome_photos_uploader ON forum_outcome_photos (uploaded_by);
