package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import com.frameworkadvisor.support.SteppableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What {@code advisor.rooms.max-ballots} and {@code advisor.rooms.retention} promise: a room takes at most 3 ballots,
 * and once its retention (an hour here) has passed since it opened it answers 410 Gone, before and after its data is
 * purged. The application's clock runs as usual, and the tests move it on past a retention rather than wait it out;
 * the scheduled purge is held off (1 hour of real time), so the test decides when it runs.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"advisor.rooms.retention=1h", "advisor.rooms.max-ballots=3", "advisor.rooms.purge-interval=1h"})
@Import({Site.class, RoomClient.class, SteppableClock.Running.class})
class RoomRetentionAndLimitsTest {

    static final int MAX_BALLOTS = 3;
    static final Duration RETENTION = Duration.ofHours(1);
    static final Map<String, Integer> WEIGHTS = Map.of("orm", 5);

    @Autowired
    Site site;

    @Autowired
    RoomClient rooms;

    @Autowired
    SteppableClock clock;

    @Autowired
    RoomPurge purge;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RoomDeadlines deadlines;

    @Nested
    class ARoomTakesAtMostThreeBallots {

        @Test
        void theBallotPastTheLimitIsRefusedWith409NamingTheLimitAndNothingIsStored() {
            Instant opened = clock.instant();
            OpenedRoom room = rooms.openRoom("Full room");
            for (int i = 1; i <= MAX_BALLOTS; i++) {
                Reply accepted = rooms.sendBallot(room, "Member " + i, WEIGHTS);
                assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
            }

            Reply refused = rooms.sendBallot(room, "One too many", WEIGHTS);

            assertWithinRetention(opened);
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asString()).contains("3 ballots per room");
            JsonNode view = rooms.view(room);
            assertThat(view.get("ballots")).hasSize(MAX_BALLOTS);
            assertThat(RoomClient.names(view)).containsExactly("Member 1", "Member 2", "Member 3");
        }

