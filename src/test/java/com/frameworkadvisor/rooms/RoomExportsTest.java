package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.RoomClient.SentBallot;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import com.frameworkadvisor.support.WebTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The room downloads, over real HTTP: the decision record as Markdown and the ballots as CSV. Rooms and ballots are
 * made through the JSON API, as a client would. Ratings from the shipped knowledge base: security Django 5 / Flask 3,
 * admin 5 / 2.
 */
@WebTest
class RoomExportsTest {

    /** The two downloads: the decision record and the ballots. */
    private static final List<String> EXPORTS = List.of("decision.md", "ballots.csv");

    private static final Map<String, Integer> DJANGO_FAN = Map.of("admin", 5, "orm", 5);
    private static final Map<String, Integer> FLASK_FAN = Map.of("flexibility", 5, "learning-curve", 5);
    private static final Map<String, Integer> SECURITY_FIRST = Map.of("security", 5);

    @Autowired
    Site site;

    @Autowired
    KnowledgeBases kbs;

    @Autowired
    RoomClient rooms;

    KnowledgeBase kb;

    @org.junit.jupiter.api.BeforeEach
    void currentKnowledgeBase() {
        kb = kbs.current();
    }

    @Autowired
    JdbcTemplate jdbc;

    /** A GET of one of the room's downloads, as a browser's download link sends it, with extra header pairs. */
    Reply download(String roomId, String file, String... headers) {
        return site.get("/rooms/" + roomId + "/" + file, "*/*", headers);
    }

    /** The reason an export was refused, from the problem details a non-browser client gets. */
    String refusal(String roomId, String file, String... headers) {
        return site.get("/rooms/" + roomId + "/" + file, "application/json", headers)
                .json()
                .get("detail")
                .asString();
    }

