-- The Photo Contest's optional public vote (issue 14): a window within the judging phase
-- (both dates or neither), one vote per account and contest (the primary key decides
-- between two at once), the photo with the most votes is the people's choice.
ALTER TABLE photo_contests ADD COLUMN vote_opens BIGINT;
ALTER TABLE photo_contests ADD COLUMN vote_closes BIGINT;

CREATE TABLE photo_votes (
    contest_id BIGINT NOT NULL REFERENCES photo_contests (id) ON DELETE CASCADE,
    voter_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    entry_id BIGINT NOT NULL REFERENCES photo_entries (id) ON DELETE CASCADE,
    cast_at BIGINT NOT NULL,
    client_ip TEXT NOT NULL,
    PRIMARY KEY (contest_id, voter_id)
);
CREATE INDEX photo_votes_entry ON photo_votes (entry_id);
