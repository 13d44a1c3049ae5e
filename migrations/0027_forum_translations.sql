-- Six-language fields where the public reads them (issue 11, item 8): translations of
-- sessions' titles and abstracts, room names, the venue and partner names, and the
-- languages their originals are written in.

-- The language the secretariat writes an edition's names in (venue, rooms, partners).
ALTER TABLE forum_editions ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
-- Bumped by every change to what the published pages read live (translations, the
-- originals' languages, speakers' names, biographies and photos): their stamp.
ALTER TABLE forum_editions ADD COLUMN content_rev BIGINT NOT NULL DEFAULT 0;
-- The language a session's title and abstract are written in (none: the edition's).
ALTER TABLE forum_sessions ADD COLUMN text_lang TEXT;

CREATE TABLE forum_translations (
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id) ON DELETE CASCADE,
    -- session, room, edition, partner
    kind TEXT NOT NULL,
    -- the session's, room's or partner's id; the edition's own for the venue
    ref_id BIGINT NOT NULL,
    -- title, abstract, name, venue
    field TEXT NOT NULL,
    lang TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users (id),
    PRIMARY KEY (kind, ref_id, field, lang)
);
CREATE INDEX forum_translations_edition ON forum_translations (edition_id);

-- Issue 11, item 5: a signed-in account that opened an edition's registration form
-- without registering has started; a day later it is reminded, once, to finish.
CREATE TABLE forum_registration_starts (
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    started_at BIGINT NOT NULL,
    reminded_at BIGINT,
    PRIMARY KEY (edition_id, user_id)
);