    Reply markdown(OpenedRoom room) {
        Reply reply = download(room.id(), "decision.md", "X-Facilitator-Key", room.facilitatorKey());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    List<CSVRecord> csvRows(String body) {
        try (CSVParser parser = csvFormat().parse(new StringReader(body))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> csvHeader(String body) {
        try (CSVParser parser = csvFormat().parse(new StringReader(body))) {
            return parser.getHeaderNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVFormat csvFormat() {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    }

    private String frameworkName(String id) {
        return kb.framework(id).orElseThrow().name();
    }

    private String criterionName(String id) {
        return kb.criterion(id).orElseThrow().name();
    }

    private static String whole(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    @Nested
    class Access {

        private OpenedRoom room;

        @BeforeEach
        void openARoomWithAnAnswer() {
            room = rooms.openRoom("Access rules", "Who may download what.");
            rooms.vote(room, "Ada", DJANGO_FAN);
        }

        @Test
        void bothExportsAreHiddenFromEveryoneElseBeforeTheReveal() {
            for (String file : EXPORTS) {
                assertThat(download(room.id(), file).status()).as(file).isEqualTo(403);
                assertThat(refusal(room.id(), file)).as(file).contains("hidden until the facilitator reveals them");
            }
        }

        @Test
        void theFacilitatorKeyHeaderOpensThemBeforeTheReveal() {
            for (String file : EXPORTS) {
                Reply reply = download(room.id(), file, "X-Facilitator-Key", room.facilitatorKey());
                assertThat(reply.status()).as(file).isEqualTo(200);
                assertThat(reply.body()).as(file).contains("Ada");
            }
        }

        @Test
        void theFacilitatorCookieOpensThemBeforeTheReveal() {
            for (String file : EXPORTS) {
                Reply reply =
                        download(room.id(), file, "Cookie", RoomCookies.FACILITATOR + "=" + room.facilitatorKey());
                assertThat(reply.status()).as(file).isEqualTo(200);
            }
        }

        @Test
        void aWrongKeyIsRefusedBeforeAndAfterTheReveal() {
            for (String file : EXPORTS) {
                assertThat(download(room.id(), file, "X-Facilitator-Key", "wrong")
                                .status())
                        .as(file)
                        .isEqualTo(403);
                assertThat(refusal(room.id(), file, "X-Facilitator-Key", "wrong"))
                        .as(file)
                        .contains("facilitator key");
            }
            rooms.reveal(room);
            for (String file : EXPORTS) {
                assertThat(download(room.id(), file, "X-Facilitator-Key", "wrong")
                                .status())
                        .as(file)
                        .isEqualTo(403);
            }
        }

        @Test
        void anyoneWithTheLinkGetsThemOnceRevealed() {
            rooms.reveal(room);

            for (String file : EXPORTS) {
                Reply reply = download(room.id(), file);
                assertThat(reply.status()).as(file).isEqualTo(200);
                assertThat(reply.body()).as(file).contains("Ada");
            }
        }

        @Test
        void anUnknownRoomIs404() {
            for (String file : EXPORTS) {
                assertThat(download("AAAAAAAAAAAAAAAAAAAAAA", file).status())
                        .as(file)
                        .isEqualTo(404);
                assertThat(download("not-a-room", file).status()).as(file).isEqualTo(404);
                assertThat(refusal("AAAAAAAAAAAAAAAAAAAAAA", file))
                        .as(file)
                        .contains("There is no room at this address");
            }
        }

        @Test
        void anExpiredRoomIs410() {
            String expired = Tokens.random();
            jdbc.update(
                    "INSERT INTO expired_room (id, expired_at) VALUES (?, ?)", expired, Timestamp.from(Instant.now()));

            for (String file : EXPORTS) {
                assertThat(download(expired, file).status()).as(file).isEqualTo(410);
                assertThat(refusal(expired, file)).as(file).contains("This room has expired");
            }
        }
    }

    @Nested
    class Headers {

        private OpenedRoom room;

        @BeforeEach
        void openARoom() {
            room = rooms.openRoom("Café backend, 2027!", "");
            rooms.vote(room, "Ada", DJANGO_FAN);
        }

        @Test
        void theDecisionRecordIsAMarkdownAttachmentNamedAfterTheTitle() {
            Reply reply = markdown(room);

            assertThat(reply.contentType()).isEqualTo("text/markdown;charset=UTF-8");
            assertThat(reply.header("Content-Disposition"))
                    .hasValue("attachment; filename=\"decision-cafe-backend-2027.md\"");
            assertThat(reply.header("Cache-Control")).hasValue("no-store");
        }

        @Test
        void theBallotsAreACsvAttachmentNamedAfterTheTitle() {
            Reply reply = download(room.id(), "ballots.csv", "X-Facilitator-Key", room.facilitatorKey());

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).isEqualTo("text/csv;charset=UTF-8");
            assertThat(reply.header("Content-Disposition"))
                    .hasValue("attachment; filename=\"ballots-cafe-backend-2027.csv\"");
            assertThat(reply.header("Cache-Control")).hasValue("no-store");
        }

        @Test
        void aTitleWithoutLettersOrDigitsStillGivesAFileName() {
            OpenedRoom symbols = rooms.openRoom("<<*>>", "");

            assertThat(markdown(symbols).header("Content-Disposition"))
                    .hasValue("attachment; filename=\"decision-room.md\"");
        }
    }

    @Nested
    class DecisionRecordOfADecidedRoom {

        private OpenedRoom room;
        private String body;
        private JsonNode api;

        @BeforeEach
        void decideInARoomOfThree() {
            room = rooms.openRoom("Shop backend", "We build a shop.\nIt must be secure.");
            rooms.vote(room, "Ada", "The admin saves us weeks.\nAnd the ORM.", DJANGO_FAN);
            rooms.vote(room, "Grace", FLASK_FAN);
            rooms.vote(room, "Linus", "Security first.", SECURITY_FIRST);
            rooms.reveal(room);
            rooms.decide(room, "django", "The admin saves us months");
            body = markdown(room).body();
            api = rooms.view(room);
        }

        @Test
        void followsTheMadrLayout() {
            assertThat(body)
                    .startsWith("# Shop backend\n\n* Status: decided\n")
                    .contains(
                            "## Context and Problem Statement",
                            "## Decision Drivers",
                            "## Considered Options",
                            "## Decision Outcome",
                            "\n## Pros and Cons of the Options\n");
        }

        @Test
        void isDatedTheDayTheDecisionWasRecordedAndNamesTheDecisionMakers() {
            Instant decidedAt =
                    Instant.parse(api.get("decision").get("decidedAt").asString());
            LocalDate day = LocalDate.ofInstant(decidedAt, ZoneId.systemDefault());

            assertThat(body).contains("\n* Date: " + day + "\n").contains("\n* Decision-makers: Ada, Grace, Linus\n");
        }

        @Test
        void givesTheReasonsOfTheMembersWhoGaveOneUnderReasonsGivenLineByLine() {
            String reasons = body.substring(body.indexOf("\n### Reasons given\n"), body.indexOf("\n## Pros and Cons"));

            assertThat(reasons)
                    .isEqualTo("\n### Reasons given\n\n* Ada: The admin saves us weeks.\n  And the ORM.\n"
                            + "* Linus: Security first.\n");
        }

        @Test
        void keepsTheRoomContextLineByLine() {
            assertThat(body).contains("## Context and Problem Statement\n\nWe build a shop.\nIt must be secure.\n\n");
        }

        @Test
        void drivesTheDecisionByTheGroupsMostWeightedCriteria() {
            // Each member's weights are scaled to sum to 1: security 1/3 for Linus alone, 1/6 for each of the others.
            assertThat(body).contains("""
                    * Built-in security (group weight 33%)
                    * ORM and database access (group weight 17%)
                    * Ready-made admin back office (group weight 17%)
                    * Gentle learning curve (group weight 17%)
                    * Flexibility and control (group weight 17%)
                    """);
        }

        @Test
        void listsTheOptionsWithTheGroupScoresOfTheApi() {
            StringBuilder options = new StringBuilder();
            for (JsonNode rank : api.get("group").get("ranking")) {
                options.append("* ")
                        .append(frameworkName(rank.get("framework").asString()))
                        .append(": ")
                        .append(whole(rank.get("score").asDouble()))
                        .append(" out of 100 for the group\n");
            }

            // A room without frameworks ranks the version's default candidates.
            assertThat(api.get("group").get("ranking"))
                    .hasSize(kb.candidatesByDefault().size());
            assertThat(body).contains("## Considered Options\n\n" + options);
        }

        @Test
        void statesTheChosenOptionWithTheNotes() {
            assertThat(body)
                    .contains("## Decision Outcome\n\nChosen option: \"Django\", because The admin saves us months.\n");
        }

        @Test
        void summarisesTheGroupResultAsTheApiComputesIt() {
            JsonNode group = api.get("group");
            JsonNode first = group.get("ranking").get(0);
            assertThat(group.get("winner").asString()).isEqualTo("django");
            assertThat(body)
                    .contains("Group result of 3 members: \"Django\" comes first with "
                            + whole(first.get("score").asDouble()) + " out of 100, ahead of \"Flask\" with "
                            + whole(group.get("ranking").get(1).get("score").asDouble()) + ".");

            // Ada and Linus put Django first, Grace Flask.
            assertThat(group.get("firstChoiceShare").get("django").asDouble()).isCloseTo(2 / 3.0, offset(1e-9));
            assertThat(body).contains("* Django: 67%\n* Flask: 33%\n");

            List<String> pivotal = new ArrayList<>();
            group.get("pivotalMembers").forEach(m -> pivotal.add(m.get("name").asString()));
            assertThat(body)
                    .contains(
                            pivotal.isEmpty()
                                    ? "No member is pivotal"
                                    : "Pivotal members, without any one of whom the group's first place would differ: "
                                            + String.join(", ", pivotal) + ".\n");
        }

        @Test
        void namesTheDisputedCriteriaWithTheRangeOfAnswers() {
            List<String> disputed = new ArrayList<>();
            for (JsonNode spread : api.get("criteria")) {
                if (spread.get("disputed").asBoolean()) {
                    disputed.add("* " + criterionName(spread.get("criterion").asString()) + ": answers from "
                            + spread.get("min").asInt() + "–"
                            + spread.get("max").asInt() + "\n");
                }
            }

            // Every weighted criterion was weighed 5 by one member and 0 by the others.
            assertThat(disputed).hasSize(5).contains("* Built-in security: answers from 0–5\n");
            assertThat(body).contains("or more apart:\n\n" + String.join("", disputed));
        }

        @Test
        void givesEachMembersOwnResultAsAPermanentLinkWithTheRoomsVersion() {
            Map<String, String> links = new LinkedHashMap<>();
            links.put("Ada", "/results?v=2026.11.3&orm=5&admin=5");
            links.put("Grace", "/results?v=2026.11.3&learning-curve=5&flexibility=5");
            links.put("Linus", "/results?v=2026.11.3&security=5");
            StringBuilder members = new StringBuilder();
            for (JsonNode ballot : api.get("ballots")) {
                String name = ballot.get("name").asString();
                double top = 0;
                for (JsonNode score : ballot.get("scores")) {
                    top = Math.max(top, score.asDouble());
                }
                members.append("* ")
                        .append(name)
                        .append(": \"")
                        .append(frameworkName(ballot.get("winner").asString()))
                        .append("\" first with ")
                        .append(whole(top))
                        .append(" out of 100, <")
                        .append(site.url(links.get(name)))
                        .append(">\n");
            }

            assertThat(body)
                    .contains("Each member's own result, and a permanent link to it (knowledge base version 2026.11.3):"
                            + "\n\n" + members);
            // The link shows the member's own result, as the results page computes it.
            Reply ada = site.page(links.get("Ada"));
            assertThat(ada.status()).isEqualTo(200);
            assertThat(ada.body()).contains("2026.11.3");
        }

        @Test
        void weighsProsAndConsOnTheWeightedCriteriaOnly() {
            String prosAndCons = body.substring(body.indexOf("## Pros and Cons of the Options"));

            assertThat(prosAndCons)
                    .contains("\n### Django\n", "\n### Flask\n")
                    .contains("* Good, because of Built-in security (rated 5.0 of 5)")
                    .contains("* Bad, because of Built-in security (rated 3.0 of 5)")
                    .contains("* Good, because of Ready-made admin back office (rated 5.0 of 5)")
                    .contains("* Bad, because of Ready-made admin back office (rated 2.0 of 5)")
                    .doesNotContain("because of Templating");
        }

        @Test
        void endsWithTheKnowledgeBaseVersion() {
            assertThat(body)
                    .endsWith(
                            "\n---\nComputed by Framework Advisor with knowledge base version " + kb.version() + ".\n");
        }
    }

    @Nested
    class DecisionRecordOfAnUndecidedRoom {

        @Test
        void readsAsProposedWithSentencesInsteadOfNumbers() {
            LocalDate before = LocalDate.now();
            String body = markdown(rooms.openRoom("Nothing yet", "")).body();
            LocalDate after = LocalDate.now();

            assertThat(body)
                    .startsWith("# Nothing yet\n\n* Status: proposed\n")
                    .containsAnyOf("* Date: " + before + "\n", "* Date: " + after + "\n")
                    .contains("* Decision-makers: no one has answered yet\n")
                    .contains("No context was given when the room was opened.")
                    .contains("## Decision Drivers\n\nNo one has answered yet, so there is no group result.\n")
                    .contains("## Considered Options\n\n* Django\n* Flask\n")
                    .contains("## Decision Outcome\n\nNo decision recorded yet.\n\nNo one has answered yet")
                    .contains("* Good, because of Ready-made admin back office (rated 5.0 of 5)")
                    .doesNotContain("out of 100", "(group weight", "%", "Chosen option");
        }

        @Test
        void anUndecidedRoomWithAnswersShowsTheGroupResultButNoChoice() {
            OpenedRoom room = rooms.openRoom("Still talking", "");
            rooms.vote(room, "Ada", DJANGO_FAN);

            assertThat(markdown(room).body())
                    .contains("* Status: proposed\n")
                    .contains("No decision recorded yet.\n\nGroup result of 1 member: \"Django\" comes first")
                    .contains("Only one member's answers count, so the group result is theirs.")
                    .contains("No criterion is disputed")
                    .contains("### Reasons given\n\nNo member gave a reason.\n");
        }

        @Test
        void aSharedFirstPlaceIsSaidSo() {
            // Django 5 × 5 + 2.5 × 4 = 35, Flask 3 × 5 + 5 × 4 = 35
            OpenedRoom room = rooms.openRoom("Dead heat", "");
            rooms.vote(room, "Ada", Map.of("orm", 5, "flexibility", 4));
            JsonNode ranking = rooms.view(room).get("group").get("ranking");

            assertThat(ranking).extracting(r -> r.get("rank").asInt()).containsExactly(1, 1);
            assertThat(markdown(room).body())
                    .contains("Group result of 1 member: first place is shared by \"Django\" and " + "\"Flask\" with "
                            + whole(ranking.get(0).get("score").asDouble()) + " out of 100 each.\n")
                    .contains("* Django: 100%\n* Flask: 100%\n");
        }
    }

    @Nested
    class Escaping {

        private static final String SCRIPT_NAME = "<script>alert(1)</script> **bold**";

        @Test
        void markupInTitleContextNamesAndNotesStaysText() {
            OpenedRoom room = rooms.openRoom(
                    "Pick **one** <b>now</b>", "Line one\n# Not a heading\n- not a list\n1. not a list either");
            rooms.vote(room, SCRIPT_NAME, DJANGO_FAN);
            rooms.vote(room, "[me](http://evil.example) | `x` _y_", FLASK_FAN);
            rooms.decide(room, "django", "[click](javascript:alert(1)) <img src=x onerror=alert(1)>");

            String body = markdown(room).body();

            assertThat(body)
                    .doesNotContain(
                            "<script>",
                            "<b>",
                            "<img",
                            "**",
                            "[click]",
                            "[me]",
                            "`x`",
                            "_y_",
                            "\n# Not a heading",
                            "\n- not a list",
                            "\n1. not a list");
            assertThat(body)
                    .startsWith("# Pick \\*\\*one\\*\\* &lt;b&gt;now&lt;/b&gt;\n")
                    .contains("Line one\n\\# Not a heading\n\\- not a list\n1\\. not a list either\n")
                    .contains("* Decision-makers: &lt;script&gt;alert(1)&lt;/script&gt; \\*\\*bold\\*\\*, "
                            + "\\[me\\](http://evil.example) \\| \\`x\\` \\_y\\_\n")
                    .contains("because \\[click\\](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;.\n");
        }
    }

    @Nested
    class BallotsCsvExport {

        private OpenedRoom room;
        private SentBallot ada;

        @BeforeEach
        void openARoomWithThreeBallots() {
            room = rooms.openRoom("Spreadsheet", "");
            ada = rooms.vote(room, "Ada", DJANGO_FAN);
            rooms.vote(room, "=HYPERLINK(\"x\")", Map.of("security", 2, "flexibility", 4));
            rooms.vote(room, "-1+2 @Bob", Map.of("orm", 1));
        }

        String csv() {
            Reply reply = download(room.id(), "ballots.csv", "X-Facilitator-Key", room.facilitatorKey());
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            return reply.body();
        }

        @Test
        void hasTheFixedColumnsThenOneColumnPerCriterionInKnowledgeBaseOrder() {
            List<String> expected = new ArrayList<>(List.of("name", "submitted_at", "updated_at", "winner", "reason"));
            kb.questions().stream().filter(q -> !q.id().equals("team-knows")).forEach(q -> expected.add(q.id()));
            kb.criteria().forEach(c -> expected.add(c.id()));

            assertThat(csvHeader(csv())).containsExactlyElementsOf(expected);
        }

        @Test
        void hasOneRowPerBallotInTheRoomsOrderWithFormulasNeutralised() {
            List<CSVRecord> rows = csvRows(csv());

            assertThat(rows).extracting(r -> r.get("name")).containsExactly("Ada", "'=HYPERLINK(\"x\")", "'-1+2 @Bob");
            List<String> apiOrder = new ArrayList<>();
            rooms.view(room)
                    .get("ballots")
                    .forEach(b -> apiOrder.add(b.get("name").asString()));
            assertThat(apiOrder).containsExactly("Ada", "=HYPERLINK(\"x\")", "-1+2 @Bob");
        }

        @Test
        void givesEachBallotsWeightsAndOwnWinner() {
            List<CSVRecord> rows = csvRows(csv());
            JsonNode ballots = rooms.view(room).get("ballots");

            for (int i = 0; i < rows.size(); i++) {
                CSVRecord row = rows.get(i);
                JsonNode ballot = ballots.get(i);
                Map<String, Integer> weights = new LinkedHashMap<>();
                for (Criterion criterion : kb.criteria()) {
                    weights.put(criterion.id(), Integer.parseInt(row.get(criterion.id())));
                    assertThat(weights.get(criterion.id()))
                            .isEqualTo(ballot.get("weights").get(criterion.id()).asInt());
                }
                assertThat(row.get("winner")).isEqualTo(ballot.get("winner").asString());
            }
            CSVRecord first = rows.get(0);
            assertThat(first.get("orm")).isEqualTo("5");
            assertThat(first.get("admin")).isEqualTo("5");
            assertThat(first.get("security")).isEqualTo("0");
            assertThat(first.get("winner")).isEqualTo("django");
            assertThat(rows.get(1).get("flexibility")).isEqualTo("4");
        }

        @Test
        void recordsWhenEachBallotWasSentAndLastChanged() {
            Reply changed = rooms.changeBallot(room, ada, "Ada", FLASK_FAN);
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);

            CSVRecord row = csvRows(csv()).get(0);

            Instant submitted = Instant.parse(row.get("submitted_at"));
            Instant updated = Instant.parse(row.get("updated_at"));
            assertThat(updated).isAfterOrEqualTo(submitted);
            assertThat(row.get("flexibility")).isEqualTo("5");
            assertThat(row.get("orm")).isEqualTo("0");
            assertThat(row.get("winner")).isEqualTo("flask");
        }

        @Test
        void givesEachMembersProjectAnswersOneColumnPerQuestionAndNoneForTheRoomsTeamKnows() {
            Reply sent = rooms.sendBallot(
                    room,
                    Map.of(
                            "name",
                            "Grace",
                            "project",
                            Map.of("project-kind", "json-api", "scale", "growing", "deadline", "tight")));
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);

            List<CSVRecord> rows = csvRows(csv());

            CSVRecord grace = rows.get(3);
            assertThat(grace.get("project-kind")).isEqualTo("json-api");
            assertThat(grace.get("scale")).isEqualTo("growing");
            assertThat(grace.get("deadline")).isEqualTo("tight");
            assertThat(grace.get("staff-editing")).as("not answered").isEmpty();
            assertThat(rows.get(0).get("project-kind"))
                    .as("weights given directly")
                    .isEmpty();
            assertThat(csvHeader(csv())).doesNotContain("team-knows");
        }

        @Test
        void anEmptyRoomGivesTheHeaderAlone() {
            OpenedRoom empty = rooms.openRoom("Empty", "");
            String body = download(empty.id(), "ballots.csv", "X-Facilitator-Key", empty.facilitatorKey())
                    .body();

            assertThat(csvRows(body)).isEmpty();
            assertThat(csvHeader(body)).startsWith("name", "submitted_at", "updated_at", "winner");
        }
    }
}
