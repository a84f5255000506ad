package com.frameworkadvisor.rooms;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes rooms past their retention, with their ballots, and remembers only their ids so links answer 410 Gone;
 * and forgets the submission keys of ballots sent more than {@link BallotSubmissions#KEPT} ago.
 */
@Component
class RoomPurge {

    private static final Logger log = LoggerFactory.getLogger(RoomPurge.class);

    private final RoomRepository rooms;
    private final BallotSubmissions submissions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RoomPurge(RoomRepository rooms, BallotSubmissions submissions, TransactionTemplate transactions, Clock clock) {
        this.rooms = rooms;
        this.submissions = submissions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Purges every expired room, each in its own transaction; returns how many. */
    int purgeExpired() {
        Instant now = clock.instant();
        int purged = 0;
        for (String id : rooms.expiredBy(now)) {
            Boolean done = transactions.execute(status -> {
                if (rooms.delete(id) == 0) {
                    return false; // another instance purged it first
                }
                rooms.markExpired(id, now);
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                purged++;
            }
        }
        if (purged > 0) {
            log.info("Purged {} expired rooms", purged);
        }
        int forgotten = submissions.purge(now);
        if (forgotten > 0) {
            log.info("Forgot {} ballot submission keys older than {}", forgotten, BallotSubmissions.KEPT);
        }
        return purged;
    }
}
