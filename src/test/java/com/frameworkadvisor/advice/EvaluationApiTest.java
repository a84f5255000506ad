package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** POST /api/evaluations over HTTP. Numbers follow the shipped ratings: ORM Django 5 / Flask 3, admin 5 / 2. */
@WebTest
class EvaluationApiTest {

    @Autowired
    Site site;

    private static void isProblem(Site.Reply reply, int status, String detail) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).contains(detail);
    }

    @Nested
    class AValidRequest {

        private final JsonNode result = site.postJson("/api/evaluations", "{\"weights\": {\"orm\": 5, \"admin\": 3}}")
                .json();

        @Test
        void ranksWithUnroundedScoresAndContributions() {
            JsonNode first = result.get("ranking").get(0);
            assertThat(first.get("framework").asString()).isEqualTo("django");
            assertThat(first.get("name").asString()).isEqualTo("Django");
            assertThat(first.get("rank").asInt()).isEqualTo(1);
            assertThat(first.get("score").asDouble()).isEqualTo(100.0);
            assertThat(first.get("contributions").get("orm").asDouble()).isEqualTo(62.5);
            JsonNode second = result.get("ranking").get(1);
            assertThat(second.get("framework").asString()).isEqualTo("flask");
            assertThat(second.get("score").asDouble()).isCloseTo(52.5, within(1e-9));
        }

        @Test
        void statesTheWinnerMarginDecidingCriteriaAndVersion() {
            assertThat(result.get("winner").asString()).isEqualTo("django");
            assertThat(result.get("margin").asDouble()).isCloseTo(47.5, within(1e-9));
            assertThat(result.get("decidingCriteria"))
                    .extracting(JsonNode::asString)
                    .containsExactly("orm", "admin");
            assertThat(result.get("knowledgeBaseVersion").asString()).isEqualTo("2026.11.3");
        }

        @Test
        void echoesEveryCriterionsWeightAndTheShareableLink() {
            assertThat(result.get("weights").size()).isEqualTo(18);
            assertThat(result.get("weights").get("security").asInt()).isZero();
            assertThat(result.get("resultsUrl").asString()).isEqualTo("/results?v=2026.11.3&orm=5&admin=3");
        }

        @Test
        void aTieHasANullWinner() {
            JsonNode tie = site.postJson("/api/evaluations", "{\"weights\": {\"orm\": 5, \"flexibility\": 4}}")
                    .json();

            assertThat(tie.get("winner").isNull()).isTrue();
            assertThat(tie.get("margin").asDouble()).isZero();
            assertThat(tie.get("ranking"))
                    .extracting(r -> r.get("rank").asInt())
                    .containsExactly(1, 1);
        }
    }

    @Nested
    class Insight {

        @Test
        void listsEveryReachableTieWeightAndIsNotRobustWhenClose() {
            // Django 20 + 7.5, Flask 12 + 15: flexibility ties at 3 + 0.5 / 2.5 = 3.2, ORM at 4 − 0.5 / 2 = 3.75
            JsonNode result = site.postJson("/api/evaluations", "{\"weights\": {\"orm\": 4, \"flexibility\": 3}}")
                    .json();

            assertThat(result.get("robust").asBoolean()).isFalse();
            JsonNode first = result.get("sensitivity").get(0);
            assertThat(first.get("criterion").asString()).isEqualTo("flexibility");
            assertThat(first.get("framework").asString()).isEqualTo("flask");
            assertThat(first.get("tieWeight").asDouble()).isCloseTo(3.2, within(1e-9));
            assertThat(result.get("sensitivity")).anySatisfy(s -> {
                assertThat(s.get("criterion").asString()).isEqualTo("orm");
                assertThat(s.get("tieWeight").asDouble()).isCloseTo(3.75, within(1e-9));
            });
        }

        @Test
        void isRobustWhenNoSingleAnswerChangesTheWinner() {
            JsonNode result = site.postJson("/api/evaluations", "{\"weights\": {\"orm\": 5, \"admin\": 3}}")
                    .json();

            assertThat(result.get("robust").asBoolean()).isTrue();
            assertThat(result.get("sensitivity")).isEmpty();
        }

        @Test
        void mustHavesReorderTheRankingAndNameWhatEachFrameworkFails() {
            JsonNode result = site.postJson(
                            "/api/evaluations", "{\"weights\": {\"flexibility\": 5}, \"mustHave\": [\"admin\"]}")
                    .json();

            assertThat(result.get("winner").asString()).isEqualTo("django");
            assertThat(result.get("ranking").get(0).get("failedMustHaves")).isEmpty();
            assertThat(result.get("ranking").get(1).get("failedMustHaves"))
                    .extracting(JsonNode::asString)
                    .containsExactly("admin");
            assertThat(result.get("resultsUrl").asString()).isEqualTo("/results?v=2026.11.3&flexibility=5&must=admin");
        }
    }

    @Nested
    class BadRequests {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                {"weights": {"orm": 9}}                 | weights.orm: must be a whole number from 0 to 5, but was 9
                {"weights": {"orm": 2.5}}               | weights.orm: must be a whole number from 0 to 5, but was 2.5
                {"weights": {"orm": "5"}}               | weights.orm: must be a whole number from 0 to 5, but was a string
                {"weights": {"orm": null}}              | weights.orm: must be a whole number from 0 to 5, but was null
                {"weights": {"orm": true}}              | weights.orm: must be a whole number from 0 to 5, but was a boolean
                {"weights": {"orm": 99999999999999999999}} | weights.orm: must be a whole number from 0 to 5
                {"weights": {"colour": 3}}              | weights.colour: 'colour' is not a known criterion
                {"weights": {"orm": 0, "admin": 0}}     | weights: give at least one criterion a weight above 0
                {"weights": {}}                         | weights: give at least one criterion a weight above 0
                {"weights": [5, 3]}                     | weights: must be an object
                {"weight": {"orm": 5}}                  | weight: is not a known property
                {"weights": {"orm": 5}, "mustHave": ["colour"]} | mustHave[0]: 'colour' is not a known criterion
                {"weights": {"orm": 5}, "mustHave": "admin"}    | mustHave: must be an array of criterion ids
                {"weights": {"orm": 5}, "mustHave": [1]}        | mustHave[0]: must be a criterion id, but was 1
                {}                                      | weights: is required
                [1, 2]                                  | body: the request body must be a JSON object
                {"weights": {"orm": 5}                  | The request body is not valid JSON at line 1
                {"weights": {"orm": 5}} trailing        | The request body is not valid JSON
                """)
        void getA400ProblemNamingTheField(String body, String detail) {
            isProblem(site.postJson("/api/evaluations", body), 400, detail);
        }

        @Test
        void listEachFieldProblemSeparately() {
            JsonNode problem = site.postJson("/api/evaluations", "{\"weights\": {\"orm\": 9, \"colour\": 1}}")
                    .json();

            assertThat(problem.get("errors"))
                    .extracting(e -> e.get("field").asString())
                    .containsExactly("weights.orm", "weights.colour");
        }

        @Test
        void anEmptyBodyIsMissing() {
            isProblem(site.postJson("/api/evaluations", ""), 400, "The request body is missing");
        }

        @Test
        void aWrongContentTypeIs415() {
            isProblem(
                    site.post("/api/evaluations", "text/plain", "orm=5"),
                    415,
                    "Content-Type 'text/plain' is not supported");
        }

        @Test
        void aFormPostIs415Too() {
            isProblem(
                    site.post("/api/evaluations", "application/x-www-form-urlencoded", "orm=5"), 415, "not supported");
        }

        @Test
        void aWrongMethodIs405WithTheAllowedOnes() {
            Site.Reply reply = site.get("/api/evaluations", "application/json");

            isProblem(reply, 405, "Method 'GET' is not supported");
            assertThat(reply.header("Allow")).contains("POST");
        }

        @Test
        void anOversizedBodyIs413() {
            String body = "{\"weights\": {\"orm\": 5}, \"padding\": \"" + "x".repeat(70_000) + "\"}";

            isProblem(site.postJson("/api/evaluations", body), 413, "larger than the limit of 65536 bytes");
        }

        @Test
        void anOversizedBodyOfUnknownLengthIs413() {
            byte[] chunk = ("{\"weights\": {\"orm\": 5}, \"padding\": \"" + "x".repeat(70_000) + "\"}").getBytes();
            Site.Reply reply = site.send(HttpRequest.newBuilder(URI.create(site.url("/api/evaluations")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(chunk))));

            isProblem(reply, 413, "larger than the limit");
        }

        @Test
        void anUnknownApiPathIs404() {
            Site.Reply reply = site.get("/api/no-such-thing", "application/json");

            isProblem(reply, 404, "There is nothing at /api/no-such-thing.");
            assertThat(reply.json().get("instance").asString()).isEqualTo("/api/no-such-thing");
        }

        @Test
        void anUnknownApiPathIsAProblemEvenForABrowser() {
            isProblem(site.page("/api/no-such-thing"), 404, "There is nothing at /api/no-such-thing.");
        }
    }
}
