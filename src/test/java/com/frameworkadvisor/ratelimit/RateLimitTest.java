package com.frameworkadvisor.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import com.frameworkadvisor.support.SteppableClock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The limits as a client meets them, in an application of its own with small budgets. Each test speaks from its own
 * address (X-Forwarded-For, which Tomcat trusts from a loopback proxy), so the tests do not share a budget. The
 * application's clock stands still unless a test moves it on, so no budget refills while a test spends it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "advisor.rate-limits.room-creations=2", "advisor.rate-limits.room-creations-window=1h",
            "advisor.rate-limits.ballots=2", "advisor.rate-limits.ballots-window=1h",
            "advisor.rate-limits.evaluations=3", "advisor.rate-limits.evaluations-window=6s"
        })
@Import({Site.class, RoomClient.class, SteppableClock.Stopped.class})
class RateLimitTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Autowired
    Site site;

    @Autowired
    RoomClient rooms;

    @Autowired
    SteppableClock clock;

    final String client = "198.51.100." + NEXT_ADDRESS.getAndIncrement();

    Reply evaluate() {
        return site.json("POST", "/api/evaluations", "{\"weights\": {\"orm\": 5}}", "X-Forwarded-For", client);
    }

    /** Spends the whole evaluation budget, 3 requests, and returns the answer to one more. */
    Reply spendTheEvaluationBudget() {
        for (int i = 0; i < 3; i++) {
            assertThat(evaluate().status()).isEqualTo(200);
        }
        return evaluate();
    }

    @Nested
    class TheEvaluationApi {

        @Test
        void answers429WithRetryAfterAndAProblemOnceTheBudgetIsSpent() {
            Reply refused = spendTheEvaluationBudget();

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            // 3 requests per 6 s refill one every 2 s.
            assertThat(refused.header("Retry-After")).hasValue("2");
            assertThat(refused.json().get("status").asInt()).isEqualTo(429);
            assertThat(refused.json().get("detail").asString())
                    .isEqualTo(
                            "Too many requests evaluating answers from your address. Please try again in 2 seconds.");
        }

        @Test
        void servesTheClientAgainOnceTheWindowHasPassedAndNotBefore() {
            Reply refused = spendTheEvaluationBudget();
            assertThat(refused.status()).isEqualTo(429);
            Duration retryAfter = Duration.ofSeconds(
                    Long.parseLong(refused.header("Retry-After").orElseThrow()));

            clock.advance(retryAfter.minusMillis(1));
            assertThat(evaluate().status()).as("a moment before Retry-After").isEqualTo(429);

            clock.advance(Duration.ofMillis(1));
            assertThat(evaluate().status()).as("once Retry-After has passed").isEqualTo(200);
        }

        @Test
        void anotherClientIsStillServed() {
            assertThat(spendTheEvaluationBudget().status()).isEqualTo(429);

            assertThat(site.json(
                                    "POST",
                                    "/api/evaluations",
                                    "{\"weights\": {\"orm\": 5}}",
                                    "X-Forwarded-For",
                                    "198.51.100.250")
                            .status())
                    .isEqualTo(200);
        }
    }

    @Nested
    class Pages {

        @Test
        void aResultsPageOverTheBudgetIsAnErrorPageThatSaysWhenToComeBack() {
            // A new answer set each time: a page seen before may come from the page cache, at no cost.
            for (int orm = 1; orm <= 3; orm++) {
                assertThat(site.page("/results?orm=" + orm, "X-Forwarded-For", client)
                                .status())
                        .isEqualTo(200);
            }

            Reply refused = site.page("/results?orm=4", "X-Forwarded-For", client);

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("text/html");
            assertThat(refused.header("Retry-After")).isPresent();
            assertThat(refused.html().selectFirst("h1").text()).isEqualTo("Too many requests from your address");
            assertThat(refused.html().selectFirst("main").text()).contains("Please try again in");
        }

        @Test
        void aResultsPageAlreadyRenderedOrStillCurrentInTheBrowserIsFree() {
            String path = "/results?orm=2&admin=5&security=4";
            Reply first = site.page(path, "X-Forwarded-For", client);
            String etag = first.header("ETag").orElseThrow();
            for (int i = 0; i < 5; i++) {
                assertThat(site.page(path, "X-Forwarded-For", client).status())
                        .as("kept")
                        .isEqualTo(200);
                assertThat(site.page(path, "X-Forwarded-For", client, "If-None-Match", etag)
                                .status())
                        .as("not modified")
                        .isEqualTo(304);
            }

            // Only the two renderings were charged (a page is kept once it is asked for again): one of the three
            // requests is left.
            assertThat(site.page("/results?orm=2&admin=5&security=2", "X-Forwarded-For", client)
                            .status())
                    .isEqualTo(200);
            assertThat(site.page("/results?orm=2&admin=5&security=1", "X-Forwarded-For", client)
                            .status())
                    .isEqualTo(429);
        }

        @Test
        void openingRoomsIsLimitedAndNothingIsStoredWhenRefused() {
            for (int i = 0; i < 2; i++) {
                assertThat(site.form("/rooms", "title=Room+" + i, "X-Forwarded-For", client)
                                .status())
                        .isEqualTo(302);
            }

            Reply refused = site.form("/rooms", "title=One+too+many", "X-Forwarded-For", client);

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Location")).isEmpty();
            assertThat(refused.html().selectFirst("main").text()).contains("Too many requests opening rooms");
        }

        @Test
        void sendingBallotsIsLimitedInTheApiToo() {
            OpenedRoom room =
                    rooms.withHeaders("X-Forwarded-For", "198.51.100.251").openRoom("Ballots");
            RoomClient fromClient = rooms.withHeaders("X-Forwarded-For", client);
            for (int i = 0; i < 2; i++) {
                assertThat(fromClient.sendBallot(room, "Ada", Map.of("orm", 3)).status())
                        .isEqualTo(201);
            }

            Reply refused = fromClient.sendBallot(room, "Ada", Map.of("orm", 3));

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().get("detail").asString()).contains("sending answers to rooms");
            assertThat(rooms.viewAsAnyone(room).get("ballots")).hasSize(2);
        }
    }

    @Test
    void refusalsAreCountedInTheMetrics() {
        assertThat(spendTheEvaluationBudget().status()).isEqualTo(429);

        Reply metric =
                site.get("/actuator/metrics/advisor.rate_limit.refusals?tag=action:evaluations", "application/json");

        assertThat(metric.status()).isEqualTo(200);
        assertThat(metric.json().get("measurements").get(0).get("value").asDouble())
                .isGreaterThanOrEqualTo(1);
    }
}
