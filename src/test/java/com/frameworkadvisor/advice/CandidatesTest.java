package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.ThreeFrameworksWebTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Which frameworks are in the running, with the three-framework knowledge base published as 2026.12.1 (Alpha and Beta
 * by default; Gamma left out unless chosen) after the shipped 2026.11.1 (Django and Flask). Alpha is fastest, Gamma
 * safest, Beta in between.
 */
@ThreeFrameworksWebTest
class CandidatesTest {

    private static final String V = "v=2026.12.1";

    @Autowired
    Site site;

    @Autowired
    RoomClient roomClient;

    private Document results(String query) {
        Site.Reply reply = site.page("/results?" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.html();
    }

    private static List<String> ranking(Document page) {
        return page.select("ol.ranking li .name").eachText();
    }

    private static String shareUrl(Document page) {
        return page.selectFirst("#share-url").attr("href");
    }

    @Nested
    class TheLinkGrammar {

        @Test
        void withoutFwRanksTheVersionsDefaultCandidatesOnly() {
            Document page = results(V + "&speed=5");

            assertThat(ranking(page)).containsExactly("Alpha", "Beta");
            assertThat(shareUrl(page)).isEqualTo(site.url("/results?" + V + "&speed=5"));
        }

        @Test
        void aCommaListPutsThoseFrameworksInTheRunning() {
            Document page = results(V + "&speed=5&fw=alpha,beta,gamma");

            assertThat(ranking(page)).containsExactly("Alpha", "Beta", "Gamma");
            assertThat(shareUrl(page)).isEqualTo(site.url("/results?" + V + "&speed=5&fw=alpha,beta,gamma"));
        }

        @Test
        void aRepeatedParameterAsCheckboxesSendItIsTheSame() {
            Document page = results(V + "&fw=gamma&speed=5&fw=alpha");

            assertThat(ranking(page)).containsExactly("Alpha", "Gamma");
            assertThat(shareUrl(page)).isEqualTo(site.url("/results?" + V + "&speed=5&fw=alpha,gamma"));
        }

        @Test
        void duplicatesAreIgnoredAndTheCanonicalFormKeepsTheKnowledgeBasesOrder() {
            Document page = results(V + "&speed=5&fw=gamma,beta,gamma");

            assertThat(ranking(page)).containsExactly("Beta", "Gamma");
            assertThat(shareUrl(page)).isEqualTo(site.url("/results?" + V + "&speed=5&fw=beta,gamma"));
        }

        @Test
        void theCanonicalFormLeavesFwOutWhenItNamesTheDefaults() {
            Document page = results(V + "&speed=5&fw=beta,alpha");

            assertThat(shareUrl(page)).isEqualTo(site.url("/results?" + V + "&speed=5"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "fw=alpha,zeta | fw 'zeta' is not a known framework; the frameworks are alpha, beta, gamma",
                    "fw=alpha,django | fw 'django' is not a framework in knowledge base 2026.12.1; it is one in 2026.11.1",
                    "fw=alpha | fw must name at least two frameworks to compare, but names only 'alpha'",
                    "fw=alpha,alpha | fw must name at least two frameworks to compare, but names only 'alpha'",
                    "fw=alpha, | fw must be a comma-separated list of framework ids such as 'alpha,beta', but was 'alpha,'",
                    "fw= | fw must be a comma-separated list of framework ids such as 'alpha,beta', but was ''",
                })
        void aBrokenFwIsA400NamingIt(String fw, String message) {
            Site.Reply reply = site.page("/results?" + V + "&speed=5&" + fw);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.html().selectFirst("main").text()).contains(message);
        }
    }

    @Nested
    class AFrameworkLeftOut {

        @Test
        void thatWouldHaveWonIsNamedWithItsScoreAndALinkThatIncludesIt() {
            Document page = results(V + "&safety=5");

            assertThat(ranking(page)).containsExactly("Beta", "Alpha");
            Element leftOut = page.selectFirst(".left-out");
            assertThat(leftOut.text())
                    .startsWith("Gamma was left out, yet would fit best with the same answers: 100.0 out of 100.");
            assertThat(leftOut.selectFirst("a").text()).isEqualTo("See the result with Gamma included");
            assertThat(leftOut.selectFirst("a").attr("href"))
                    .isEqualTo("/results?" + V + "&safety=5&fw=alpha,beta,gamma");
        }

        @Test
        void isNotMentionedWhenACandidateWins() {
            assertThat(results(V + "&speed=5").select(".left-out")).isEmpty();
        }

        @Test
        void isNotMentionedWhenEveryFrameworkIsInTheRunning() {
            assertThat(results(V + "&safety=5&fw=alpha,beta,gamma").select(".left-out"))
                    .isEmpty();
        }

        @Test
        void countsWithTheSameMustHaves() {
            // Gamma fails speed as a must-have (rated 1), so with it the winner would still be a candidate.
            assertThat(results(V + "&safety=5&must=speed").select(".left-out")).isEmpty();
        }

        @Test
        void isInTheDecisionRecordToo() {
            Site.Reply reply = site.get("/results.md?" + V + "&safety=5", "text/markdown");

            assertThat(reply.body())
                    .contains("Gamma was left out, yet would fit best with the same answers: 100.0 out of 100. <"
                            + site.url("/results?" + V + "&safety=5&fw=alpha,beta,gamma") + ">");
        }
    }

    @Nested
    class ThreeCandidates {

        private final Document page = results(V + "&ease=1&fw=alpha,beta,gamma");

        @Test
        void haveAHeadlineForMany() {
            assertThat(page.selectFirst("h1").text()).isEqualTo("Alpha fits this project best — 80 vs 60 for Beta");
        }

        @Test
        void markEachFrameworkWithAShapeOfItsOwnAsWellAsAColour() {
            Element row = page.selectFirst("svg.profile g");
            assertThat(row.select("path.mark")).hasSize(3);
            List<String> shapes = row.select("path.mark").stream()
                    .map(mark -> mark.classNames().stream()
                            .filter(c -> c.startsWith("shape-"))
                            .findFirst()
                            .orElseThrow())
                    .toList();
            assertThat(shapes).doesNotHaveDuplicates();
            assertThat(page.select(".charts figure").get(1).select(".legend li"))
                    .extracting(li -> li.text() + " " + li.className())
                    .containsExactly(
                            "Alpha series-0 shape-circle",
                            "Beta series-1 shape-square",
                            "Gamma series-2 shape-triangle");
        }

        @Test
        void includeTheThirdInTheSensitivity() {
            JsonNode result = site.postJson(
                            "/api/evaluations",
                            "{\"weights\": {\"ease\": 1}, \"frameworks\": [\"alpha\", \"beta\", \"gamma\"]}")
                    .json();

            assertThat(result.get("sensitivity")
                            .valueStream()
                            .map(s -> s.get("framework").asString()))
                    .contains("beta", "gamma");
            assertThat(page.select(".flips li").eachText()).anyMatch(flip -> flip.contains("Gamma"));
        }

        @Test
        void keepTheirBoxesTickedInTheWhatIfForm() {
            assertThat(page.select("#what-if input[name=fw][checked]").eachAttr("value"))
                    .containsExactly("alpha", "beta", "gamma");
        }

        @Test
        void areEachAnOptionOfTheDecisionRecord() {
            String record = site.get("/results.md?" + V + "&ease=1&fw=alpha,beta,gamma", "text/markdown")
                    .body();

            assertThat(record).contains("### Alpha", "### Beta", "### Gamma", "* Gamma: 20.0 out of 100");
        }
    }

    @Nested
    class TheQuestionnaire {

        private List<String> ticked(Document page) {
            return page.select("#questions input[name=fw][checked]").eachAttr("value");
        }

        @Test
        void asksWhichFrameworksAreInTheRunningWithTheDefaultsTicked() {
            Document page = site.page("/").html();

            assertThat(page.select("#questions fieldset.candidates legend").text())
                    .isEqualTo("Which frameworks are in the running?");
            assertThat(page.select("#questions input[name=fw]").eachAttr("value"))
                    .containsExactly("alpha", "beta", "gamma");
            assertThat(ticked(page)).containsExactly("alpha", "beta");
        }

        @Test
        void aPresetTicksItsOwnCandidates() {
            assertThat(ticked(site.page("/?profile=racer").html())).containsExactly("alpha", "gamma");
        }

        @Test
        void earlierAnswersKeepTheirCandidates() {
            assertThat(ticked(site.page("/?" + V + "&speed=3&fw=beta,gamma").html()))
                    .containsExactly("beta", "gamma");
        }
    }

    @Nested
    class TheApi {

        @Test
        void ranksTheDefaultsAndNamesALeftOutWinner() {
            JsonNode result = site.postJson("/api/evaluations", "{\"weights\": {\"safety\": 5}}")
                    .json();

            assertThat(result.get("candidates").valueStream().map(JsonNode::asString))
                    .containsExactly("alpha", "beta");
            assertThat(result.get("ranking")
                            .valueStream()
                            .map(r -> r.get("framework").asString()))
                    .containsExactly("beta", "alpha");
            JsonNode leftOut = result.get("leftOutWinner");
            assertThat(leftOut.get("framework").asString()).isEqualTo("gamma");
            assertThat(leftOut.get("name").asString()).isEqualTo("Gamma");
            assertThat(leftOut.get("score").asDouble()).isEqualTo(100.0);
            assertThat(leftOut.get("resultsUrl").asString())
                    .isEqualTo("/results?" + V + "&safety=5&fw=alpha,beta,gamma");
            assertThat(result.get("resultsUrl").asString()).isEqualTo("/results?" + V + "&safety=5");
        }

        @Test
        void ranksTheFrameworksAsked() {
            JsonNode result = site.postJson(
                            "/api/evaluations",
                            "{\"weights\": {\"safety\": 5}, \"frameworks\": [\"gamma\", \"alpha\"]}")
                    .json();

            assertThat(result.get("candidates").valueStream().map(JsonNode::asString))
                    .containsExactly("alpha", "gamma");
            assertThat(result.get("ranking")
                            .valueStream()
                            .map(r -> r.get("framework").asString()))
                    .containsExactly("gamma", "alpha");
            assertThat(result.get("leftOutWinner").isNull()).isTrue();
            assertThat(result.get("resultsUrl").asString()).isEqualTo("/results?" + V + "&safety=5&fw=alpha,gamma");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "[\"alpha\", \"zeta\"] | frameworks: 'zeta' is not a known framework",
                    "[\"alpha\", \"flask\"] | frameworks: 'flask' is not a framework in knowledge base 2026.12.1; it is one in 2026.11.1",
                    "[\"alpha\"] | frameworks: must name at least two frameworks to compare, but names only 'alpha'",
                    "\"alpha,beta\" | frameworks: must be an array of framework ids",
                    "[\"alpha\", 2] | frameworks[1]: must be a framework id, but was 2",
                })
        void refusesBadFrameworksWithA400NamingThem(String frameworks, String detail) {
            Site.Reply reply = site.postJson(
                    "/api/evaluations", "{\"weights\": {\"safety\": 5}, \"frameworks\": " + frameworks + "}");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("detail").asString()).contains(detail);
        }
    }

    @Nested
    class ARoom {

        private RoomClient.OpenedRoom open(String frameworks) {
            Site.Reply reply =
                    site.json("POST", "/api/rooms", "{\"title\": \"Pick one\", \"frameworks\": " + frameworks + "}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            return new RoomClient.OpenedRoom(
                    reply.json().get("id").asString(),
                    reply.json().get("facilitatorKey").asString());
        }

        @Test
        void withThreeCandidatesRanksThemOnEveryBallotAndInTheGroupResult() {
            RoomClient.OpenedRoom room = open("[\"gamma\", \"alpha\", \"beta\"]");
            roomClient.vote(room, "Ada", Map.of("safety", 5));
            roomClient.vote(room, "Bo", Map.of("speed", 1, "safety", 4));

            JsonNode view = roomClient.view(room);

            assertThat(view.get("frameworks").valueStream().map(JsonNode::asString))
                    .containsExactly("alpha", "beta", "gamma");
            assertThat(view.get("group")
                            .get("ranking")
                            .valueStream()
                            .map(r -> r.get("framework").asString()))
                    .containsExactly("gamma", "beta", "alpha");
            assertThat(view.get("ballots").get(0).get("scores").propertyNames())
                    .containsExactlyInAnyOrder("alpha", "beta", "gamma");
        }

        @Test
        void withoutFrameworksHasTheVersionsDefaults() {
            RoomClient.OpenedRoom room = roomClient.openRoom("Pick one");
            roomClient.vote(room, "Ada", Map.of("safety", 5));

            JsonNode view = roomClient.view(room);

            assertThat(view.get("frameworks").valueStream().map(JsonNode::asString))
                    .containsExactly("alpha", "beta");
            assertThat(view.get("group")
                            .get("ranking")
                            .valueStream()
                            .map(r -> r.get("framework").asString()))
                    .containsExactly("beta", "alpha");
        }

        @Test
        void refusesADecisionOutsideItsCandidates() {
            RoomClient.OpenedRoom room = roomClient.openRoom("Pick one");

            Site.Reply reply = roomClient.sendDecision(room, "gamma", "Safest");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("detail").asString())
                    .contains("framework: 'gamma' is not in this room's running; choose one of alpha, beta");
        }

        @Test
        void takesADecisionForAnyOfItsCandidates() {
            RoomClient.OpenedRoom room = open("[\"alpha\", \"beta\", \"gamma\"]");

            roomClient.decide(room, "gamma", "Safest");

            assertThat(roomClient.view(room).get("decision").get("framework").asString())
                    .isEqualTo("gamma");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "[\"alpha\", \"zeta\"] | frameworks: 'zeta' is not a known framework",
                    "[\"gamma\"] | frameworks: must name at least two frameworks to compare, but names only 'gamma'",
                    "\"alpha\" | frameworks: must be an array of framework ids",
                })
        void refusesBadFrameworksWithA400NamingThem(String frameworks, String detail) {
            Site.Reply reply =
                    site.json("POST", "/api/rooms", "{\"title\": \"Pick one\", \"frameworks\": " + frameworks + "}");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("detail").asString()).contains(detail);
        }

        @Test
        void canBeOpenedWithCandidatesTickedOnThePage() {
            Document form = site.page("/rooms/new").html();
            assertThat(form.select("input[name=fw][checked]").eachAttr("value")).containsExactly("alpha", "beta");

            Site.Reply created = site.form("/rooms", "title=Pick+one&fw=alpha&fw=gamma");

            assertThat(created.status()).isEqualTo(302);
            String roomId = created.header("Location").orElseThrow().replaceAll(".*/rooms/([^?]+).*", "$1");
            assertThat(site.get("/api/rooms/" + roomId, "application/json")
                            .json()
                            .get("frameworks")
                            .valueStream()
                            .map(JsonNode::asString))
                    .containsExactly("alpha", "gamma");
        }
    }

    /** Candidates together with the settings of issue 18: the two features of a room meet in one room. */
    @Nested
    class AnAnonymousRoomWithADeadline {

        private RoomClient.OpenedRoom open() {
            return roomClient.openRoom(Map.of(
                    "title",
                    "Pick one",
                    "frameworks",
                    List.of("gamma", "alpha"),
                    "anonymous",
                    true,
                    "reasonRequired",
                    true,
                    "closesAt",
                    Instant.now().plus(Duration.ofHours(2)).toString(),
                    "expectedMembers",
                    2,
                    "revealWhenAllAnswered",
                    true));
        }

        @Test
        void ranksOnlyItsCandidatesOnceEveryoneIsInAndShowsLabelsInstead() {
            RoomClient.OpenedRoom room = open();
            roomClient.vote(room, "Ada", "Safety first", Map.of("safety", 5));
            roomClient.vote(room, "Bo", "Fast enough", Map.of("speed", 1, "safety", 4));

            JsonNode view = roomClient.viewAsAnyone(room);

            assertThat(view.get("revealed").asBoolean()).isTrue();
            assertThat(view.get("anonymous").asBoolean()).isTrue();
            assertThat(view.get("answered").asInt()).isEqualTo(2);
            assertThat(view.get("frameworks").valueStream().map(JsonNode::asString))
                    .containsExactly("alpha", "gamma");
            assertThat(view.get("group")
                            .get("ranking")
                            .valueStream()
                            .map(r -> r.get("framework").asString()))
                    .containsExactly("gamma", "alpha");
            assertThat(view.get("ballots").valueStream().map(b -> b.get("label").asString()))
                    .containsExactlyInAnyOrder("Member 1", "Member 2");
            assertThat(view.get("ballots")
                            .valueStream()
                            .map(b -> b.get("reason").asString()))
                    .containsExactlyInAnyOrder("Safety first", "Fast enough");
            view.get("ballots")
                    .forEach(b ->
                            assertThat(b.get("scores").propertyNames()).containsExactlyInAnyOrder("alpha", "gamma"));
            assertThat(view.toString()).doesNotContain("Ada", "\"Bo\"");
        }

        @Test
        void takesADecisionOnlyForOneOfItsCandidatesAndExportsBoth() {
            RoomClient.OpenedRoom room = open();
            roomClient.vote(room, "Ada", "Safety first", Map.of("safety", 5));
            roomClient.vote(room, "Bo", "Fast enough", Map.of("speed", 1, "safety", 4));

            Site.Reply refused = roomClient.sendDecision(room, "beta", "In between");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("detail").asString())
                    .contains("framework: 'beta' is not in this room's running; choose one of alpha, gamma");

            roomClient.decide(room, "gamma", "Safest");
            String record = site.get("/rooms/" + room.id() + "/decision.md", "text/markdown")
                    .body();
            assertThat(record).contains("Gamma", "Safety first", "Fast enough", "Member 1", "2 members, anonymously");
            assertThat(record).doesNotContain("Ada");
            String csv = site.get(
                            "/rooms/" + room.id() + "/ballots.csv",
                            "text/csv",
                            RoomClient.FACILITATOR_KEY,
                            room.facilitatorKey())
                    .body();
            assertThat(csv.lines().skip(1).map(line -> line.split(",")[1])).containsOnly("gamma");
            assertThat(csv).contains("Safety first", "Fast enough").doesNotContain("Ada");
        }

        @Test
        void isOpenedFromThePageWithCandidatesAndOptionsThatComeBackWhenRefused() {
            Site.Reply refused =
                    site.form("/rooms", "title=Pick+one&fw=alpha&fw=gamma&anonymous=true&expectedMembers=1");

            assertThat(refused.status()).isEqualTo(400);
            Document form = refused.html();
            assertThat(form.select("input[name=fw][checked]").eachAttr("value")).containsExactly("alpha", "gamma");
            assertThat(form.select("input[name=anonymous][checked]")).hasSize(1);
            assertThat(form.selectFirst("input[name=expectedMembers]").attr("value"))
                    .isEqualTo("1");

            Site.Reply created =
                    site.form("/rooms", "title=Pick+one&fw=alpha&fw=gamma&anonymous=true&expectedMembers=3");

            assertThat(created.status()).isEqualTo(302);
            String roomId = created.header("Location").orElseThrow().replaceAll(".*/rooms/([^?]+).*", "$1");
            JsonNode view = site.get("/api/rooms/" + roomId, "application/json").json();
            assertThat(view.get("frameworks").valueStream().map(JsonNode::asString))
                    .containsExactly("alpha", "gamma");
            assertThat(view.get("anonymous").asBoolean()).isTrue();
            assertThat(view.get("expectedMembers").asInt()).isEqualTo(3);
        }
    }

    @Nested
    class TheComparison {

        @Test
        void namesEveryFrameworkInItsTitle() {
            assertThat(site.page("/compare").html().title())
                    .isEqualTo("Alpha, Beta and Gamma side by side — Framework Advisor");
        }
    }
}