        @Test
        void membersAnsweringAtTheSameTimeCannotTogetherGoPastTheLimit() throws Exception {
            Instant opened = clock.instant();
            OpenedRoom room = rooms.openRoom("Rush");
            int members = MAX_BALLOTS * 2;
            List<Callable<Reply>> sends = new ArrayList<>();
            for (int i = 1; i <= members; i++) {
                String name = "Rusher " + i;
                sends.add(() -> rooms.sendBallot(room, name, WEIGHTS));
            }

            List<Integer> statuses = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(members);
            try {
                for (Future<Reply> reply : pool.invokeAll(sends, 10, TimeUnit.SECONDS)) {
                    statuses.add(reply.get().status());
                }
            } finally {
                pool.shutdownNow();
            }

            assertWithinRetention(opened);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(MAX_BALLOTS);
            assertThat(statuses)
                    .filteredOn(status -> status != 201)
                    .hasSize(members - MAX_BALLOTS)
                    .containsOnly(409);
            assertThat(rooms.view(room).get("ballots")).hasSize(MAX_BALLOTS);
        }
    }

    @Nested
    class ARoomExpiresWhenItsRetentionHasPassed {

        @Test
        void anExpiredRoomAnswers410GoneSayingSoOnTheApiTheLiveStreamAndToNewBallots() {
            OpenedRoom room = rooms.openRoom("Short-lived");
            assertThat(rooms.sendBallot(room, "Ada", WEIGHTS).status()).isEqualTo(201);

            clock.advance(RETENTION);

            assertGone(rooms.getAsAnyone(room));
            assertGone(liveStream(room));
            assertGone(rooms.get(room));
            assertGone(rooms.sendBallot(room, "Too late", WEIGHTS));
        }

        @Test
        void purgingDeletesTheRoomAndItsBallotsYetItsAddressStillAnswers410Not404() {
            OpenedRoom room = rooms.openRoom("Purged");
            assertThat(rooms.sendBallot(room, "Ada", WEIGHTS).status()).isEqualTo(201);
            assertThat(rooms.sendBallot(room, "Grace", WEIGHTS).status()).isEqualTo(201);
            assertThat(ballotRows(room)).isEqualTo(2);
            clock.advance(RETENTION);
            assertGone(rooms.getAsAnyone(room));

            int purged = purge.purgeExpired();

            assertThat(purged).isGreaterThanOrEqualTo(1);
            assertThat(roomRows(room)).as("room rows").isZero();
            assertThat(ballotRows(room)).as("ballot rows").isZero();
            assertThat(expiredRows(room)).as("remembered as expired").isEqualTo(1);
            assertGone(rooms.getAsAnyone(room));
            assertGone(liveStream(room));
            assertGone(rooms.sendBallot(room, "Too late", WEIGHTS));
        }

        @Test
        void purgingAgainLeavesAPurgedRoomAsItWas() {
            OpenedRoom room = rooms.openRoom("Purged twice");
            clock.advance(RETENTION);
            assertGone(rooms.getAsAnyone(room));
            purge.purgeExpired();

            purge.purgeExpired();

            assertThat(roomRows(room)).isZero();
            assertThat(expiredRows(room)).isEqualTo(1);
            assertGone(rooms.getAsAnyone(room));
        }

        @Test
        void aRoomIsServedNormallyBeforeItsRetentionHasPassed() {
            Instant opened = clock.instant();
            OpenedRoom room = rooms.openRoom("Fresh");

            Reply fresh = rooms.getAsAnyone(room);
            clock.advance(RETENTION.minusMinutes(1));
            Reply aMinuteBefore = rooms.getAsAnyone(room);

            assertWithinRetention(opened);
            assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
            assertThat(aMinuteBefore.status()).as(aMinuteBefore.body()).isEqualTo(200);
            purge.purgeExpired();
            assertThat(roomRows(room))
                    .as("room rows after a purge a minute before its retention")
                    .isEqualTo(1);
        }
    }

    @Nested
    class ARoomClosesAtItsClosingTime {

        @Test
        void ballotsAreAcceptedUntilTheClosingTimeAndRefusedWith409FromThenOnBeforeAndAfterTheScheduledClose() {
            Instant closesAt = clock.instant().plus(Duration.ofMinutes(30));
            OpenedRoom room =
                    rooms.openRoom(Map.of("title", "Closes in half an hour", "closesAt", closesAt.toString()));
            Reply justBefore;
            clock.advance(Duration.ofMinutes(29));
            justBefore = rooms.sendBallot(room, "Ada", WEIGHTS);

            clock.advance(Duration.ofMinutes(1));
            Reply atTheClosingTime = rooms.sendBallot(room, "Grace", WEIGHTS);
            JsonNode beforeTheJob = rooms.viewAsAnyone(room);
            int closed = deadlines.closeDue();
            Reply afterTheJob = rooms.sendBallot(room, "Linus", WEIGHTS);

            assertThat(justBefore.status()).as(justBefore.body()).isEqualTo(201);
            assertThat(atTheClosingTime.status()).isEqualTo(409);
            assertThat(atTheClosingTime.json().get("detail").asString()).contains("closing time");
            assertThat(beforeTheJob.get("status").asString()).isEqualTo("closed");
            assertThat(closed).isGreaterThanOrEqualTo(1);
            assertThat(afterTheJob.status()).isEqualTo(409);
            assertThat(rooms.viewAsAnyone(room).get("answered").asInt()).isEqualTo(1);
            assertThat(site.page("/rooms/" + room.id())
                            .html()
                            .select(".closing")
                            .text())
                    .startsWith("Answering closed on ");
        }

        @Test
        void aClosingTimeMayBeAsLateAsTheRoomsExpiryButNoLater() {
            Instant now = clock.instant();

            Reply atExpiry = rooms.sendRoom(Map.of(
                    "title",
                    "At expiry",
                    "closesAt",
                    now.plus(RETENTION).minusSeconds(5).toString()));
            Reply afterExpiry = rooms.sendRoom(Map.of(
                    "title",
                    "After expiry",
                    "closesAt",
                    now.plus(RETENTION).plusSeconds(60).toString()));

            assertThat(atExpiry.status()).as(atExpiry.body()).isEqualTo(201);
            assertThat(afterExpiry.status()).isEqualTo(400);
            assertThat(afterExpiry.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("closesAt");
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    Reply liveStream(OpenedRoom room) {
        return site.get("/rooms/" + room.id() + "/events", "text/event-stream");
    }

    /** Guards the tests of a live room: had it expired meanwhile, their replies would say nothing about it. */
    void assertWithinRetention(Instant opened) {
        assertThat(Duration.between(opened, clock.instant()))
                .as("time since the room opened, by the application's clock: within its retention, so the test "
                        + "checked the live room and not the expiry")
                .isLessThan(RETENTION);
    }

    static void assertGone(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(410);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asString()).contains("expired");
    }

    int roomRows(OpenedRoom room) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM room WHERE id = ?", Integer.class, room.id());
    }

    int ballotRows(OpenedRoom room) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ballot WHERE room_id = ?", Integer.class, room.id());
    }

    int expiredRows(OpenedRoom room) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM expired_room WHERE id = ?", Integer.class, room.id());
    }
}
