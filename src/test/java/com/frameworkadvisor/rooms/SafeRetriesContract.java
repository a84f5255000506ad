package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.RoomClient.SentBallot;
import com.frameworkadvisor.support.Site.Reply;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A ballot sent with an {@code Idempotency-Key} is safe to send again: the answer to a lost request can be fetched
 * by repeating it. Run once per database by the subclasses, over real HTTP.
 */
abstract class SafeRetriesContract {

    static final String HEADER = "Idempotency-Key";
    static final Map<String, Integer> DJANGO_FAN = Map.of("admin", 5, "orm", 5);
    static final Map<String, Integer> FLASK_FAN = Map.of("flexibility", 5, "learning-curve", 5);

    @Autowired
    RoomClient rooms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RoomRepository roomRepository;

    @Autowired
    BallotSubmissions submissions;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheSameBallotWithAFreshKeyThatReplacesTheFirst() {
        OpenedRoom room = rooms.openRoom("Retries");
        RoomClient retrying = rooms.withHeaders(HEADER, "0c4f6a52-2b7e-4d0f-9d1a-7f3e2a1b9c80");

        Reply first = retrying.sendBallot(room, "Ada", DJANGO_FAN);
        Reply retry = retrying.sendBallot(room, "Ada", DJANGO_FAN);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        String id = first.json().get("ballotId").asString();
        assertThat(retry.json().get("ballotId").asString()).isEqualTo(id);
        String firstKey = first.json().get("ballotKey").asString();
        String freshKey = retry.json().get("ballotKey").asString();
        assertThat(freshKey).isNotEqualTo(firstKey);
        assertThat(RoomClient.names(rooms.viewAsAnyone(room))).containsExactly("Ada");
        assertThat(rooms.changeBallot(room, new SentBallot(id, firstKey), "Ada", FLASK_FAN)
                        .status())
                .as("the first key no longer changes the ballot")
                .isEqualTo(403);
        assertThat(rooms.changeBallot(room, new SentBallot(id, freshKey), "Ada", FLASK_FAN)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422ProblemNamingTheHeaderAndStoresNothing() {
        OpenedRoom room = rooms.openRoom("Key reused");
        RoomClient retrying = rooms.withHeaders(HEADER, "key-1");
        assertThat(retrying.sendBallot(room, "Ada", DJANGO_FAN).status()).isEqualTo(201);

        Reply otherAnswers = retrying.sendBallot(room, "Ada", FLASK_FAN);
        Reply otherName = retrying.sendBallot(room, "Grace", DJANGO_FAN);

        for (Reply reply : List.of(otherAnswers, otherName)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(422);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("detail").asString()).contains("Idempotency-Key");
        }
        rooms.reveal(room);
        assertThat(rooms.viewAsAnyone(room).get("ballots")).hasSize(1);
        assertThat(rooms.viewAsAnyone(room).get("ballots").get(0).get("weights").has("admin"))
                .as("the first answers are kept")
                .isTrue();
    }

    @Test
    void aRetryWithTheSameProjectAnswersGetsTheSameBallotAndOtherAnswersWithTheKeyAre422() {
        OpenedRoom room = rooms.openRoom("Retries with answers");
        RoomClient retrying = rooms.withHeaders(HEADER, "project-key-1");
        Map<String, Object> body = Map.of("name", "Ada", "project", Map.of("project-kind", "json-api"));

        Reply first = retrying.sendBallot(room, body);
        Reply retry = retrying.sendBallot(room, body);
        Reply otherAnswers = retrying.sendBallot(
                room, Map.of("name", "Ada", "project", Map.of("project-kind", "json-api", "scale", "large")));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.json().get("ballotId").asString())
                .isEqualTo(first.json().get("ballotId").asString());
        assertThat(otherAnswers.status()).as(otherAnswers.body()).isEqualTo(422);
        rooms.reveal(room);
        assertThat(rooms.viewAsAnyone(room).get("ballots")).hasSize(1);
    }

