package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.LiveStream;
import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.RoomClient.SentBallot;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import com.frameworkadvisor.support.WebTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In an anonymous room, nothing tells who answered what: not the pages, the API, the live stream, the exports or the
 * logs, whether the reader holds the facilitator key or not, before the reveal or after it. Before the reveal only a
 * ballot's owner sees anything of it (the others see a count); after it, ballots are "Member n" with no name, id or
 * time. Once the room closes, the names are gone from the database itself.
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymityLeaksNowhereTest {

    static final String ZEPHYRINE = "Zephyrine Quillfeather";
    static final String ZEPHYRINE_REASON = "Quillfeather-reason: the admin panel";
    static final String BALTHAZAR = "Balthazar Wintergreen";
    static final String BALTHAZAR_REASON = "Wintergreen-reason: a small API";

    @Autowired
    Site site;

    @Autowired
    RoomClient rooms;

    @Autowired
    JdbcTemplate jdbc;

    OpenedRoom room;
    String zephyrineCookie;
    String zephyrineId;
    SentBallot balthazar;

    @BeforeEach
    void twoMembersAnswerAnAnonymousRoomOneThroughThePageOneThroughTheApi() {
        room = rooms.openRoom(Map.of("title", "Anonymous leaks", "anonymous", true));
        Reply joined = site.form(
                "/rooms/" + room.id() + "/join",
                "name=Zephyrine+Quillfeather&reason=Quillfeather-reason%3A+the+admin+panel&orm=5&admin=5");
        assertThat(joined.status()).as(joined.body()).isEqualTo(302);
        zephyrineCookie = joined.cookie(RoomCookies.BALLOT);
        zephyrineId = zephyrineCookie.substring(zephyrineCookie.indexOf('=') + 1, zephyrineCookie.indexOf('.'));
        balthazar = rooms.vote(room, BALTHAZAR, BALTHAZAR_REASON, Map.of("flexibility", 5));
    }

    /** Who answered and when: never shown to anyone but the member themself. */
    List<String> identities() {
        List<String> secrets = new ArrayList<>(List.of(ZEPHYRINE, BALTHAZAR, zephyrineId, balthazar.id()));
        jdbc.queryForList("SELECT created_at, updated_at FROM ballot WHERE room_id = ?", room.id())
                .forEach(row -> row.values().forEach(time -> secrets.add(instant(time))));
        return secrets;
    }

    static String instant(Object time) {
        return time instanceof java.sql.Timestamp t
                ? t.toInstant().toString()
                : java.time.OffsetDateTime.parse(time.toString().replace(' ', 'T'))
                        .toInstant()
                        .toString();
    }

    /** Everything anyone can read of the room, by path, without a key and with the facilitator's. */
    Map<String, String> everythingReadable() {
        Map<String, String> read = new LinkedHashMap<>();
        String key = room.facilitatorKey();
        for (String path : List.of("", "/present", "/join", "/decision.md", "/ballots.csv")) {
            read.put(
                    "anyone " + path,
                    site.get("/rooms/" + room.id() + path, "*/*").body());
            read.put(
                    "facilitator " + path,
                    site.get("/rooms/" + room.id() + path, "*/*", RoomClient.FACILITATOR_KEY, key)
                            .body());
        }
        read.put("anyone API", rooms.getAsAnyone(room).body());
        read.put("facilitator API", rooms.get(room).body());
        read.put(
                "Balthazar's key on the page",
                site.page("/rooms/" + room.id(), "Cookie", "advisor_ballot=" + balthazar.id() + "." + balthazar.key())
                        .body());
        return read;
    }

    void assertNoneContains(Map<String, String> read, List<String> secrets) {
        read.forEach((where, body) -> assertThat(body).as(where).doesNotContain(secrets));
    }

    @Nested
    class BeforeTheReveal {

        @Test
        void nobodyButTheOwnerSeesANameIdTimeReasonOrAnswerOnlyTheCount() {
            List<String> secrets = new ArrayList<>(identities());
            secrets.add(ZEPHYRINE_REASON);
            Map<String, String> read = everythingReadable();
            read.remove("Balthazar's key on the page"); // his own name may show there: checked below

            assertNoneContains(read, secrets);
            assertThat(rooms.view(room).get("answered").asInt()).isEqualTo(2);
            assertThat(site.page("/rooms/" + room.id())
                            .html()
                            .select("#answered")
                            .text())
                    .contains("2 members have answered");
        }

        @Test
        void aMemberSeesTheirOwnNameButNothingOfTheOthers() {
            String own =
                    site.page("/rooms/" + room.id(), "Cookie", zephyrineCookie).body();

            assertThat(own).contains(ZEPHYRINE);
            assertThat(own).doesNotContain(BALTHAZAR, BALTHAZAR_REASON, balthazar.id());
        }
    }

    @Nested
    class AfterTheReveal {

        @Test
        void ballotsAreMembersWithReasonsButNoNameIdOrTimeAnywhere() {
            rooms.reveal(room);

            Map<String, String> read = everythingReadable();
            read.remove("Balthazar's key on the page");

            assertNoneContains(read, identities());
            assertThat(read.get("anyone API")).contains("Member 1", "Member 2", ZEPHYRINE_REASON, BALTHAZAR_REASON);
            assertThat(read.get("anyone /decision.md")).contains("Member 1", ZEPHYRINE_REASON);
            assertThat(read.get("facilitator /ballots.csv")).contains("Member 2", BALTHAZAR_REASON);
            assertThat(site.page("/rooms/" + room.id())
                            .html()
                            .select("#results .members th[scope=row]")
                            .eachText())
                    .containsExactly("Member 1", "Member 2");
        }

        @Test
        void theOwnersPageShowsTheirNameOnlyToThem() {
            rooms.reveal(room);

            String own =
                    site.page("/rooms/" + room.id(), "Cookie", zephyrineCookie).body();

            assertThat(own).contains(ZEPHYRINE).doesNotContain(BALTHAZAR, balthazar.id());
        }
    }

    @Nested
    class TheLiveStreamAndTheLogs {

        @Test
        void carryNoNameReasonOrBallotId(CapturedOutput output) throws Exception {
            try (LiveStream stream = LiveStream.open(site.url(""), room.id(), Duration.ofSeconds(15))) {
                rooms.vote(room, "Cornelius Ashgrove", "Ashgrove-reason", Map.of("orm", 3));
                stream.awaitEvent(Duration.ofSeconds(15));
                rooms.reveal(room);
                everythingReadable();
                rooms.facilitate(room, "close");

                List<String> secrets = new ArrayList<>(identities());
                secrets.addAll(List.of("Cornelius Ashgrove", "Ashgrove-reason", ZEPHYRINE_REASON, BALTHAZAR_REASON));
                assertThat(String.join("\n", stream.lines())).doesNotContain(secrets);
                assertThat(output.getAll()).doesNotContain(secrets);
            }
        }
    }

    @Nested
    class WhenTheRoomCloses {

        @Test
        void theNamesAreDeletedFromTheTableAndStayDeletedWhenItReopens() {
            assertThat(storedNames()).containsExactlyInAnyOrder(ZEPHYRINE, BALTHAZAR);

            rooms.facilitate(room, "close");
            List<String> closed = storedNames();
            rooms.facilitate(room, "reopen");

            assertThat(closed).containsOnly("");
            assertThat(storedNames()).containsOnly("");
            assertThat(site.page("/rooms/" + room.id(), "Cookie", zephyrineCookie)
                            .body())
                    .doesNotContain(ZEPHYRINE)
                    .contains("You answered.");
        }

        List<String> storedNames() {
            return jdbc.queryForList("SELECT name FROM ballot WHERE room_id = ?", String.class, room.id());
        }
    }
}
