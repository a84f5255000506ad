package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.LiveStream;
import com.frameworkadvisor.support.LiveStream.ServerEvent;
import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import com.frameworkadvisor.support.WebTest;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whatever people type as a room's title and context or as their name and reason comes back as the text they typed,
 * on every page and in every file, and never as markup, script or a spreadsheet formula.
 */
@WebTest
class MarkupIsTextEverywhereTest {

    static final String TITLE = "<script>alert('title')</script> Shop & <b>Co</b>";
    static final String CONTEXT = "<img src=x onerror=alert('context')> [link](javascript:alert(1)) # heading";
    static final String NAME = "=HYPERLINK(\"http://evil\",\"<svg onload=alert(1)>\")";
    static final String REASON = "@SUM(1+1)*cmd|' /C calc'!A0 <iframe src=javascript:alert('reason')>\n# Not a heading"
            + " [click](javascript:alert(2)) **bold**";

    @Autowired
    Site site;

    @Autowired
    RoomClient rooms;

    OpenedRoom room;
    String roomId;

    @BeforeEach
    void openARoomWithHostileText() {
        room = rooms.openRoom(TITLE, CONTEXT);
        roomId = room.id();
    }

    void answerAndReveal() {
        rooms.vote(room, NAME, REASON, Map.of("orm", 5, "admin", 2));
        rooms.reveal(room);
    }

    @Nested
    class Pages {

        @Test
        void showTheTitleContextAndNameAsTypedWithNoElementMadeOfThem() {
            answerAndReveal();

            for (String path :
                    List.of("/rooms/" + roomId, "/rooms/" + roomId + "/present", "/rooms/" + roomId + "/join")) {
                Document page = site.page(path).html();

                assertThat(page.text()).as(path).contains(TITLE);
                assertThat(page.select("script:not([src]), [onerror], [onload], svg[onload], b:contains(Co)"))
                        .as(path)
                        .isEmpty();
                assertThat(page.title()).as(path).contains(TITLE);
            }
            Document room = site.page("/rooms/" + roomId).html();
            assertThat(room.text()).contains(CONTEXT, NAME);
            assertThat(room.select("#results .members td.reason").first().wholeText())
                    .isEqualTo(REASON);
            assertThat(room.select("iframe, a[href^=javascript]")).isEmpty();
        }
    }

    @Nested
    class TheLiveStream {

        @Test
        void carriesOnlyTheRevisionNeverWhatWasTyped() throws Exception {
            try (LiveStream stream = LiveStream.open(site.url(""), roomId, Duration.ofSeconds(15))) {
                answerAndReveal();

                ServerEvent event = stream.awaitEvent(Duration.ofSeconds(15));

                assertThat(event.name()).isEqualTo("room");
                assertThat(event.data()).matches("\\d+");
                assertThat(String.join("\n", stream.lines())).doesNotContain("<", "HYPERLINK", "alert");
            }
        }
    }

    @Nested
    class TheDecisionRecord {

        @Test
        void escapesMarkdownAndHtmlSoNothingTypedBecomesALinkHeadingOrTag() {
            answerAndReveal();
            rooms.decide(room, "django", CONTEXT);

            Reply record = site.get("/rooms/" + roomId + "/decision.md", "text/markdown");

            assertThat(record.status()).isEqualTo(200);
            assertThat(record.contentType()).startsWith("text/markdown");
            assertThat(record.body())
                    .doesNotContain("<script>", "<img", "<svg", "<iframe")
                    .contains("&lt;script&gt;", "\\[link\\](javascript:alert(1))", "\\# heading")
                    .contains("### Reasons given", "&lt;iframe", "\\# Not a heading", "\\*\\*bold\\*\\*")
                    .doesNotContainPattern("(?<!\\\\)\\]\\(javascript:")
                    .doesNotContainPattern("(?m)^# heading")
                    .doesNotContainPattern("(?m)^\\s*# Not a heading");
        }
    }

    @Nested
    class TheBallotsCsv {

        @Test
        void keepsTheNameAsTextAndDefusesTheFormula() throws Exception {
            answerAndReveal();

            Reply csv = site.get("/rooms/" + roomId + "/ballots.csv", "text/csv");
            List<CSVRecord> rows = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(csv.body()))
                    .getRecords();

            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get(0)).isEqualTo("'" + NAME);
            assertThat(rows.get(0).get("reason")).isEqualTo("'" + REASON);
        }
    }
}
