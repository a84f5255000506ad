package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.LiveStream;
import com.frameworkadvisor.support.LiveStream.ServerEvent;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import com.frameworkadvisor.support.WebTest;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Whatever people type as a room's title and context or as their name comes back as the text they typed, on every
 * page and in every file, and never as markup, script or a spreadsheet formula.
 */
@WebTest
class MarkupIsTextEverywhereTest {

    static final String TITLE = "<script>alert('title')</script> Shop & <b>Co</b>";
    static final String CONTEXT = "<img src=x onerror=alert('context')> [link](javascript:alert(1)) # heading";
    static final String NAME = "=HYPERLINK(\"http://evil\",\"<svg onload=alert(1)>\")";

    @Autowired
    Site site;

    String roomId;
    String facilitatorKey;

    @BeforeEach
    void openARoomWithHostileText() {
        JsonNode room = site.postJson("/api/rooms", json("title", TITLE, "context", CONTEXT))
                .json();
        roomId = room.get("id").asString();
        facilitatorKey = room.get("facilitatorKey").asString();
    }

    void answerAndReveal() {
        assertThat(site.postJson(
                                "/api/rooms/" + roomId + "/ballots",
                                "{\"name\": " + quoted(NAME) + ", \"weights\": {\"orm\": 5, \"admin\": 2}}")
                        .status())
                .isEqualTo(201);
        site.json("POST", "/api/rooms/" + roomId + "/reveal", null, "X-Facilitator-Key", facilitatorKey);
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
            site.json(
                    "PUT",
                    "/api/rooms/" + roomId + "/decision",
                    json("framework", "django", "notes", CONTEXT),
                    "X-Facilitator-Key",
                    facilitatorKey);

            Reply record = site.get("/rooms/" + roomId + "/decision.md", "text/markdown");

            assertThat(record.status()).isEqualTo(200);
            assertThat(record.contentType()).startsWith("text/markdown");
            assertThat(record.body())
                    .doesNotContain("<script>", "<img", "<svg")
                    .contains("&lt;script&gt;", "\\[link\\](javascript:alert(1))", "\\# heading")
                    .doesNotContainPattern("(?<!\\\\)\\]\\(javascript:")
                    .doesNotContainPattern("(?m)^# heading");
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
        }
    }

    static String json(String... pairs) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            json.append(i == 0 ? "" : ", ")
                    .append(quoted(pairs[i]))
                    .append(": ")
                    .append(quoted(pairs[i + 1]));
        }
        return json.append('}').toString();
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
