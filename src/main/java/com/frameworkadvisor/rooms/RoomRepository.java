package com.frameworkadvisor.rooms;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Rooms. Every change is one UPDATE that also bumps the revision, so concurrent actions never overwrite each other
 * and every instance can tell that a room changed.
 */
interface RoomRepository extends Repository<Room, String> {

    Optional<Room> findById(String id);

    /**
     * The room's revision as this transaction sees it. Read after an UPDATE of the room, which holds the row lock
     * until the commit, it is exactly the revision this change commits.
     */
    @Query("SELECT revision FROM room WHERE id = :id")
    long revisionOf(String id);

    @Query("SELECT id, revision FROM room WHERE id IN (:ids)")
    List<RoomRevision> revisionsOf(Collection<String> ids);

    /**
     * Locks the room row until the transaction ends, so the ballot count checked after it stays true. Whether the
     * closing time has passed is decided here, in the ballot's own transaction, whether or not the scheduled close
     * has run.
     */
    @Modifying
    @Query("""
            UPDATE room SET revision = revision + 1
            WHERE id = :id AND status = 'open' AND (closes_at IS NULL OR closes_at > :now)""")
    int touchIfOpen(String id, Instant now);

    @Modifying
    @Query("UPDATE room SET revision = revision + 1 WHERE id = :id")
    int touch(String id);

    @Modifying
    @Query("UPDATE room SET revealed = :revealed, revision = revision + 1 WHERE id = :id")
    int setRevealed(String id, boolean revealed);

    @Modifying
    @Query("UPDATE room SET status = :status, revision = revision + 1 WHERE id = :id")
    int setStatus(String id, String status);

    @Modifying
    @Query("UPDATE room SET status = 'open', closes_at = :closesAt, revision = revision + 1 WHERE id = :id")
    int reopen(String id, Instant closesAt);

    /** Reveals the room once, when everyone expected is in: never again after that, whatever happens. */
    @Modifying
    @Query("""
            UPDATE room SET revealed = TRUE, auto_revealed = TRUE, revision = revision + 1
            WHERE id = :id AND auto_revealed = FALSE""")
    int revealOnce(String id);

    @Query("SELECT id FROM room WHERE status = 'open' AND closes_at <= :now")
    List<String> dueToClose(Instant now);

    /** Closes a room whose closing time has come; idempotent, so every instance may try. */
    @Modifying
    @Query("""
            UPDATE room SET status = 'closed', revision = revision + 1
            WHERE id = :id AND status = 'open' AND closes_at <= :now""")
    int closeIfDue(String id, Instant now);

    @Modifying
    @Query("""
            UPDATE room SET decision_framework = :framework, decision_notes = :notes, decided_at = :decidedAt,
                revision = revision + 1
            WHERE id = :id""")
    int setDecision(String id, String framework, String notes, Instant decidedAt);

    @Query("SELECT id FROM room WHERE expires_at <= :now")
    List<String> expiredBy(Instant now);

    @Modifying
    @Query("DELETE FROM room WHERE id = :id")
    int delete(String id);

    @Modifying
    @Query("INSERT INTO expired_room (id, expired_at) VALUES (:id, :expiredAt)")
    int markExpired(String id, Instant expiredAt);

    @Query("SELECT COUNT(*) FROM expired_room WHERE id = :id")
    int countExpired(String id);

    record RoomRevision(String id, long revision) {}
}
