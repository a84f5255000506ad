package com.frameworkadvisor.rooms;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The submissions a retry may repeat: which ballot a submission key (the API's {@code Idempotency-Key}, the ballot
 * form's one-time token) created, and a hash of what was submitted with it. Only hashes are stored, like every key
 * (ADR 0005), and each row for {@link #KEPT} only.
 */
@Component
class BallotSubmissions {

    /** How long a submission key finds its ballot: long enough for any client's retries, short enough to keep few. */
    static final Duration KEPT = Duration.ofHours(24);

    private final JdbcClient jdbc;

    BallotSubmissions(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * @param requestHash the hash of what was submitted with the key
     * @param ballotId the ballot the submission created
     */
    record Submitted(String requestHash, String ballotId) {}

    /** The submission made with this key in this room within {@link #KEPT}, if any. */
    Optional<Submitted> find(String roomId, String key, Instant now) {
        return jdbc.sql("""
                        SELECT request_hash, ballot_id FROM ballot_submission
                        WHERE room_id = ? AND key_hash = ? AND created_at > ?""")
                .param(roomId)
                .param(Tokens.hash(key))
                .param(Timestamp.from(now.minus(KEPT)))
                .query((rs, row) -> new Submitted(rs.getString(1), rs.getString(2)))
                .optional();
    }

    /**
     * Remembers a submission; call in the ballot's transaction, with the room row locked, after {@link #find} found
     * nothing: a row left from before {@link #KEPT} that the purge has not yet deleted is replaced.
     */
    void remember(String roomId, String key, String requestHash, String ballotId, Instant now) {
        String keyHash = Tokens.hash(key);
        jdbc.sql("DELETE FROM ballot_submission WHERE room_id = ? AND key_hash = ?")
                .param(roomId)
                .param(keyHash)
                .update();
        jdbc.sql("""
                        INSERT INTO ballot_submission (room_id, key_hash, request_hash, ballot_id, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .param(roomId)
                .param(keyHash)
                .param(requestHash)
                .param(ballotId)
                .param(Timestamp.from(now))
                .update();
    }

    /** Deletes the submissions older than {@link #KEPT}; returns how many. */
    int purge(Instant now) {
        return jdbc.sql("DELETE FROM ballot_submission WHERE created_at <= ?")
                .param(Timestamp.from(now.minus(KEPT)))
                .update();
    }
}
