package com.frameworkadvisor.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A viewer's {@code text/event-stream}, read line by line on a background thread and parsed as the HTML standard
 * says (a field's value loses one leading space; a blank line dispatches the event). Read from a plain input
 * stream rather than {@code BodyHandlers.ofLines()}: closing that stream waits for the reader's lock, which a
 * reader blocked on an idle connection holds until the next line arrives.
 */
public final class LiveStream implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final InputStream body;
    private final Thread reader;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final BlockingQueue<ServerEvent> events = new LinkedBlockingQueue<>();
    private final CountDownLatch commented = new CountDownLatch(1);

    /** An event as the browser's EventSource would dispatch it. */
    public record ServerEvent(String name, String data, String id) {}

    /**
     * Opens a room's live stream and returns once the application is watching the room for it (the stream's opening
     * comment): from then on no change is missed.
     */
    public static LiveStream open(String baseUrl, String roomId, Duration timeout) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/rooms/" + roomId + "/events"))
                .header("Accept", "text/event-stream")
                .timeout(timeout) // until the response headers; the stream itself stays open
                .GET()
                .build();
        HttpResponse<InputStream> response = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .get(timeout.toSeconds(), TimeUnit.SECONDS);
        LiveStream stream = new LiveStream(URI.create(baseUrl).getPort() + "", response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        stream.awaitFirstComment(timeout);
        return stream;
    }

    private LiveStream(String instance, InputStream body) {
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
                    case "data" ->
                        data = data == null
                                ? new StringBuilder(value)
                                : data.append('\n').append(value);
                    default -> {
                        // retry and unknown fields do not matter here
                    }
                }
            }
        } catch (IOException e) {
            // Closed by the test, or the instance went away: either way the stream has ended.
        }
    }

    private void awaitFirstComment(Duration timeout) throws InterruptedException {
        assertThat(commented.await(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .as("a comment opening the stream within %s; lines so far: %s", timeout, lines)
                .isTrue();
    }

    public ServerEvent awaitEvent(Duration timeout) throws InterruptedException {
        ServerEvent event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event)
                .as("an event within %s; lines so far: %s", timeout, lines)
                .isNotNull();
        return event;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() throws Exception {
        body.close();
        reader.join(TimeUnit.SECONDS.toMillis(5));
    }
}
