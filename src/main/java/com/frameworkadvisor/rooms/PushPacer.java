package com.frameworkadvisor.rooms;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.springframework.scheduling.TaskScheduler;

/**
 * Spaces a room's live pushes at least {@code spacing} apart. The first change after a quiet spell is pushed at once;
 * changes that come sooner are pushed together when the spacing has passed, with the newest revision.
 *
 * <p>Every push makes each viewer's page fetch the room again, so a room changing a hundred times a second would
 * otherwise cost each viewer a hundred page loads a second, none of which they could read. A revision is never lost:
 * the push that ends a spell carries the newest one.
 */
final class PushPacer {

    /** What a push does: tell the room's viewers of this revision. */
    @FunctionalInterface
    interface Push {
        void push(String roomId, long revision);
    }

    private final Duration spacing;
    private final Executor executor;
    private final TaskScheduler scheduler;
    private final Push push;
    private final Map<String, Spell> spells = new ConcurrentHashMap<>();

    /**
     * @param spacing the least time between two pushes for one room; zero pushes every change at once
     * @param executor runs a push due now, off the caller's thread
     * @param scheduler runs a push that waits for the spacing to pass; its clock is the one spacing is measured by
     *     (real time, whatever clock the application's dates follow)
     */
    PushPacer(Duration spacing, Executor executor, TaskScheduler scheduler, Push push) {
        this.spacing = spacing;
        this.executor = executor;
        this.scheduler = scheduler;
        this.push = push;
    }

    /** A room changed to this revision: push it now, or with the next push if one was made too recently. */
    void changed(String roomId, long revision) {
        if (spacing.isZero()) {
            executor.execute(() -> push.push(roomId, revision));
            return;
        }
        Spell spell = spells.computeIfAbsent(roomId, id -> new Spell());
        Instant now = scheduler.getClock().instant();
        Instant due;
        long newest;
        synchronized (spell) {
            spell.newest = Math.max(spell.newest, revision);
            newest = spell.newest;
            if (spell.waiting) {
                return; // the push already scheduled will carry it
            }
            if (spell.nextAllowed == null || !now.isBefore(spell.nextAllowed)) {
                spell.nextAllowed = now.plus(spacing);
                due = null;
            } else {
                spell.waiting = true;
                due = spell.nextAllowed;
            }
        }
        if (due == null) {
            executor.execute(() -> push.push(roomId, newest));
        } else {
            // The scheduler's few threads only hand the push over; sending to every viewer runs on the executor.
            scheduler.schedule(() -> executor.execute(() -> pushWaiting(roomId, spell)), due);
        }
    }

    /** The room has no viewers left: forget its spell, so rooms nobody watches cost nothing. */
    void forget(String roomId) {
        spells.remove(roomId);
    }

    private void pushWaiting(String roomId, Spell spell) {
        long newest;
        synchronized (spell) {
            spell.waiting = false;
            spell.nextAllowed = scheduler.getClock().instant().plus(spacing);
            newest = spell.newest;
        }
        push.push(roomId, newest);
    }

    /** When a room may be pushed next, and the newest revision it has changed to. */
    private static final class Spell {
        private Instant nextAllowed;
        private boolean waiting;
        private long newest = Long.MIN_VALUE;
    }
}
