package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import com.frameworkadvisor.support.VersionedWebTest;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The room page's notice of a newer knowledge-base version, in the cases a restart is not needed for: a room made to
 * pin 2026.11.1 in its row, as rooms opened before 2026.12.1 was published do ({@code RoomsKeepTheirVersionTest}
 * publishes it for real). Only one notice is shown, whichever case applies.
 */
@VersionedWebTest
class NewerVersionNoticeTest {

    @Autowired
    Site site;

    @Autowired
    RoomClient rooms;

    @Autowired
    JdbcTemplate jdbc;

    OpenedRoom oldRoom(String title) {
        OpenedRoom room = rooms.openRoom(title);
        jdbc.update("UPDATE room SET knowledge_base_version = '2026.11.1' WHERE id = ?", room.id());
        return room;
    }

    String notice(OpenedRoom room) {
        Reply reply = site.page("/rooms/" + room.id());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.html().select(".newer-version")).hasSize(1);
        Element notice = reply.html().getElementById("newer-version");
        return notice.text();
    }

    @Test
    void answersThatCarryOverToATieSayTheGroupWouldBeSplit() {
        // api-backend: Flask ahead in 2026.11.1, level in 2026.12.1; hiring is gone.
        OpenedRoom room = oldRoom("Would tie");
        rooms.vote(room, "Ada", Map.of("api-backend", 5, "hiring", 5));
        rooms.reveal(room);

        assertThat(rooms.view(room).get("group").get("winner").asString()).isEqualTo("flask");
        assertThat(notice(room))
                .contains("With 2026.12.1, the same answers would split the group: Django, Flask share first place");
    }

    @Test
    void answersOnlyOnCriteriaThatAreGoneSayTheyWouldGiveNoResult() {
        OpenedRoom room = oldRoom("Nothing carries over");
        rooms.vote(room, "Ada", Map.of("hiring", 5));
        rooms.reveal(room);

        assertThat(notice(room)).contains("None of the answers is on a criterion 2026.12.1 still has");
    }

    @Test
    void beforeTheRevealTheAnswersAreNotHintedAt() {
        OpenedRoom room = oldRoom("Hidden");
        rooms.vote(room, "Ada", Map.of("hiring", 5));

        assertThat(notice(room))
                .isEqualTo("Knowledge base version 2026.12.1 has been published since this room was opened;"
                        + " the room keeps computing with version 2026.11.1.");
    }
}
