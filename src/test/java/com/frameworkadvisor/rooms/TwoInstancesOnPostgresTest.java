package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import com.frameworkadvisor.support.EmbeddedPostgres;
import com.frameworkadvisor.support.LiveStream;
import com.frameworkadvisor.support.LiveStream.ServerEvent;
import com.frameworkadvisor.support.Site;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application scaled out: two instances, A and B, share one PostgreSQL database, as behind a load balancer. A member
 * may answer through either instance while the others watch the room through the other one; every change must reach
 * every viewer, however the requests were spread. Instances learn of each other's changes by polling the room
 * revision every {@code advisor.rooms.live-poll} (500 ms by default), so a change made on A reaches B's viewers within
 * about that time; the tests allow {@link #LIVE_UPDATE_WAIT} for it.
 */
class TwoInstancesOnPostgresTest {

    static final Duration LIVE_UPDATE_WAIT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    static final JsonMapper JSON = JsonMapper.builder().build();

    static Instance a;
    static Instance b;

    @BeforeAll
    static void startTwoInstancesOnOneFreshDatabase() {
        String database = EmbeddedPostgres.newDatabase();
        a = Instance.start("A", database);
        b = Instance.start("B", database);
    }

    @AfterAll
    static void stopBothInstances() {
        for (Instance instance : new Instance[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void aBallotSentToAIsPushedToViewersOnBAndListedByB() throws Exception {
        OpenedRoom room = a.openRoom("Scaled out");

        try (LiveStream viewerOnB = b.watch(room)) {
            long sent = System.nanoTime();
            String ballotId = a.vote(room, "Ada");

            ServerEvent event = viewerOnB.awaitEvent(LIVE_UPDATE_WAIT);
            System.out.printf(
                    "Ballot on A reached the viewer on B after %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));

            assertThat(viewerOnB.lines()).anyMatch(line -> line.matches("event: ?room"));
            assertThat(event.name()).isEqualTo("room");
            JsonNode onB = b.view(room);
            assertThat(event.data()).isEqualTo(onB.get("revision").asString());
            assertThat(ballots(onB)).containsExactly(new ListedBallot(ballotId, "Ada"));
        }
    }

    @Test
    void aBallotSentToBIsPushedToViewersOnAAndListedByA() throws Exception {
        OpenedRoom room = a.openRoom("Scaled out, the other way");

        try (LiveStream viewerOnA = a.watch(room)) {
            long sent = System.nanoTime();
            String ballotId = b.vote(room, "Grace");

            ServerEvent event = viewerOnA.awaitEvent(LIVE_UPDATE_WAIT);
            System.out.printf(
                    "Ballot on B reached the viewer on A after %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));

            assertThat(event.name()).isEqualTo("room");
            JsonNode onA = a.view(room);
            assertThat(event.data()).isEqualTo(onA.get("revision").asString());
            assertThat(ballots(onA)).containsExactly(new ListedBallot(ballotId, "Grace"));
        }
    }

    @Test
    void ballotsSentThroughBothInstancesAreListedAlikeByEach() {
        OpenedRoom room = b.openRoom("Load balanced");
        String ada = a.vote(room, "Ada");
        String grace = b.vote(room, "Grace");
        String linus = a.vote(room, "Linus");

        List<ListedBallot> expected = List.of(
                new ListedBallot(ada, "Ada"), new ListedBallot(grace, "Grace"), new ListedBallot(linus, "Linus"));
        assertThat(ballots(a.view(room))).containsExactlyElementsOf(expected);
        assertThat(ballots(b.view(room))).containsExactlyElementsOf(expected);
    }

    // ------------------------------------------------------------------------------------------------------------

    record OpenedRoom(String id, String facilitatorKey) {}

    record ListedBallot(String id, String name) {}

    static List<ListedBallot> ballots(JsonNode room) {
        List<ListedBallot> ballots = new ArrayList<>();
        room.get("ballots")
                .forEach(ballot -> ballots.add(new ListedBallot(
                        ballot.get("id").asString(), ballot.get("name").asString())));
        return ballots;
    }

    /** One running instance of the whole application, on its own port of 127.0.0.1. */
    record Instance(String name, ConfigurableApplicationContext context, String baseUrl) implements AutoCloseable {

        static Instance start(String name, String databaseUrl) {
            long started = System.nanoTime();
            // Command-line arguments, because they outrank application-postgres.properties; defaults would not.
            // Immediate shutdown: the instances do not end open live streams themselves, so a graceful shutdown
            // would wait its full 30 s for the streams these tests opened, for each instance.
            ConfigurableApplicationContext context = new SpringApplicationBuilder(FrameworkAdvisorApplication.class)
                    .run(
                            "--spring.profiles.active=postgres",
                            "--spring.datasource.url=" + databaseUrl,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=postgres",
                            "--server.port=0",
                            "--server.address=127.0.0.1",
                            "--server.shutdown=immediate");
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            System.out.printf(
                    "Instance %s started on port %d in %.1f s%n", name, port, (System.nanoTime() - started) / 1e9);
            return new Instance(name, context, "http://127.0.0.1:" + port);
        }

        OpenedRoom openRoom(String title) {
            Site.Reply reply = send("POST", "/api/rooms", "{\"title\": \"" + title + "\"}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            JsonNode json = JSON.readTree(reply.body());
            return new OpenedRoom(
                    json.get("id").asString(), json.get("facilitatorKey").asString());
        }

        /** Sends a ballot and returns its id. */
        String vote(OpenedRoom room, String memberName) {
            Site.Reply reply = send(
                    "POST",
                    "/api/rooms/" + room.id() + "/ballots",
                    "{\"name\": \"" + memberName + "\", \"weights\": {\"orm\": 5}}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            return JSON.readTree(reply.body()).get("ballotId").asString();
        }

        /** The room as its facilitator sees it through this instance. */
        JsonNode view(OpenedRoom room) {
            Site.Reply reply = send("GET", "/api/rooms/" + room.id(), null, "X-Facilitator-Key", room.facilitatorKey());
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            return JSON.readTree(reply.body());
        }

        /** Opens the room's live stream on this instance and returns once the instance is watching the room for it. */
        LiveStream watch(OpenedRoom room) throws Exception {
            return LiveStream.open(baseUrl, room.id(), REQUEST_TIMEOUT);
        }

        Site.Reply send(String method, String path, String body, String... headers) {
            return Site.at(baseUrl).json(method, path, body, headers);
        }

        @Override
        public void close() {
            long stopping = System.nanoTime();
            context.close();
            System.out.printf("Instance %s stopped in %.1f s%n", name, (System.nanoTime() - stopping) / 1e9);
        }
    }
}
