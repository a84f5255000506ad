package com.frameworkadvisor.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.RoomClient.SentBallot;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import com.frameworkadvisor.support.WebTest;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@WebTest
class OperationsTest {

    @Autowired
    Site site;

    @Autowired
    RoomClient rooms;

    double metric(String name, String tag) {
        Reply reply = site.get("/actuator/metrics/" + name + (tag == null ? "" : "?tag=" + tag), "application/json");
        return reply.status() == 404
                ? 0
                : reply.json().get("measurements").get(0).get("value").asDouble();
    }

    @Nested
    class Health {

        @Test
        void includesTheDatabase() {
            JsonNode health = site.get("/actuator/health", "application/json").json();

            assertThat(health.get("status").asString()).isEqualTo("UP");
            assertThat(health.get("components").get("db").get("status").asString())
                    .isEqualTo("UP");
        }

        @Test
        void readinessWaitsForTheDatabase() {
            Reply readiness = site.get("/actuator/health/readiness", "application/json");

            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness
                            .json()
                            .get("components")
                            .get("db")
                            .get("status")
                            .asString())
                    .isEqualTo("UP");
            assertThat(site.get("/actuator/health/liveness", "application/json").status())
                    .isEqualTo(200);
        }
    }

    @Nested
    class Metrics {

        @Test
        void countEvaluationsOnPagesAndInTheApi() {
            double pages = metric("advisor.evaluations", "channel:page");
            double api = metric("advisor.evaluations", "channel:api");

            site.page("/results?orm=5&admin=1&security=4&hiring=2");
            site.postJson("/api/evaluations", "{\"weights\": {\"orm\": 5}}");

            assertThat(metric("advisor.evaluations", "channel:page")).isGreaterThanOrEqualTo(pages + 1);
            assertThat(metric("advisor.evaluations", "channel:api")).isGreaterThanOrEqualTo(api + 1);
        }

        @Test
        void countRoomsAndBallots() {
            double created = metric("advisor.rooms.created", null);
            double submitted = metric("advisor.ballots", "action:submitted");
            double changed = metric("advisor.ballots", "action:changed");

            OpenedRoom room = rooms.openRoom("Counted");
            SentBallot ballot = rooms.vote(room, "Ada", Map.of("orm", 3));
            Reply change = rooms.changeBallot(room, ballot, "Ada", Map.of("orm", 4));
            assertThat(change.status()).as(change.body()).isEqualTo(200);

            assertThat(metric("advisor.rooms.created", null)).isGreaterThanOrEqualTo(created + 1);
            assertThat(metric("advisor.ballots", "action:submitted")).isGreaterThanOrEqualTo(submitted + 1);
            assertThat(metric("advisor.ballots", "action:changed")).isGreaterThanOrEqualTo(changed + 1);
        }
    }
}
