-- Safe retries (issue 19): a submission sent again with the same Idempotency-Key (API) or the same one-time form
-- token (ballot form) finds the ballot it created instead of creating a second one. Plain SQL that runs unchanged on
-- H2 and PostgreSQL.
-- Only the SHA-256 hash of the key is kept, with a hash of what was submitted, so a retry with other answers is told
-- apart. Rows are deleted 24 hours after their first use by the purge job, and with their room.
CREATE TABLE ballot_submission (
    room_id      VARCHAR(32) NOT NULL REFERENCES room (id) ON DELETE CASCADE,
    key_hash     VARCHAR(64) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    ballot_id    VARCHAR(32) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (room_id, key_hash)
);

CREATE INDEX ballot_submission_created_at ON ballot_submission (created_at);
