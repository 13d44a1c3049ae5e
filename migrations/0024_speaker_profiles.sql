-- Speakers (issue 11, item 7): a speaker may decline an invitation from its link
-- (declined_at; confirming again clears it), and keeps a short biography shown with
-- their name on the session pages.
ALTER TABLE forum_session_speakers ADD COLUMN declined_at BIGINT;
ALTER TABLE forum_speakers ADD COLUMN bio TEXT NOT NULL DEFAULT '';
