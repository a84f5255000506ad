package com.frameworkadvisor.rooms;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface BallotRepository extends Repository<Ballot, String> {

    @Query("SELECT * FROM ballot WHERE room_id = :roomId ORDER BY created_at, id")
    List<Ballot> findByRoom(String roomId);

    @Query("SELECT * FROM ballot WHERE id = :id AND room_id = :roomId")
    Optional<Ballot> findInRoom(String roomId, String id);

    @Query("SELECT COUNT(*) FROM ballot WHERE room_id = :roomId")
    int countInRoom(String roomId);

    @Modifying
    @Query("""
            UPDATE ballot SET name = :name, reason = :reason, weights = :weights, project = :project,
            updated_at = :updatedAt
            WHERE id = :id AND room_id = :roomId""")
    int update(String roomId, String id, String name, String reason, String weights, String project, Instant updatedAt);

    /** Gives a ballot a new key, which replaces the old one: a retried submission hands out a fresh key. */
    @Modifying
    @Query("UPDATE ballot SET key_hash = :keyHash WHERE id = :id AND room_id = :roomId")
    int rekey(String roomId, String id, String keyHash);

    @Query("SELECT COALESCE(MAX(label), 0) FROM ballot WHERE room_id = :roomId")
    int highestLabel(String roomId);

    @Query("SELECT id FROM ballot WHERE room_id = :roomId AND label IS NULL ORDER BY id")
    List<String> unlabelled(String roomId);

    @Modifying
    @Query("UPDATE ballot SET label = :label WHERE id = :id AND room_id = :roomId")
    int label(String roomId, String id, int label);

    @Modifying
    @Query("DELETE FROM ballot WHERE label = :label AND room_id = :roomId")
    int deleteByLabel(String roomId, int label);

    /** Forgets who answered in an anonymous room: their names go, their answers stay. */
    @Modifying
    @Query("UPDATE ballot SET name = '' WHERE room_id = :roomId AND name <> ''")
    int forgetNames(String roomId);

    @Modifying
    @Query("DELETE FROM ballot WHERE id = :id AND room_id = :roomId")
    int delete(String roomId, String id);
}
