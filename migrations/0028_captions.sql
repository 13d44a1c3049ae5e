-- Machine captioning (issue 15): transcripts of forum sessions, from a recording or
-- captioned live, their caption lines, and the live audio not yet recognised.

CREATE TABLE forum_transcripts (
    id {{id}},
    session_id BIGINT NOT NULL REFERENCES forum_sessions (id) ON DELETE CASCADE,
    -- recording, live
    source TEXT NOT NULL,
    -- queued, running (a recording), live, stopping (live: audio still to recognise),
    -- done, failed
    status TEXT NOT NULL,
    -- the language asked for (none: detected), then the one recognised
    lang TEXT,
    -- a recording's file in the media store, until it is transcribed
    media_key TEXT,
    file_name TEXT,
    -- why it failed (a message key)
    error TEXT,
    -- the audio's length so far, in milliseconds
    duration_ms BIGINT NOT NULL DEFAULT 0,
    -- bumped with every change to its lines (what viewers follow)
    rev BIGINT NOT NULL DEFAULT 0,
    -- live: the audio recognised up to here (ms), the first chunk still kept and where
    -- it starts (samples at 16 kHz), the next sequence number expected
    done_ms BIGINT NOT NULL DEFAULT 0,
    buffer_seq BIGINT NOT NULL DEFAULT 0,
    buffer_start BIGINT NOT NULL DEFAULT 0,
    -- live: the latest chunk's arrival (a stream that stopped is closed after a while)
    heard_at BIGINT,
    -- the stored transcript, once done
    vtt TEXT,
    body TEXT,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX forum_transcripts_session ON forum_transcripts (session_id);

CREATE TABLE forum_caption_lines (
    transcript_id BIGINT NOT NULL REFERENCES forum_transcripts (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    start_ms BIGINT NOT NULL,
    end_ms BIGINT NOT NULL,
    text TEXT NOT NULL,
    -- what the recogniser heard, when a person corrected the line
    heard TEXT,
    corrected_by BIGINT REFERENCES users (id),
    -- the transcript's rev when the line was written or last corrected
    rev BIGINT NOT NULL,
    PRIMARY KEY (transcript_id, seq)
);
CREATE INDEX forum_caption_lines_rev ON forum_caption_lines (transcript_id, rev);

-- Live audio as it arrives: 16 kHz mono 16-bit PCM chunks numbered by the captioner's
-- client; kept until recognised, so that a worker that dies is replaced without loss.
CREATE TABLE forum_caption_chunks (
    transcript_id BIGINT NOT NULL REFERENCES forum_transcripts (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    pcm {{blob}} NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (transcript_id, seq)
);

-- The captioners of a room (its technicians), named by the secretariat: they may caption
-- every session held in it, beside the sessions' organisers and the secretariat.
CREATE TABLE forum_room_captioners (
    room_id BIGINT NOT NULL REFERENCES forum_rooms (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (room_id, user_id)
);
