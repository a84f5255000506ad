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
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events for rooms. Each event says only that the room changed, with its new revision; pages then fetch
 * their own view, so what a viewer sees is always what their key allows.
 *
 * <p>Changes made by this instance are pushed as soon as they commit, with the revision the changing transaction read
 * under the room's row lock ({@link RoomChanged}): a push runs no query and waits for no pooled connection. Changes
 * made by other instances on the same database are found by {@link #poll()}, which reads the revision of every
 * watched room in one query: the same SQL on H2 and PostgreSQL, and it keeps working through a database restart
 * without a dedicated listening connection.
 *
 * <p>A viewer never moves to a lower revision: pushes run on several threads and the poll on another, so each
 * viewer's stream sends a revision only when it is above the last one it sent ({@link Viewer}).
 */
@Component
class RoomLiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(RoomLiveUpdates.class);
    static final String EVENT = "room";

    private final RoomRepository rooms;
    private final PushPacer pacer;
    private final Duration timeout;
    private final Map<String, Set<Viewer>> watchers = new ConcurrentHashMap<>();
    private final Map<String, Long> revisions = new ConcurrentHashMap<>();

    RoomLiveUpdates(
            RoomRepository rooms,
            RoomProperties properties,
            TaskExecutor applicationTaskExecutor,
            TaskScheduler taskScheduler) {
        this.rooms = rooms;
        this.pacer = new PushPacer(properties.pushSpacing(), applicationTaskExecutor, taskScheduler, this::publish);
        // Browsers reconnect on their own when a stream ends; a bound keeps abandoned streams from piling up.
        this.timeout = properties.heartbeat().multipliedBy(30);
    }

    /** A stream for a viewer whose page shows the room at revision {@code seen}; it hears at once if that is stale. */
    SseEmitter watch(String roomId, long seen) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Viewer viewer = new Viewer(roomId, emitter, seen);
        Runnable forget = () -> forget(viewer);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(e -> forget.run());
        watchers.computeIfAbsent(roomId, id -> ConcurrentHashMap.newKeySet()).add(viewer);
        long current = rooms.revisionsOf(List.of(roomId)).stream()
                .mapToLong(RoomRepository.RoomRevision::revision)
                .findFirst()
                .orElse(seen);
        // A change pushed while this viewer registered may have recorded a newer revision already: take the newest.
        long known = revisions.merge(roomId, current, Math::max);
        viewer.comment("watching");
        viewer.offer(known);
        return emitter;
    }

    int watcherCount() {
        return watchers.values().stream().mapToInt(Set::size).sum();
    }

    /**
     * Pushes a change made here once it has committed, off the request's thread, so a slow viewer never delays the
     * member's answer. The event carries its revision: nothing is read from the database. Pushes for one room are
     * spaced ({@link PushPacer}).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void changedHere(RoomChanged change) {
        if (watchers.containsKey(change.roomId())) {
            pacer.changed(change.roomId(), change.revision());
        }
    }

    /** Ends every stream, so that a graceful shutdown does not wait for viewers who would otherwise never leave. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        watchers.forEach((roomId, set) -> set.forEach(viewer -> viewer.emitter().complete()));
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
            current.forEach(room -> publish(room.id(), room.revision()));
            endStreamsOfVanishedRooms(watched, current);
        } catch (DataAccessException e) {
            // The database may be restarting; viewers keep their connection and catch up on a later poll.
            log.warn(
                    "Could not check rooms for changes: {}",
                    e.getMostSpecificCause().getMessage());
        }
    }

    void heartbeat() {
        watchers.forEach((roomId, set) -> set.forEach(viewer -> viewer.comment("still here")));
    }

    /** Tells the room's viewers of a revision, if it is newer than what they have. */
    private void publish(String roomId, long revision) {
        Set<Viewer> set = watchers.get(roomId);
        if (set == null) {
            return; // its last viewer left meanwhile
        }
        long previous = revisions.getOrDefault(roomId, -1L);
        revisions.merge(roomId, revision, Math::max);
        if (previous < revision) {
            set.forEach(viewer -> viewer.offer(revision));
        }
    }

    /** Rooms that were looked for but are gone (expired and purged): their browsers reconnect and get 410 Gone. */
    private void endStreamsOfVanishedRooms(List<String> watched, List<RoomRepository.RoomRevision> current) {
        Set<String> existing = new HashSet<>();
        current.forEach(room -> existing.add(room.id()));
        for (String id : watched) {
            if (!existing.contains(id)) {
                Set<Viewer> set = watchers.remove(id);
                revisions.remove(id);
                pacer.forget(id);
                if (set != null) {
                    set.forEach(viewer -> viewer.emitter().complete());
                }
            }
        }
    }

    private void forget(Viewer viewer) {
        watchers.computeIfPresent(viewer.roomId(), (id, set) -> {
            set.remove(viewer);
            if (set.isEmpty()) {
                revisions.remove(id);
                pacer.forget(id);
                return null;
            }
            return set;
        });
    }

    /**
     * One viewer's stream and the last revision it was told of. Sending is serialised per viewer, and a revision
     * that is not above the last one sent is dropped, so two pushes that race never move a page backwards.
     */
    private final class Viewer {

        private final String roomId;
        private final SseEmitter emitter;
        private long sent;

        Viewer(String roomId, SseEmitter emitter, long seen) {
            this.roomId = roomId;
            this.emitter = emitter;
            this.sent = seen;
        }

        String roomId() {
            return roomId;
        }

        SseEmitter emitter() {
            return emitter;
        }

        synchronized void offer(long revision) {
            if (revision > sent) {
                sent = revision;
                send(SseEmitter.event().name(EVENT).id(Long.toString(revision)).data(Long.toString(revision)));
            }
        }

        synchronized void comment(String text) {
            send(SseEmitter.event().comment(text));
        }

        private void send(SseEmitter.SseEventBuilder event) {
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException e) {
                // The viewer went away; the container completes the emitter, this just stops writing to it.
                forget(this);
            }
        }
    }
}