    @Test
    void anEmptyOrTooLongKeyIsA400ProblemNamingTheHeader() {
        OpenedRoom room = rooms.openRoom("Bad keys");

        List<Reply> refused = new ArrayList<>();
        for (String key : List.of("", "k".repeat(65), "with space")) {
            refused.add(rooms.withHeaders(HEADER, key).sendBallot(room, "Ada", DJANGO_FAN));
        }
        Reply longest = rooms.withHeaders(HEADER, "k".repeat(64)).sendBallot(room, "Ada", DJANGO_FAN);

        assertThat(refused).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body()).contains("Idempotency-Key");
        });
        assertThat(longest.status()).as(longest.body()).isEqualTo(201);
        assertThat(rooms.viewAsAnyone(room).get("ballots")).hasSize(1);
    }

    @Test
    void keysAreStoredOnlyAsHashesAndBelongToOneRoom() {
        OpenedRoom first = rooms.openRoom("First room");
        OpenedRoom second = rooms.openRoom("Second room");
        RoomClient retrying = rooms.withHeaders(HEADER, "shared-key");

        String inFirst = retrying.sendBallot(first, "Ada", DJANGO_FAN)
                .json()
                .get("ballotId")
                .asString();
        String inSecond = retrying.sendBallot(second, "Ada", DJANGO_FAN)
                .json()
                .get("ballotId")
                .asString();

        assertThat(inSecond).isNotEqualTo(inFirst);
        List<String> stored =
                jdbc.queryForList("SELECT key_hash FROM ballot_submission WHERE room_id = ?", String.class, first.id());
        assertThat(stored).containsExactly(sha256("shared-key"));
    }

    @Test
    void aKeyIsKeptFor24HoursThenASubmissionWithItIsNewAgain() {
        OpenedRoom room = rooms.openRoom("Old key");
        RoomClient retrying = rooms.withHeaders(HEADER, "yesterday");
        String first = retrying.sendBallot(room, "Ada", DJANGO_FAN)
                .json()
                .get("ballotId")
                .asString();
        backdateSubmissions(room, Duration.ofHours(23));
        String withinADay = retrying.sendBallot(room, "Ada", DJANGO_FAN)
                .json()
                .get("ballotId")
                .asString();

        backdateSubmissions(room, Duration.ofHours(24).plusSeconds(1));
        Reply afterADay = retrying.sendBallot(room, "Ada", DJANGO_FAN);

        assertThat(withinADay).isEqualTo(first);
        assertThat(afterADay.status()).isEqualTo(201);
        assertThat(afterADay.json().get("ballotId").asString()).isNotEqualTo(first);
        assertThat(rooms.viewAsAnyone(room).get("ballots")).hasSize(2);
    }

    @Test
    void retriesSentAtTheSameTimeMakeOneBallot() throws Exception {
        OpenedRoom room = rooms.openRoom("Twins");
        RoomClient retrying = rooms.withHeaders(HEADER, "twin");
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Reply>> sends = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                sends.add(() -> retrying.sendBallot(room, "Ada", DJANGO_FAN));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Reply> reply : threads.invokeAll(sends, 60, TimeUnit.SECONDS)) {
                assertThat(reply.get().status()).as(reply.get().body()).isEqualTo(201);
                ids.add(reply.get().json().get("ballotId").asString());
            }

            assertThat(ids).hasSize(12).containsOnly(ids.get(0));
            assertThat(rooms.viewAsAnyone(room).get("ballots")).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRetryIsAnsweredEvenAfterTheRoomClosed() {
        OpenedRoom room = rooms.openRoom("Closed meanwhile");
        RoomClient retrying = rooms.withHeaders(HEADER, "before-close");
        String id = retrying.sendBallot(room, "Ada", DJANGO_FAN)
                .json()
                .get("ballotId")
                .asString();
        rooms.facilitate(room, "close");

        Reply retry = retrying.sendBallot(room, "Ada", DJANGO_FAN);
        Reply newBallot = rooms.withHeaders(HEADER, "after-close").sendBallot(room, "Grace", DJANGO_FAN);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("ballotId").asString()).isEqualTo(id);
        assertThat(newBallot.status()).isEqualTo(409);
    }

    @Test
    void thePurgeJobForgetsKeys24HoursAfterTheirUse() {
        OpenedRoom room = rooms.openRoom("Purged keys");
        rooms.withHeaders(HEADER, "to-forget").sendBallot(room, "Ada", DJANGO_FAN);
        Instant sent = jdbc.queryForObject(
                        "SELECT created_at FROM ballot_submission WHERE room_id = ?", Timestamp.class, room.id())
                .toInstant();

        purgeAt(sent.plus(BallotSubmissions.KEPT).minusSeconds(1));
        int beforeADay = submissionRows(room);
        purgeAt(sent.plus(BallotSubmissions.KEPT));

        assertThat(beforeADay).isEqualTo(1);
        assertThat(submissionRows(room)).isZero();
        assertThat(rooms.viewAsAnyone(room).get("ballots"))
                .as("the ballot stays")
                .hasSize(1);
    }

    /** Runs the purge job as it runs at {@code now}, with a clock fixed there. */
    private void purgeAt(Instant now) {
        new RoomPurge(roomRepository, submissions, transactions, Clock.fixed(now, ZoneOffset.UTC)).purgeExpired();
    }

    private int submissionRows(OpenedRoom room) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ballot_submission WHERE room_id = ?", Integer.class, room.id());
    }

    /** Moves the room's submissions back in time, as if they had been sent {@code ago}. */
    private void backdateSubmissions(OpenedRoom room, Duration ago) {
        jdbc.update(
                "UPDATE ballot_submission SET created_at = ? WHERE room_id = ?",
                Timestamp.from(Instant.now().minus(ago)),
                room.id());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
