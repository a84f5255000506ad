package com.frameworkadvisor.rooms;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes rooms whose closing time has come. Ballots are refused from that moment in their own transaction whether or
 * not this has run; this makes the room say so: the update bumps the revision, so live pages on every instance show
 * "closed", and an anonymous room forgets its names. Every instance runs it; the update is idempotent.
 */
@Component
class RoomDeadlines {

    private static final Logger log = LoggerFactory.getLogger(RoomDeadlines.class);

    private final RoomRepository rooms;
    private final BallotRepository ballots;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoomDeadlines(
            RoomRepository rooms,
            BallotRepository ballots,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rooms = rooms;
        this.ballots = ballots;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Closes every room due, each in its own transaction; returns how many this instance closed. */
    int closeDue() {
        try {
            return closeDueNow();
        } catch (DataAccessException e) {
            // The database may be restarting; ballots are refused at the deadline anyway, and the next run closes.
            log.warn(
                    "Could not close rooms at their closing time: {}",
                    e.getMostSpecificCause().getMessage());
            return 0;
        }
    }

    private int closeDueNow() {
        Instant now = clock.instant();
        int closed = 0;
        for (String id : rooms.dueToClose(now)) {
            Boolean done = transactions.execute(status -> {
                if (rooms.closeIfDue(id, now) == 0) {
                    return false; // another instance, or the facilitator, closed it first
                }
                if (rooms.findById(id).map(Room::anonymous).orElse(false)) {
                    ballots.forgetNames(id);
                }
                events.publishEvent(new RoomChanged(id, rooms.revisionOf(id)));
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                closed++;
            }
        }
        return closed;
    }
}
