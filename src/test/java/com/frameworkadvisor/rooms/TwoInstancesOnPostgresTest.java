package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import com.frameworkadvisor.support.EmbeddedPostgres;
import com.frameworkadvisor.support.Site;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
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
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(REQUEST_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

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
            System.out.printf("Ballot on A reached the viewer on B after %d ms%n",
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
            System.out.printf("Ballot on B reached the viewer on A after %d ms%n",
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

        List<ListedBallot> expected = List.of(new ListedBallot(ada, "Ada"), new ListedBallot(grace, "Grace"),
                new ListedBallot(linus, "Linus"));
        assertThat(ballots(a.view(room))).containsExactlyElementsOf(expected);
        assertThat(ballots(b.view(room))).containsExactlyElementsOf(expected);
    }

    // ------------------------------------------------------------------------------------------------------------

    record OpenedRoom(String id, String facilitatorKey) {
    }

    record ListedBallot(String id, String name) {
    }

    /** One server-sent event as the HTML standard's parser dispatches it. */
    record ServerEvent(String name, String data, String id) {
    }

    static List<ListedBallot> ballots(JsonNode room) {
        List<ListedBallot> ballots = new ArrayList<>();
        room.get("ballots").forEach(ballot ->
                ballots.add(new ListedBallot(ballot.get("id").asString(), ballot.get("name").asString())));
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
                    .run("--spring.profiles.active=postgres",
                            "--spring.datasource.url=" + databaseUrl,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=postgres",
                            "--server.port=0",
                            "--server.address=127.0.0.1",
                            "--server.shutdown=immediate");
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            System.out.printf("Instance %s started on port %d in %.1f s%n", name, port,
                    (System.nanoTime() - started) / 1e9);
            return new Instance(name, context, "http://127.0.0.1:" + port);
        }

        OpenedRoom openRoom(String title) {
            Site.Reply reply = send("POST", "/api/rooms", "{\"title\": \"" + title + "\"}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            JsonNode json = JSON.readTree(reply.body());
            return new OpenedRoom(json.get("id").asString(), json.get("facilitatorKey").asString());
        }

        /** Sends a ballot and returns its id. */
        String vote(OpenedRoom room, String memberName) {
            Site.Reply reply = send("POST", "/api/rooms/" + room.id() + "/ballots",
                    "{\"name\": \"" + memberName + "\", \"weights\": {\"orm\": 5}}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            return JSON.readTree(reply.body()).get("ballotId").asString();
        }

        /** The room as its facilitator sees it through this instance. */
        JsonNode view(OpenedRoom room) {
            Site.Reply reply = send("GET", "/api/rooms/" + room.id(), null,
                    "X-Facilitator-Key", room.facilitatorKey());
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            return JSON.readTree(reply.body());
        }

        /** Opens the room's live stream on this instance and returns once the instance is watching the room for it. */
        LiveStream watch(OpenedRoom room) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/rooms/" + room.id() + "/events"))
                    .header("Accept", "text/event-stream")
                    .timeout(REQUEST_TIMEOUT) // until the response headers; the stream itself stays open
                    .GET()
                    .build();
            HttpResponse<InputStream> response = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    .get(REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            LiveStream stream = new LiveStream(name, response.body());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/event-stream"));
            // The instance says it is watching only after it registered the viewer: from then on no change is missed.
            stream.awaitFirstComment(REQUEST_TIMEOUT);
            return stream;
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

    /**
     * A viewer's {@code text/event-stream}, read line by line on a background thread and parsed as the HTML standard
     * says (a field's value loses one leading space; a blank line dispatches the event). Read from a plain input
     * stream rather than {@code BodyHandlers.ofLines()}: closing that stream waits for the reader's lock, which a
     * reader blocked on an idle connection holds until the next line arrives.
     */
    static final class LiveStream implements AutoCloseable {

        private final InputStream body;
        private final Thread reader;
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final BlockingQueue<ServerEvent> events = new LinkedBlockingQueue<>();
        private final CountDownLatch commented = new CountDownLatch(1);

        LiveStream(String instance, InputStream body) {
            this.body = body;
            this.reader = new Thread(this::read, "live-stream-on-" + instance);
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            String name = null;
            String id = null;
            StringBuilder data = null;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    if (line.isEmpty()) {
                        if (data != null) {
                            events.add(new ServerEvent(name == null ? "message" : name, data.toString(), id));
                        }
                        name = null;
                        data = null;
                        continue;
                    }
                    int colon = line.indexOf(':');
                    if (colon == 0) {
                        commented.countDown();
                        continue;
                    }
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    value = value.startsWith(" ") ? value.substring(1) : value;
                    switch (field) {
                        case "event" -> name = value;
                        case "id" -> id = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> {
                            // retry and unknown fields do not matter here
                        }
                    }
                }
            } catch (IOException e) {
                // Closed by the test, or the instance went away: either way the stream has ended.
            }
        }

        void awaitFirstComment(Duration timeout) throws InterruptedException {
            assertThat(commented.await(timeout.toMillis(), TimeUnit.MILLISECONDS))
                    .as("a comment opening the stream within %s; lines so far: %s", timeout, lines)
                    .isTrue();
        }

        ServerEvent awaitEvent(Duration timeout) throws InterruptedException {
            ServerEvent event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(event).as("an event within %s; lines so far: %s", timeout, lines).isNotNull();
            return event;
        }

        List<String> lines() {
            return List.copyOf(lines);
        }

        @Override
        public void close() throws Exception {
            body.close();
            reader.join(TimeUnit.SECONDS.toMillis(5));
        }
    }
}
