package com.frameworkadvisor.rooms;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events for rooms. Each event says only that the room changed, with its new revision; pages then fetch
 * their own view, so what a viewer sees is always what their key allows.
 *
 * <p>Changes made by this instance are pushed as soon as they commit. Changes made by other instances on the same
 * database are found by {@link #poll()}, which reads the revision of every watched room in one query: the same SQL on
 * H2 and PostgreSQL, and it keeps working through a database restart without a dedicated listening connection.
 */
@Component
class RoomLiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(RoomLiveUpdates.class);
    static final String EVENT = "room";

    private final RoomRepository rooms;
    private final TaskExecutor executor;
    private final Duration timeout;
    private final Map<String, Set<SseEmitter>> watchers = new ConcurrentHashMap<>();
    private final Map<String, Long> revisions = new ConcurrentHashMap<>();

    RoomLiveUpdates(RoomRepository rooms, RoomProperties properties, TaskExecutor applicationTaskExecutor) {
        this.rooms = rooms;
        this.executor = applicationTaskExecutor;
        // Browsers reconnect on their own when a stream ends; a bound keeps abandoned streams from piling up.
        this.timeout = properties.heartbeat().multipliedBy(30);
    }

    /** A stream for a viewer whose page shows the room at revision {@code seen}; it hears at once if that is stale. */
    SseEmitter watch(String roomId, long seen) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Runnable forget = () -> forget(roomId, emitter);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(e -> forget.run());
        watchers.computeIfAbsent(roomId, id -> ConcurrentHashMap.newKeySet()).add(emitter);
        long current = rooms.revisionsOf(List.of(roomId)).stream()
                .mapToLong(RoomRepository.RoomRevision::revision)
                .findFirst()
                .orElse(seen);
        // A change pushed while this viewer registered may have recorded a newer revision already: take the newest.
        long known = revisions.merge(roomId, current, Math::max);
        send(
                roomId,
                emitter,
                known > seen ? changedEvent(known) : SseEmitter.event().comment("watching"));
        return emitter;
    }

    int watcherCount() {
        return watchers.values().stream().mapToInt(Set::size).sum();
    }

    /** Pushes a change made here at once, off the request's thread, so a slow viewer never delays the member's answer. */
    @TransactionalEventListener(fallbackExecution = true)
    void changedHere(RoomChanged change) {
        if (watchers.containsKey(change.roomId())) {
            executor.execute(() -> {
                try {
                    publish(rooms.revisionsOf(List.of(change.roomId())));
                } catch (DataAccessException e) {
                    // The database went away right after the commit; the next poll() pushes the change.
                    log.warn(
                            "Could not push a change to room viewers: {}",
                            e.getMostSpecificCause().getMessage());
                }
            });
        }
    }

    /** Ends every stream, so that a graceful shutdown does not wait for viewers who would otherwise never leave. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        watchers.forEach((roomId, set) -> set.forEach(SseEmitter::complete));
        watchers.clear();
        revisions.clear();
    }

    /** Finds rooms changed through any instance since the last look. */
    void poll() {
        if (watchers.isEmpty()) {
            return;
        }
        try {
            List<String> watched = List.copyOf(watchers.keySet());
            List<RoomRepository.RoomRevision> current = rooms.revisionsOf(watched);
            publish(current);
            endStreamsOfVanishedRooms(watched, current);
        } catch (DataAccessException e) {
            // The database may be restarting; viewers keep their connection and catch up on a later poll.
            log.warn(
                    "Could not check rooms for changes: {}",
                    e.getMostSpecificCause().getMessage());
        }
    }

    void heartbeat() {
        watchers.forEach((roomId, set) ->
                set.forEach(emitter -> send(roomId, emitter, SseEmitter.event().comment("still here"))));
    }

    /** Sends an event to the viewers of each room whose revision moved. */
    private void publish(List<RoomRepository.RoomRevision> current) {
        for (RoomRepository.RoomRevision room : current) {
            Set<SseEmitter> set = watchers.get(room.id());
            if (set == null) {
                continue; // its last viewer left meanwhile
            }
            Long previous = revisions.get(room.id());
            revisions.merge(room.id(), room.revision(), Math::max);
            // No previous revision: a viewer is registering right now, and watch() brings it up to date itself.
            if (previous != null && previous < room.revision()) {
                set.forEach(emitter -> send(room.id(), emitter, changedEvent(room.revision())));
            }
        }
    }

    /** Rooms that were looked for but are gone (expired and purged): their browsers reconnect and get 410 Gone. */
    private void endStreamsOfVanishedRooms(List<String> watched, List<RoomRepository.RoomRevision> current) {
        Set<String> existing = new HashSet<>();
        current.forEach(room -> existing.add(room.id()));
        for (String id : watched) {
            if (!existing.contains(id)) {
                Set<SseEmitter> set = watchers.remove(id);
                revisions.remove(id);
                if (set != null) {
                    set.forEach(SseEmitter::complete);
                }
            }
        }
    }

    private static SseEmitter.SseEventBuilder changedEvent(long revision) {
        return SseEmitter.event().name(EVENT).id(Long.toString(revision)).data(Long.toString(revision));
    }

    private void send(String roomId, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            // The viewer went away; the container completes the emitter, this just stops writing to it.
            forget(roomId, emitter);
        }
    }

    private void forget(String roomId, SseEmitter emitter) {
        watchers.computeIfPresent(roomId, (id, set) -> {
            set.remove(emitter);
            if (set.isEmpty()) {
                revisions.remove(id);
                return null;
            }
            return set;
        });
    }
}
