package com.frameworkadvisor.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The limits as a client meets them, in an application of its own with small budgets. Each test speaks from its own
 * address (X-Forwarded-For, which Tomcat trusts from a loopback proxy), so the tests do not share a budget.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "advisor.rate-limits.room-creations=2", "advisor.rate-limits.room-creations-window=1h",
            "advisor.rate-limits.ballots=2", "advisor.rate-limits.ballots-window=1h",
            "advisor.rate-limits.evaluations=3", "advisor.rate-limits.evaluations-window=6s"
        })
@Import({Site.class, RoomClient.class})
class RateLimitTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Autowired
    Site site;

    @Autowired
    RoomClient rooms;

    final String client = "198.51.100." + NEXT_ADDRESS.getAndIncrement();

    Reply evaluate() {
        return site.json("POST", "/api/evaluations", "{\"weights\": {\"orm\": 5}}", "X-Forwarded-For", client);
    }

    /**
     * Evaluates until refused. The budget refills steadily (one request every 2 s), so on a slow machine a request
     * may earn one back: a fixed count could fall short.
     */
    Reply spendTheEvaluationBudget() {
        Reply reply = evaluate();
        for (int i = 0; i < 20 && reply.status() == 200; i++) {
            reply = evaluate();
        }
        return reply;
    }

    @Nested
    class TheEvaluationApi {

        @Test
        void answers429WithRetryAfterAndAProblemOnceTheBudgetIsSpent() {
            for (int i = 0; i < 3; i++) {
                assertThat(evaluate().status()).isEqualTo(200);
            }

            Reply refused = spendTheEvaluationBudget();

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After"))
                    .hasValueSatisfying(
                            seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 2));
            assertThat(refused.json().get("status").asInt()).isEqualTo(429);
            assertThat(refused.json().get("detail").asString())
                    .matches(
                            "Too many requests evaluating answers from your address\\. Please try again in [12] seconds?\\.");
        }

        @Test
        void servesTheClientAgainOnceTheWindowHasPassed() throws InterruptedException {
            Reply refused = spendTheEvaluationBudget();
            assertThat(refused.status()).isEqualTo(429);

            Thread.sleep(Integer.parseInt(refused.header("Retry-After").orElseThrow()) * 1000L);

            assertThat(evaluate().status()).isEqualTo(200);
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
            // The budget refills steadily (3 per 6 s), so a slow page may earn one back: ask until refused.
            Reply refused = null;
            for (int i = 1; i <= 20 && (refused == null || refused.status() == 200); i++) {
                // A new answer set each time: a page seen before may come from the page cache, at no cost.
                refused = site.page("/results?orm=" + (i % 6) + "&admin=" + (i / 6), "X-Forwarded-For", client);
            }

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("text/html");
            assertThat(refused.header("Retry-After")).isPresent();
            assertThat(refused.html().selectFirst("h1").text()).isEqualTo("Too many requests from your address");
            assertThat(refused.html().selectFirst("main").text()).contains("Please try again in");
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
