-- A speaker's photo (issue 11, item 7), uploaded from their confirmation link: its key
-- in the media store (the images' layout: full and thumbnail) and its type.
ALTER TABLE forum_speakers ADD COLUMN photo_key TEXT;
ALTER TABLE forum_speakers ADD COLUMN photo_type TEXT;

-- When a speaker was invited to a session (reminders wait a week from it; rows from
-- before this column fall back on the session's creation).
ALTER TABLE forum_session_speakers ADD COLUMN invited_at BIGINT;
