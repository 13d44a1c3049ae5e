-- Documents of forum sessions (background papers, presentations, outcome
-- drafts), uploaded by the session's proposer or the secretariat. The bytes
-- live in the database, so that an upload is one transaction and a backup
-- of the database holds every document.
CREATE TABLE forum_documents (
    id {{id}},
    session_id BIGINT NOT NULL REFERENCES forum_sessions (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    body {{blob}} NOT NULL,
    uploaded_by BIGINT NOT NULL REFERENCES users (id),
    uploaded_at BIGINT NOT NULL
);
CREATE INDEX forum_documents_session ON forum_documents (session_id);
