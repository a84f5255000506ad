package com.frameworkadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.support.RawHttp;
import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import com.frameworkadvisor.support.WebTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Random and malformed input of every kind the application accepts, generated from fixed seeds so that a failure
 * can be replayed: whatever arrives, the answer is never a 5xx, a refusal always says what is wrong (a problem with a
 * detail, or a page with a heading and an explanation), no input ever comes back as markup, and a room stored before
 * is unchanged after.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputPropertyTest {

    private static final int SEEDS = 60;

    /** An element no page of ours has: if it ever parses out of an answer, input came back as markup. */
    private static final String PROBE = "<b data-probe=x>probe</b><script>probe()</script><img src=x onerror=probe()>";

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

    /** A room with a ballot, stored before any hostile input arrives, to check that nothing of it is lost. */
    String sentinelRoom;

    JsonNode sentinelBefore;

    /** A room that hostile ballots may legitimately join. */
    String openRoom;

    @BeforeAll
    void storeASentinelRoom() {
        OpenedRoom sentinel = rooms.openRoom("Sentinel", "Must survive.");
        sentinelRoom = sentinel.id();
        rooms.vote(sentinel, "Ada", Map.of("orm", 4));
        rooms.reveal(sentinel);
        sentinelBefore = rooms.viewAsAnyone(sentinel);
        openRoom = rooms.openRoom("Open to anything").id();
    }

    @AfterAll
    void theSentinelRoomIsUnchanged() {
        assertThat(site.get("/api/rooms/" + sentinelRoom, "application/json").json())
                .isEqualTo(sentinelBefore);
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, SEEDS).mapToObj(i -> 1_000L + i);
    }

    @Nested
    class TheEvaluationApi {

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("com.frameworkadvisor.security.HostileInputPropertyTest#seeds")
        void answersRandomWeightMapsWithAResultOrAProblemThatNamesTheField(long seed) {
            Random random = new Random(seed);
            String body = "{\"weights\": " + randomWeights(random)
                    + (random.nextBoolean() ? ", \"mustHave\": " + randomJson(random, 2) : "") + "}";

            Reply reply = site.postJson("/api/evaluations", body);

            assertSensibleJson(reply, body);
            if (reply.status() == 400) {
                assertThat(reply.json().get("errors")).as(body).isNotNull();
                assertThat(reply.json().get("errors").get(0).get("field").asString())
                        .as(body)
                        .isNotBlank();
            }
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("com.frameworkadvisor.security.HostileInputPropertyTest#seeds")
        void answersMalformedDocumentsWithAProblem(long seed) {
            String body = malformedJson(new Random(seed));

            Reply reply = site.postJson("/api/evaluations", body);

            assertSensibleJson(reply, body);
            assertThat(reply.status()).as(body).isBetween(400, 499);
        }
    }

    @Nested
    class TheRoomApi {

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("com.frameworkadvisor.security.HostileInputPropertyTest#seeds")
        void answersRandomRoomsAndBallotsWithAnAnswerOrAProblem(long seed) {
            Random random = new Random(seed);
            String room = random.nextInt(4) == 0
                    ? malformedJson(random)
                    : "{\"title\": " + randomJson(random, 1) + ", \"context\": " + randomJson(random, 1) + "}";
            String ballot = random.nextInt(4) == 0
                    ? malformedJson(random)
                    : "{\"name\": " + randomJson(random, 1) + ", \"weights\": " + randomWeights(random) + "}";

            assertSensibleJson(site.postJson("/api/rooms", room), room);
            assertSensibleJson(site.postJson("/api/rooms/" + sentinelRoom + "/ballots-not-here", ballot), ballot);
            String path = switch (random.nextInt(3)) {
                case 0 -> "/api/rooms/" + openRoom + "/ballots";
                case 1 -> "/api/rooms/" + sentinelRoom + "/ballots/" + "A".repeat(22);
                default -> "/api/rooms/" + sentinelRoom + "/decision";
            };
            assertSensibleJson(
                    site.json(
                            path.endsWith("ballots") ? "POST" : "PUT",
                            path,
                            ballot,
                            "X-Ballot-Key",
                            "wrong",
                            "X-Facilitator-Key",
                            "wrong"),
                    ballot);
        }
    }

    @Nested
    class Pages {

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("com.frameworkadvisor.security.HostileInputPropertyTest#seeds")
        void answerRandomQueryStringsWithAPageOrAnErrorPage(long seed) {
            Random random = new Random(seed);
            String path = List.of(
                            "/",
                            "/results",
                            "/results.md",
                            "/compare",
                            "/rooms/new",
                            "/rooms/" + sentinelRoom,
                            "/rooms/" + openRoom + "/join")
                    .get(random.nextInt(7));
            String query = randomQuery(random);

            Reply reply = site.page(path + "?" + query);

            assertSensiblePage(reply, path + "?" + query);
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("com.frameworkadvisor.security.HostileInputPropertyTest#seeds")
        void answerBrokenEscapesAndRawBytesInTheAddressWithoutAFailure(long seed) {
            Random random = new Random(seed);
            String target = List.of("/results?", "/?", "/rooms/" + openRoom + "/join?", "/compare?")
                            .get(random.nextInt(4))
                    + randomRawQuery(random);

            RawHttp.Answer answer = RawHttp.send(site.url(""), "GET", target);

            assertThat(answer.status()).as(target).isLessThan(500);
            assertThat(answer.body()).as(target).doesNotContain("data-probe", "Exception", "Whitelabel");
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("com.frameworkadvisor.security.HostileInputPropertyTest#seeds")
        void answerRandomFormPostsWithAPageThatNamesTheProblem(long seed) {
            Random random = new Random(seed);
            String form = switch (random.nextInt(3)) {
                case 0 -> "title=" + encode(randomText(random, 200)) + "&context=" + encode(randomText(random, 3000));
                case 1 -> "name=" + encode(randomText(random, 80)) + "&" + randomQuery(random);
                default -> randomQuery(random);
            };
            String path = List.of(
                            "/rooms",
                            "/rooms/" + openRoom + "/join",
                            "/rooms/" + sentinelRoom + "/decision",
                            "/rooms/" + sentinelRoom + "/close")
                    .get(random.nextInt(4));

            Reply reply = site.form(path, form);

            assertSensiblePage(reply, path + " " + form);
        }
    }

    @Nested
    class Limits {

        @Test
        void anOversizedAddressOrHeaderIsRefusedAndTheServerGoesOn() {
            RawHttp.Answer longQuery = RawHttp.send(site.url(""), "GET", "/results?orm=5&x=" + "a".repeat(20_000));
            RawHttp.Answer longHeader = RawHttp.send(site.url(""), "GET", "/", "X-Padding: " + "a".repeat(20_000));

            assertThat(longQuery.status()).isBetween(400, 431);
            assertThat(longHeader.status()).isBetween(400, 431);
            assertThat(site.page("/").status()).isEqualTo(200);
        }

        @Test
        void tooManyParametersAreRefused() {
            String query = String.join(
                    "&", IntStream.range(0, 300).mapToObj(i -> "p" + i + "=1").toList());

            Reply reply = site.page("/results?" + query);

            assertThat(reply.status()).isBetween(400, 499);
        }
    }

    // --- what every answer must be ---

    private static void assertSensibleJson(Reply reply, String body) {
        String input = reply.response().request().method() + " "
                + reply.response().uri().getPath() + " -> " + reply.status() + " " + body;
        assertThat(reply.status()).as(input).isLessThan(500);
        assertThat(reply.contentType()).as(input).startsWith("application/");
        assertThat(reply.header("X-Content-Type-Options")).as(input).contains("nosniff");
        if (reply.status() >= 400) {
            assertThat(reply.contentType()).as(input).startsWith("application/problem+json");
            assertThat(reply.json().get("detail").asString()).as(input).isNotBlank();
            assertThat(reply.json().get("status").asInt()).as(input).isEqualTo(reply.status());
        }
    }

    private static void assertSensiblePage(Reply reply, String input) {
        assertThat(reply.status()).as(input).isLessThan(500);
        if (reply.contentType().startsWith("text/html")) {
            Document page = reply.html();
            assertThat(page.select("[data-probe], [onerror], script:not([src])"))
                    .as(input)
                    .isEmpty();
            if (reply.status() >= 400) {
                assertThat(page.select("h1").text()).as(input).isNotBlank();
                assertThat(page.select("main").text()).as(input).isNotBlank();
            }
        } else if (reply.status() < 300) {
            // /results.md: Markdown, where markup would be dangerous only if served as HTML.
            assertThat(reply.contentType()).as(input).startsWith("text/markdown");
        }
        assertThat(reply.body()).as(input).doesNotContain("Exception", "Whitelabel");
    }

    // --- generators ---

    private String randomWeights(Random random) {
        if (random.nextInt(5) == 0) {
            return randomJson(random, 3);
        }
        List<Criterion> criteria = kb.criteria();
        // Distinct names: a repeated name is malformed JSON, refused as a whole (see malformedJson).
        Set<String> keys = new LinkedHashSet<>();
        int count = random.nextInt(criteria.size() + 3);
        for (int i = 0; i < count; i++) {
            keys.add(
                    random.nextInt(5) == 0
                            ? randomText(random, 20)
                            : criteria.get(random.nextInt(criteria.size())).id());
        }
        StringBuilder weights = new StringBuilder("{");
        for (String key : keys) {
            weights.append(weights.length() == 1 ? "" : ", ")
                    .append(jsonString(key))
                    .append(": ")
                    .append(randomWeight(random));
        }
        return weights.append('}').toString();
    }

    private static String randomWeight(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> Integer.toString(random.nextInt(20) - 10);
            case 1 -> Double.toString(random.nextDouble() * 6);
            case 2 -> "\"" + random.nextInt(6) + "\"";
            case 3 -> "1e400";
            case 4 -> "99999999999999999999999";
            case 5 -> randomJson(random, 1);
            default -> Integer.toString(random.nextInt(6));
        };
    }

    private static String randomJson(Random random, int depth) {
        int kind = random.nextInt(depth <= 0 ? 5 : 7);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> Boolean.toString(random.nextBoolean());
            case 2 -> Long.toString(random.nextLong());
            case 3 -> Double.toString(random.nextGaussian() * 1e6);
            case 4 -> jsonString(randomText(random, 40));
            case 5 -> "[" + randomJson(random, depth - 1) + ", " + randomJson(random, depth - 1) + "]";
            default -> "{" + jsonString(randomText(random, 10)) + ": " + randomJson(random, depth - 1) + "}";
        };
    }

    private static String malformedJson(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> "";
            case 1 -> "{\"weights\": {\"orm\": 5";
            case 2 -> "[".repeat(2_000 + random.nextInt(5_000)) + "]".repeat(10);
            case 3 -> "{\"weights\": " + "{\"a\": ".repeat(3_000) + "1" + "}".repeat(3_000) + "}";
            case 4 -> "{'weights': {orm: 5}}";
            case 5 -> "\"" + randomText(random, 100) + "\"";
            case 6 -> "{\"weights\": {\"orm\": 5}} trailing " + PROBE;
            case 7 -> "{\"weights\": {\"orm\": 5}, \"weights\": {\"orm\": 1}}";
            default -> randomText(random, 500);
        };
    }

    /** Text of every awkward kind: markup, control characters, quotes, non-Latin scripts, emoji, formulas. */
    private static String randomText(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        while (text.length() < length) {
            switch (random.nextInt(10)) {
                case 0 -> text.append(PROBE);
                case 1 -> text.append((char) random.nextInt(32));
                case 2 -> text.append("\"'`\\");
                case 3 -> text.append("=HYPERLINK(\"http://x\")");
                case 4 -> text.append("Ωμέγα 日本語 ");
                case 5 -> text.appendCodePoint(0x1F600 + random.nextInt(50));
                case 6 -> text.append("{{x}} ${x} #{x} [[x]] __${x}__");
                case 7 -> text.append("&amp;&#0;%00%");
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    private String randomQuery(Random random) {
        StringBuilder query = new StringBuilder();
        int count = random.nextInt(12);
        List<Criterion> criteria = kb.criteria();
        for (int i = 0; i < count; i++) {
            String name = switch (random.nextInt(5)) {
                case 0 -> randomText(random, 12);
                case 1 -> "must";
                case 2 -> "profile";
                default -> criteria.get(random.nextInt(criteria.size())).id();
            };
            String value = random.nextBoolean() ? Integer.toString(random.nextInt(9) - 2) : randomText(random, 30);
            query.append(i == 0 ? "" : "&").append(encode(name)).append('=').append(encode(value));
        }
        return query.toString();
    }

    /** A query as raw bytes on the wire: broken percent escapes, bare markup, stray separators. */
    private static String randomRawQuery(Random random) {
        StringBuilder query = new StringBuilder();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            query.append(
                            switch (random.nextInt(6)) {
                                case 0 -> "orm=%zz";
                                case 1 -> "%";
                                case 2 -> "a=%E2%82";
                                case 3 -> "=&&=";
                                case 4 -> "x=%3Cb%20data-probe%3Dx%3E";
                                default -> "orm=" + random.nextInt(7);
                            })
                    .append('&');
        }
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                json.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", c));
            } else {
                json.appendCodePoint(c);
            }
        });
        return json.append('"').toString();
    }
}
