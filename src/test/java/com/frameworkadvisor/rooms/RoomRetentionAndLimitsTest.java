package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What {@code advisor.rooms.max-ballots} and {@code advisor.rooms.retention} promise, with both turned down so the
 * limits are reached within a test: a room takes at most 3 ballots, and 2 seconds after it opened it answers 410 Gone,
 * before and after its data is purged. The scheduled purge is held off (1 hour), so the test decides when it runs.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"advisor.rooms.retention=2s", "advisor.rooms.max-ballots=3", "advisor.rooms.purge-interval=1h"})
@Import(Site.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoomRetentionAndLimitsTest {

    static final int MAX_BALLOTS = 3;
    static final Duration RETENTION = Duration.ofSeconds(2);
    /** How long a test waits at most for a room to expire: the retention plus ample slack for a slow machine. */
    static final Duration EXPIRY_WAIT = RETENTION.plusSeconds(10);

    @Autowired
    Site site;

    @Autowired
    RoomPurge purge;

    @Autowired
    JdbcTemplate jdbc;

    record OpenedRoom(String id, String facilitatorKey, long openedAtNanos) {}

    /**
     * The limit tests must finish inside the 2 second retention, so the first requests of this context along every path
     * they take, which pay for class loading and a cold JIT, are made here rather than inside a test.
     */
    @BeforeAll
    void warmUp() {
        OpenedRoom room = openRoom("Warm-up");
        for (int i = 0; i <= MAX_BALLOTS; i++) {
            ballot(room, "Warm-up " + i).json();
        }
        facilitatorView(room);
    }

    @Nested
    class ARoomTakesAtMostThreeBallots {

        @Test
        void theBallotPastTheLimitIsRefusedWith409NamingTheLimitAndNothingIsStored() {
            OpenedRoom room = openRoom("Full room");
            for (int i = 1; i <= MAX_BALLOTS; i++) {
                Reply accepted = ballot(room, "Member " + i);
                assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
            }

            Reply refused = ballot(room, "One too many");

            assertWithinRetention(room);
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asString()).contains("3 ballots per room");
            JsonNode ballots = facilitatorView(room).get("ballots");
            assertThat(ballots).hasSize(MAX_BALLOTS);
            assertThat(names(ballots)).containsExactly("Member 1", "Member 2", "Member 3");
        }

        @Test
        void membersAnsweringAtTheSameTimeCannotTogetherGoPastTheLimit() throws Exception {
            OpenedRoom room = openRoom("Rush");
            int members = MAX_BALLOTS * 2;
            List<Callable<Reply>> sends = new ArrayList<>();
            for (int i = 1; i <= members; i++) {
                String name = "Rusher " + i;
                sends.add(() -> ballot(room, name));
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

            assertWithinRetention(room);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(MAX_BALLOTS);
            assertThat(statuses)
                    .filteredOn(status -> status != 201)
                    .hasSize(members - MAX_BALLOTS)
                    .containsOnly(409);
            assertThat(facilitatorView(room).get("ballots")).hasSize(MAX_BALLOTS);
        }
    }

    @Nested
    class ARoomExpiresWhenItsRetentionHasPassed {

        @Test
        void anExpiredRoomAnswers410GoneSayingSoOnTheApiTheLiveStreamAndToNewBallots() {
            OpenedRoom room = openRoom("Short-lived");
            assertThat(ballot(room, "Ada").status()).isEqualTo(201);

            Reply gone = awaitExpiry(room);

            assertGone(gone);
            assertGone(liveStream(room));
            assertGone(site.json("GET", "/api/rooms/" + room.id(), null, "X-Facilitator-Key", room.facilitatorKey()));
            assertGone(ballot(room, "Too late"));
        }

        @Test
        void purgingDeletesTheRoomAndItsBallotsYetItsAddressStillAnswers410Not404() {
            OpenedRoom room = openRoom("Purged");
            assertThat(ballot(room, "Ada").status()).isEqualTo(201);
            assertThat(ballot(room, "Grace").status()).isEqualTo(201);
            assertThat(ballotRows(room)).isEqualTo(2);
            assertGone(awaitExpiry(room));

            int purged = purge.purgeExpired();

            assertThat(purged).isGreaterThanOrEqualTo(1);
            assertThat(roomRows(room)).as("room rows").isZero();
            assertThat(ballotRows(room)).as("ballot rows").isZero();
            assertThat(expiredRows(room)).as("remembered as expired").isEqualTo(1);
            assertGone(site.json("GET", "/api/rooms/" + room.id(), null));
            assertGone(liveStream(room));
            assertGone(ballot(room, "Too late"));
        }

        @Test
        void purgingAgainLeavesAPurgedRoomAsItWas() {
            OpenedRoom room = openRoom("Purged twice");
            assertGone(awaitExpiry(room));
            purge.purgeExpired();

            purge.purgeExpired();

            assertThat(roomRows(room)).isZero();
            assertThat(expiredRows(room)).isEqualTo(1);
            assertGone(site.json("GET", "/api/rooms/" + room.id(), null));
        }

        @Test
        void aRoomIsServedNormallyBeforeItsRetentionHasPassed() {
            OpenedRoom room = openRoom("Fresh");

            Reply reply = site.json("GET", "/api/rooms/" + room.id(), null);

            assertWithinRetention(room);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    OpenedRoom openRoom(String title) {
        long opened = System.nanoTime();
        Reply reply = site.json("POST", "/api/rooms", "{\"title\": \"" + title + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return new OpenedRoom(
                reply.json().get("id").asString(),
                reply.json().get("facilitatorKey").asString(),
                opened);
    }

    Reply ballot(OpenedRoom room, String name) {
        return site.json(
                "POST",
                "/api/rooms/" + room.id() + "/ballots",
                "{\"name\": \"" + name + "\", \"weights\": {\"orm\": 5}}");
    }

    JsonNode facilitatorView(OpenedRoom room) {
        Reply reply = site.json("GET", "/api/rooms/" + room.id(), null, "X-Facilitator-Key", room.facilitatorKey());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    Reply liveStream(OpenedRoom room) {
        return site.get("/rooms/" + room.id() + "/events", "text/event-stream");
    }

    /** Polls the room until it stops answering 200, at most {@link #EXPIRY_WAIT}; returns the first other reply. */
    Reply awaitExpiry(OpenedRoom room) {
        long deadline = System.nanoTime() + EXPIRY_WAIT.toNanos();
        while (true) {
            Reply reply = site.json("GET", "/api/rooms/" + room.id(), null);
            if (reply.status() != 200 || System.nanoTime() > deadline) {
                return reply;
            }
            sleep(Duration.ofMillis(100));
        }
    }

    /** Guards the limit tests: had the room expired meanwhile, their replies would say nothing about the limit. */
    static void assertWithinRetention(OpenedRoom room) {
        Duration age = Duration.ofNanos(System.nanoTime() - room.openedAtNanos());
        System.out.printf("Room opened %d ms before the limit was checked (retention %s)%n", age.toMillis(), RETENTION);
        assertThat(age)
                .as("the test ran within the room's retention, so it tested the limit and not the expiry")
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

    static List<String> names(JsonNode ballots) {
        List<String> names = new ArrayList<>();
        ballots.forEach(ballot -> names.add(ballot.get("name").asString()));
        return names;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
