-- Every node keeps its own search index and follows the database's changes to
-- what is published. A write that changes an entry's published content takes the
-- next change number (the counter's row stays locked until the write commits, so
-- the numbers are taken in commit order) and stamps the entry with it; a node
-- applies the entries stamped above the number its index includes.
CREATE TABLE search_changes (
    id BIGINT PRIMARY KEY,
    seq BIGINT NOT NULL
);
INSERT INTO search_changes (id, seq) VALUES (1, 0);
ALTER TABLE entries ADD COLUMN search_seq BIGINT NOT NULL DEFAULT 0;
CREATE INDEX entries_search_seq ON entries (search_seq);
