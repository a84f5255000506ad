package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import com.frameworkadvisor.support.EmbeddedPostgres;
import com.frameworkadvisor.support.LiveStream;
import com.frameworkadvisor.support.LiveStream.ServerEvent;
import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.Site;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

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
    static final Map<String, Integer> WEIGHTS = Map.of("orm", 5);

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
        aBallotIsPushedToViewersOnTheOtherInstanceAndListedByIt(a, b, "Ada");
    }

    @Test
    void aBallotSentToBIsPushedToViewersOnAAndListedByA() throws Exception {
        aBallotIsPushedToViewersOnTheOtherInstanceAndListedByIt(b, a, "Grace");
    }

    @Test
    void ballotsSentThroughBothInstancesAreListedAlikeByEach() {
        OpenedRoom room = b.rooms().openRoom("Load balanced");
        String ada = a.rooms().vote(room, "Ada", WEIGHTS).id();
        String grace = b.rooms().vote(room, "Grace", WEIGHTS).id();
        String linus = a.rooms().vote(room, "Linus", WEIGHTS).id();

        List<ListedBallot> expected = List.of(
                new ListedBallot(ada, "Ada"), new ListedBallot(grace, "Grace"), new ListedBallot(linus, "Linus"));
        assertThat(ballots(a.rooms().view(room))).containsExactlyElementsOf(expected);
        assertThat(ballots(b.rooms().view(room))).containsExactlyElementsOf(expected);
    }

    @Test
    void aRoomThatRevealsItselfWhenEveryoneIsInDoesSoForViewersOfBothInstances() throws Exception {
        OpenedRoom room = a.rooms()
                .openRoom(Map.of(
                        "title",
                        "Everyone in",
                        "anonymous",
                        true,
                        "expectedMembers",
                        2,
                        "revealWhenAllAnswered",
                        true));
        a.rooms().vote(room, "Ada", WEIGHTS);

        try (LiveStream onA = a.watch(room);
                LiveStream onB = b.watch(room)) {
            b.rooms().vote(room, "Grace", WEIGHTS);

            onA.awaitEvent(LIVE_UPDATE_WAIT);
            onB.awaitEvent(LIVE_UPDATE_WAIT);
        }
        for (Instance instance : new Instance[] {a, b}) {
            JsonNode view = instance.rooms().viewAsAnyone(room);
            assertThat(view.get("revealed").asBoolean()).as(instance.name()).isTrue();
            assertThat(view.get("ballots"))
                    .extracting(ballot -> ballot.get("label").asString())
                    .as(instance.name())
                    .containsExactly("Member 1", "Member 2");
        }
    }

    @Test
    void aRoomClosesAtItsClosingTimeForViewersOfBothInstancesAndBothRefuseBallots() throws Exception {
        // A short deadline: each instance's scheduled close (every 2 s) or the other's ends it, and both push it.
        Instant closesAt = Instant.now().plusSeconds(3);
        OpenedRoom room = a.rooms().openRoom(Map.of("title", "Short deadline", "closesAt", closesAt.toString()));
        a.rooms().vote(room, "Ada", WEIGHTS);

        try (LiveStream onA = a.watch(room);
                LiveStream onB = b.watch(room)) {
            onA.awaitEvent(LIVE_UPDATE_WAIT);
            onB.awaitEvent(LIVE_UPDATE_WAIT);
        }

        assertThat(Instant.now()).isAfterOrEqualTo(closesAt);
        for (Instance instance : new Instance[] {a, b}) {
            assertThat(instance.rooms().viewAsAnyone(room).get("status").asString())
                    .as(instance.name())
                    .isEqualTo("closed");
            assertThat(instance.rooms().sendBallot(room, "Late", WEIGHTS).status())
                    .as(instance.name())
                    .isEqualTo(409);
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    /** A member answers through one instance while a viewer watches the room through the other. */
    static void aBallotIsPushedToViewersOnTheOtherInstanceAndListedByIt(
            Instance sender, Instance watcher, String member) throws Exception {
        OpenedRoom room = a.rooms().openRoom("Scaled out, from " + sender.name() + " to " + watcher.name());

        try (LiveStream viewer = watcher.watch(room)) {
            long sent = System.nanoTime();
            String ballotId = sender.rooms().vote(room, member, WEIGHTS).id();

            ServerEvent event = viewer.awaitEvent(LIVE_UPDATE_WAIT);
            System.out.printf(
                    "Ballot on %s reached the viewer on %s after %d ms%n",
                    sender.name(), watcher.name(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));

            assertThat(viewer.lines()).anyMatch(line -> line.matches("event: ?room"));
            assertThat(event.name()).isEqualTo("room");
            JsonNode onWatcher = watcher.rooms().view(room);
            assertThat(event.data()).isEqualTo(onWatcher.get("revision").asString());
            assertThat(ballots(onWatcher)).containsExactly(new ListedBallot(ballotId, member));
        }
    }

    record ListedBallot(String id, String name) {}

    static List<ListedBallot> ballots(JsonNode room) {
        List<ListedBallot> ballots = new ArrayList<>();
        room.get("ballots")
                .forEach(ballot -> ballots.add(new ListedBallot(
                        ballot.get("id").asString(), ballot.get("name").asString())));
        return ballots;
    }

    /** One running instance of the whole application, on its own port of 127.0.0.1. */
    record Instance(String name, ConfigurableApplicationContext context, String baseUrl, RoomClient rooms)
            implements AutoCloseable {

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
            String baseUrl = "http://127.0.0.1:" + port;
            return new Instance(name, context, baseUrl, RoomClient.on(Site.at(baseUrl)));
        }

        /** Opens the room's live stream on this instance and returns once the instance is watching the room for it. */
        LiveStream watch(OpenedRoom room) throws Exception {
            return LiveStream.open(baseUrl, room.id(), REQUEST_TIMEOUT);
        }

        @Override
        public void close() {
            long stopping = System.nanoTime();
            context.close();
            System.out.printf("Instance %s stopped in %.1f s%n", name, (System.nanoTime() - stopping) / 1e9);
        }
    }
}
