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
    @Query(
            "UPDATE ballot SET name = :name, weights = :weights, updated_at = :updatedAt WHERE id = :id AND room_id = :roomId")
    int update(String roomId, String id, String name, String weights, Instant updatedAt);

    @Modifying
    @Query("DELETE FROM ballot WHERE id = :id AND room_id = :roomId")
    int delete(String roomId, String id);
}
