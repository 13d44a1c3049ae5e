-- Messages of the secretariat to an edition's speakers, organisers or participants
-- (issue 11, item 5): what was sent, to whom (the audience, and for participants the
-- list's filter as its query string), in which languages, by whom, to how many.
CREATE TABLE forum_messages (
    id {{id}},
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id),
    audience TEXT NOT NULL,
    filter TEXT NOT NULL,
    -- JSON object: language code -> text
    bodies TEXT NOT NULL,
    recipients BIGINT NOT NULL,
    sent_by BIGINT NOT NULL REFERENCES users (id),
    sent_at BIGINT NOT NULL
);
CREATE INDEX forum_messages_edition ON forum_messages (edition_id, id);

-- When a speaker was last reminded to confirm (a reminder renews their link).
ALTER TABLE forum_session_speakers ADD COLUMN reminded_at BIGINT;
