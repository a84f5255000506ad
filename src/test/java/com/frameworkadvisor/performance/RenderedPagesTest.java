package com.frameworkadvisor.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import com.frameworkadvisor.support.WebTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The questionnaire, results and comparison pages depend only on their inputs, so a browser that holds one is told it
 * is still current without anything being rendered, and a page rendered once is answered again from memory.
 */
@WebTest
class RenderedPagesTest {

    @Autowired
    Site site;

    @Nested
    class Validators {

        @ParameterizedTest
        @ValueSource(strings = {"/", "/results?orm=5&admin=3", "/compare"})
        void aPageCarriesAWeakETagAndIsRevalidatedNeverImmutable(String path) {
            Reply page = site.page(path);

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("ETag"))
                    .hasValueSatisfying(etag -> assertThat(etag).matches("W/\"[0-9a-f]{32}\""));
            assertThat(page.header("Cache-Control")).hasValue("no-cache");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/", "/?profile=mvp-deadline", "/results?orm=5&admin=3", "/compare"})
        void aBrowserHoldingThePageIsToldItIsStillCurrentWithNoBody(String path) {
            String etag = site.page(path).header("ETag").orElseThrow();

            Reply again = site.page(path, "If-None-Match", etag);

            assertThat(again.status()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.header("ETag")).hasValue(etag);
        }

        @Test
        void theSameAnswersInAnotherOrderAreTheSamePage() {
            assertThat(etag("/results?orm=5&admin=3&must=admin")).isEqualTo(etag("/results?must=admin&admin=3&orm=5"));
        }

        @Test
        void otherAnswersAnotherLanguageOrAnotherAddressAreAnotherPage() {
            String page = etag("/results?orm=5&admin=3");

            assertThat(etag("/results?orm=5&admin=2")).isNotEqualTo(page);
            assertThat(site.page("/results?orm=5&admin=3", "Accept-Language", "de")
                            .header("ETag"))
                    .isNotEqualTo(site.page("/results?orm=5&admin=3", "Accept-Language", "en")
                            .header("ETag"));
            assertThat(site.page("/results?orm=5&admin=3", "X-Forwarded-Host", "advisor.example")
                            .header("ETag")
                            .orElseThrow())
                    .isNotEqualTo(page);
        }

        @Test
        void anOutdatedValidatorGetsTheWholePage() {
            Reply page = site.page("/compare", "If-None-Match", "W/\"0123456789abcdef0123456789abcdef\"");

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.html().selectFirst("h1")).isNotNull();
        }

        private String etag(String path) {
            return site.page(path).header("ETag").orElseThrow();
        }
    }

    @Nested
    class KeptPages {

        @ParameterizedTest
        @ValueSource(strings = {"/?orm=4", "/results?orm=4&admin=4&security=1", "/compare?v=2026.11.1"})
        void areAnsweredWithTheBytesFirstRendered(String path) {
            Reply first = site.page(path);
            Reply second = site.page(path);

            assertThat(second.status()).isEqualTo(200);
            assertThat(second.contentType()).isEqualTo("text/html;charset=UTF-8");
            assertThat(second.body()).isEqualTo(first.body());
        }

        @Test
        void carryTheHeadersOfTheRenderedPage() {
            String path = "/results?orm=2&admin=1&security=5&hiring=4";
            Reply rendered = site.page(path);
            Reply kept = site.page(path);

            assertThat(headers(kept)).isEqualTo(headers(rendered));
            assertThat(kept.header("Content-Security-Policy")).isPresent();
            assertThat(kept.header("Set-Cookie")).isEmpty();
        }

        @Test
        void areTheSamePageForTheSameAnswersInAnotherOrder() {
            Reply page = site.page("/results?orm=3&admin=1&security=5&must=admin");
            site.page("/results?must=admin&security=5&admin=1&orm=3");

            Reply again = site.page("/results?must=admin&security=5&admin=1&orm=3");

            assertThat(again.body()).isEqualTo(page.body());
            assertThat(again.header("ETag")).isEqualTo(page.header("ETag"));
        }

        @Test
        void answerHeadWithTheHeadersAndNoBody() {
            String path = "/compare?v=2026.11.1";
            Reply page = site.page(path);

            Reply head = site.send(HttpRequest.newBuilder(URI.create(site.url(path)))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()));

            assertThat(head.status()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.header("ETag")).isEqualTo(page.header("ETag"));
        }

        @Test
        void areCountedInTheRequestMetricsUnderTheirRoute() throws InterruptedException {
            String path = "/results?orm=1&admin=1&security=1";
            site.page(path);
            double before = requests("/results");

            site.page(path);
            site.page(path, "If-None-Match", site.page(path).header("ETag").orElseThrow());

            for (int waited = 0; requests("/results") < before + 3 && waited < 50; waited++) {
                // The observation ends just after the last byte is sent.
                Thread.sleep(100);
            }
            assertThat(requests("/results")).isEqualTo(before + 3);
        }

        @Test
        void evaluateNothingSoTheyAreNotCountedAsEvaluations() {
            String path = "/results?orm=1&admin=2&security=3";
            site.page(path);
            site.page(path); // kept once asked for again
            double evaluations = evaluations();

            site.page(path);

            assertThat(evaluations()).isEqualTo(evaluations);
        }

        private double evaluations() {
            return site.get("/actuator/metrics/advisor.evaluations?tag=channel:page", "application/json")
                    .json()
                    .get("measurements")
                    .get(0)
                    .get("value")
                    .asDouble();
        }

        private double requests(String route) {
            Reply metric = site.get("/actuator/metrics/http.server.requests?tag=uri:" + route, "application/json");
            return metric.status() == 404
                    ? 0
                    : metric.json().get("measurements").get(0).get("value").asDouble();
        }

        private Map<String, List<String>> headers(Reply reply) {
            Map<String, List<String>> headers =
                    new TreeMap<>(reply.response().headers().map());
            headers.remove("date");
            return headers;
        }
    }
}
