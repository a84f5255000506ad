-- Team decision rooms. Plain SQL that runs unchanged on H2 and PostgreSQL.
-- Keys are stored as SHA-256 hashes: a copy of the database does not hand out facilitator or ballot rights.

CREATE TABLE room (
    id                   VARCHAR(32)   NOT NULL PRIMARY KEY,
    facilitator_key_hash VARCHAR(64)   NOT NULL,
    title                VARCHAR(500)  NOT NULL,
    context              VARCHAR(8000) NOT NULL,
    status               VARCHAR(10)   NOT NULL,
    revealed             BOOLEAN       NOT NULL,
    decision_framework   VARCHAR(100),
    decision_notes       VARCHAR(8000),
    decided_at           TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Bumped by every change to the room or its ballots; instances compare it to push live updates.
    revision             BIGINT        NOT NULL
);

CREATE INDEX room_expires_at ON room (expires_at);

CREATE TABLE ballot (
    id         VARCHAR(32)   NOT NULL PRIMARY KEY,
    room_id    VARCHAR(32)   NOT NULL REFERENCES room (id) ON DELETE CASCADE,
    key_hash   VARCHAR(64)   NOT NULL,
    name       VARCHAR(300)  NOT NULL,
    -- Non-zero answers in the shareable form, e.g. orm=5&admin=3: one row per ballot keeps a room one query.
    weights    VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ballot_room ON ballot (room_id, created_at);

-- Rooms that expired and were purged: they answer 410 Gone rather than 404, and hold no data.
CREATE TABLE expired_room (
    id         VARCHAR(32) NOT NULL PRIMARY KEY,
    expired_at TIMESTAMP WITH TIME ZONE NOT NULL
);
