package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.VersionedWebTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Links, the API and the comparison name their knowledge-base version, with 2026.11.1 and a later 2026.12.1 (which
 * removed {@code hiring} and added {@code async}) published.
 */
@VersionedWebTest
class VersionedLinksTest {

    @Autowired
    Site site;

    private String mainText(Site.Reply reply) {
        return reply.html().selectFirst("main").text();
    }

    @Nested
    class AResultsLink {

        @Test
        void withoutAVersionIsComputedWithTheFirstOneAndItsLinkSaysSo() {
            Site.Reply reply = site.page("/results?orm=5&admin=3");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.html().selectFirst("#share-url").attr("href"))
                    .isEqualTo(site.url("/results?v=2026.11.1&orm=5&admin=3"));
        }

        @Test
        void withTheCurrentVersionKeepsIt() {
            Site.Reply reply = site.page("/results?v=2026.12.1&async=4");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.html().selectFirst("#share-url").attr("href"))
                    .isEqualTo(site.url("/results?v=2026.12.1&async=4"));
            assertThat(reply.html().selectFirst("meta[property=og:url]").attr("content"))
                    .isEqualTo(site.url("/results?v=2026.12.1&async=4"));
            assertThat(reply.html().selectFirst("link[rel=canonical]").attr("href"))
                    .isEqualTo(site.url("/results?v=2026.12.1&async=4"));
        }

        @Test
        void withAMalformedVersionIsA400NamingV() {
            Site.Reply reply = site.page("/results?v=latest&orm=5");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(mainText(reply))
                    .contains("v: must be a knowledge-base version such as 2026.12.1, but was 'latest'");
        }

        @Test
        void withTheVersionTwiceIsA400NamingV() {
            Site.Reply reply = site.page("/results?v=2026.11.1&v=2026.12.1&orm=5");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(mainText(reply)).contains("v: is given more than once");
        }

        @Test
        void withAnUnknownVersionIsA404NamingTheKnownOnes() {
            Site.Reply reply = site.page("/results?v=2027.01.1&orm=5");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(mainText(reply))
                    .contains("There is no knowledge base version '2027.01.1' here. The versions are: 2026.11.1,"
                            + " 2026.12.1.");
        }

        @Test
        void withACriterionOfAnotherVersionIsA400SayingWhichKnowledgeBaseItIsNotIn() {
            Site.Reply old = site.page("/results?async=3");
            Site.Reply current = site.page("/results?v=2026.12.1&hiring=3");

            assertThat(old.status()).isEqualTo(400);
            assertThat(mainText(old)).contains("'async' is not a criterion in knowledge base 2026.11.1");
            assertThat(current.status()).isEqualTo(400);
            assertThat(mainText(current)).contains("'hiring' is not a criterion in knowledge base 2026.12.1");
        }
    }

    @Nested
    class TheEvaluationApi {

        @Test
        void usesTheCurrentVersionWhenTheBodyNamesNone() {
            JsonNode result = site.postJson("/api/evaluations", "{\"weights\": {\"async\": 4}}")
                    .json();

            assertThat(result.get("knowledgeBaseVersion").asString()).isEqualTo("2026.12.1");
            assertThat(result.get("resultsUrl").asString()).isEqualTo("/results?v=2026.12.1&async=4");
        }

        @Test
        void usesTheVersionTheBodyNames() {
            JsonNode result = site.postJson(
                            "/api/evaluations",
                            "{\"knowledgeBaseVersion\": \"2026.11.1\", \"weights\": {\"hiring\": 4}}")
                    .json();

            assertThat(result.get("knowledgeBaseVersion").asString()).isEqualTo("2026.11.1");
            assertThat(result.get("resultsUrl").asString()).isEqualTo("/results?v=2026.11.1&hiring=4");
        }

        @Test
        void refusesACriterionOfAnotherVersionNamingTheVersionsThatHaveIt() {
            Site.Reply reply = site.postJson("/api/evaluations", "{\"weights\": {\"hiring\": 4, \"orm\": 2}}");

            assertThat(reply.status()).isEqualTo(400);
            JsonNode error = reply.json().get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("weights.hiring");
            assertThat(error.get("message").asString())
                    .isEqualTo("'hiring' is not a criterion in knowledge base 2026.12.1; it is one in 2026.11.1");
        }

        @Test
        void refusesAMalformedOrUnknownVersionNamingTheField() {
            Site.Reply malformed =
                    site.postJson("/api/evaluations", "{\"knowledgeBaseVersion\": \"new\", \"weights\": {\"orm\": 2}}");
            Site.Reply unknown = site.postJson(
                    "/api/evaluations", "{\"knowledgeBaseVersion\": \"2027.01.1\", \"weights\": {\"orm\": 2}}");

            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("knowledgeBaseVersion");
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.json().get("errors").get(0).get("message").asString())
                    .isEqualTo("'2027.01.1' is not a published knowledge-base version; the versions are 2026.11.1,"
                            + " 2026.12.1");
        }
    }

    @Nested
    class TheKnowledgeBaseApi {

        @Test
        void listsEveryVersionOldestFirstWithTheCurrentOneMarked() {
            JsonNode versions =
                    site.get("/api/knowledge-base/versions", "application/json").json();

            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).get("version").asString()).isEqualTo("2026.11.1");
            assertThat(versions.get(0).get("released").asString()).isEqualTo("2026-11-21");
            assertThat(versions.get(0).get("current").asBoolean()).isFalse();
            assertThat(versions.get(1).get("version").asString()).isEqualTo("2026.12.1");
            assertThat(versions.get(1).get("current").asBoolean()).isTrue();
            assertThat(versions.get(1).get("summary").asString()).isNotBlank();
        }

        @Test
        void returnsAnyVersionAndTheCurrentOneByDefault() {
            assertThat(site.get("/api/knowledge-base", "application/json")
                            .json()
                            .get("version")
                            .asString())
                    .isEqualTo("2026.12.1");
            assertThat(site.get("/api/knowledge-base?version=2026.11.1", "application/json")
                            .json()
                            .get("version")
                            .asString())
                    .isEqualTo("2026.11.1");
        }

        @Test
        void answersAnUnknownVersionWithA404Problem() {
            Site.Reply reply = site.get("/api/knowledge-base?version=2027.01.1", "application/json");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("detail").asString()).contains("2026.11.1, 2026.12.1");
        }
    }

    @Nested
    class TheComparison {

        @Test
        void showsAnyVersion() {
            assertThat(site.page("/compare?v=2026.11.1").html().select("#criterion-hiring, [id*=hiring]"))
                    .isNotEmpty();
            assertThat(site.page("/compare").html().select("[id*=hiring]")).isEmpty();
        }

        @Test
        void refusesAMalformedVersion() {
            assertThat(site.page("/compare?v=x").status()).isEqualTo(400);
        }
    }
}
