-- The WSIS Hackathon (issue 14, item 3): an edition with a title in six languages, team
-- size limits and dated phases; challenges with partner organisations; teams (one
-- captain, members who accepted an e-mailed invitation, at most one team per person and
-- challenge: the unique key is the guard); a project per team with up to five files in
-- the media store; jurors with declared conflicts of interest and scores per published
-- criterion; one winning team per challenge.
CREATE TABLE hackathons (
    id {{id}},
    year BIGINT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    team_min BIGINT NOT NULL,
    team_max BIGINT NOT NULL,
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    announced_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE hackathon_challenges (
    id {{id}},
    hackathon_id BIGINT NOT NULL REFERENCES hackathons (id) ON DELETE CASCADE,
    -- Per language code, JSON objects; English is required.
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    -- The partner organisations, a JSON array of names.
    partners TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX hackathon_challenges_hackathon ON hackathon_challenges (hackathon_id, id);

CREATE TABLE hackathon_teams (
    id {{id}},
    hackathon_id BIGINT NOT NULL REFERENCES hackathons (id) ON DELETE CASCADE,
    challenge_id BIGINT NOT NULL REFERENCES hackathon_challenges (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    -- Team names are unique per edition, compared without case.
    name_key TEXT NOT NULL,
    captain_id BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    UNIQUE (hackathon_id, name_key)
);
CREATE INDEX hackathon_teams_challenge ON hackathon_teams (challenge_id, id);

CREATE TABLE hackathon_members (
    team_id BIGINT NOT NULL REFERENCES hackathon_teams (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    challenge_id BIGINT NOT NULL REFERENCES hackathon_challenges (id) ON DELETE CASCADE,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (team_id, user_id),
    UNIQUE (challenge_id, user_id)
);
CREATE INDEX hackathon_members_user ON hackathon_members (user_id);

-- A captain's invitation to an e-mail address; whoever signs in with that (verified)
-- address answers it. Each address once per team.
CREATE TABLE hackathon_invitations (
    id {{id}},
    team_id BIGINT NOT NULL REFERENCES hackathon_teams (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    invited_by BIGINT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    answered_at BIGINT,
    UNIQUE (team_id, email)
);
CREATE INDEX hackathon_invitations_email ON hackathon_invitations (email, status);

CREATE TABLE hackathon_projects (
    team_id BIGINT PRIMARY KEY REFERENCES hackathon_teams (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    repo_url TEXT NOT NULL,
    video_url TEXT NOT NULL,
    submitted_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE hackathon_files (
    id {{id}},
    team_id BIGINT NOT NULL REFERENCES hackathon_teams (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    file_key TEXT NOT NULL UNIQUE,
    content_type TEXT NOT NULL,
    bytes BIGINT NOT NULL,
    uploaded_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX hackathon_files_team ON hackathon_files (team_id, id);
CREATE INDEX hackathon_files_uploader ON hackathon_files (uploaded_by);

CREATE TABLE hackathon_jurors (
    hackathon_id BIGINT NOT NULL REFERENCES hackathons (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (hackathon_id, user_id)
);

CREATE TABLE hackathon_conflicts (
    team_id BIGINT NOT NULL REFERENCES hackathon_teams (id) ON DELETE CASCADE,
    juror_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    declared_at BIGINT NOT NULL,
    PRIMARY KEY (team_id, juror_id)
);

CREATE TABLE hackathon_scores (
    team_id BIGINT NOT NULL REFERENCES hackathon_teams (id) ON DELETE CASCADE,
    juror_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    criterion TEXT NOT NULL,
    score BIGINT NOT NULL,
    comment TEXT NOT NULL,
    scored_at BIGINT NOT NULL,
    PRIMARY KEY (team_id, juror_id, criterion)
);

CREATE TABLE hackathon_winners (
    challenge_id BIGINT PRIMARY KEY REFERENCES hackathon_challenges (id) ON DELETE CASCADE,
    team_id BIGINT NOT NULL UNIQUE REFERENCES hackathon_teams (id)
);
