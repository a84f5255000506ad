package com.frameworkadvisor.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site.Reply;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The room API as a client uses it, on any {@link Site}: the application under test (the web test annotations make
 * it a bean), or an instance started outside the test context ({@code RoomClient.on(Site.at(baseUrl))}). Request
 * bodies are written by Jackson, so any title or name arrives as typed.
 *
 * <p>The steps a test takes on its way to what it checks ({@link #openRoom}, {@link #vote}, {@link #reveal},
 * {@link #decide}, {@link #view}) assert that they succeeded. The {@code send…} and {@code get…} methods return the
 * reply as it came, for the tests that check a refusal.
 */
@TestComponent
public final class RoomClient {

    /** The header that proves a request comes from the room's facilitator. */
    public static final String FACILITATOR_KEY = "X-Facilitator-Key";

    /** The header that proves a request comes from the member who sent the ballot. */
    public static final String BALLOT_KEY = "X-Ballot-Key";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Site site;
    private final String[] headers;

    @Autowired
    RoomClient(Site site) {
        this(site, new String[0]);
    }

    private RoomClient(Site site, String[] headers) {
        this.site = site;
        this.headers = headers;
    }

    public static RoomClient on(Site site) {
        return new RoomClient(site);
    }

    /** The same client, sending these headers (name, value pairs) with every request as well. */
    public RoomClient withHeaders(String... more) {
        return new RoomClient(site, concat(headers, more));
    }

    /**
     * @param id the room's id, in its links
     * @param facilitatorKey the key that lets its facilitator run it, or null to send none
     */
    public record OpenedRoom(String id, String facilitatorKey) {}

    /** @param id the ballot's id; @param key the key that lets its member change it, or null to send none */
    public record SentBallot(String id, String key) {}

    // ---- opening a room ----------------------------------------------------------------------------------------

    /** Opens a room without context; asserts 201 Created. */
    public OpenedRoom openRoom(String title) {
        return opened(send("POST", "/api/rooms", json(Map.of("title", title))));
    }

    /** Opens a room; asserts 201 Created. */
    public OpenedRoom openRoom(String title, String context) {
        return opened(send("POST", "/api/rooms", json(Map.of("title", title, "context", context))));
    }

    /** Opens a room with any body, such as {@code {"title": ..., "anonymous": true}}; asserts 201 Created. */
    public OpenedRoom openRoom(Map<String, ?> body) {
        return opened(sendRoom(body));
    }

    /** Asks to open a room with any body; returns the reply as it came. */
    public Reply sendRoom(Map<String, ?> body) {
        return send("POST", "/api/rooms", json(body));
    }

    private static OpenedRoom opened(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode json = reply.json();
        return new OpenedRoom(
                json.get("id").asString(), json.get("facilitatorKey").asString());
    }

    // ---- ballots -----------------------------------------------------------------------------------------------

    /** Sends a member's ballot; asserts 201 Created. */
    public SentBallot vote(OpenedRoom room, String name, Map<String, Integer> weights) {
        Reply reply = sendBallot(room, name, weights);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return new SentBallot(
                reply.json().get("ballotId").asString(),
                reply.json().get("ballotKey").asString());
    }

    /** Sends a member's ballot with a reason (none if null); asserts 201 Created. */
    public SentBallot vote(OpenedRoom room, String name, String reason, Map<String, Integer> weights) {
        Reply reply = sendBallot(room, name, reason, weights);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return new SentBallot(
                reply.json().get("ballotId").asString(),
                reply.json().get("ballotKey").asString());
    }

    /** Sends a member's ballot, leaving out a name or reason that is null; returns the reply as it came. */
    public Reply sendBallot(OpenedRoom room, String name, String reason, Map<String, Integer> weights) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (name != null) {
            body.put("name", name);
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        body.put("weights", weights);
        return send("POST", ballots(room), json(body));
    }

    /** Sends a member's ballot and returns the reply as it came. */
    public Reply sendBallot(OpenedRoom room, String name, Map<String, Integer> weights) {
        return send("POST", ballots(room), ballotBody(name, weights));
    }

    /** Changes a ballot, proving the member's right with the ballot's key (none if its key is null). */
    public Reply changeBallot(OpenedRoom room, SentBallot ballot, String name, Map<String, Integer> weights) {
        String path = ballots(room) + "/" + ballot.id();
        String body = ballotBody(name, weights);
        return ballot.key() == null ? send("PUT", path, body) : send("PUT", path, body, BALLOT_KEY, ballot.key());
    }

    /** Sends a ballot of any body (project answers, weights, or neither); returns the reply as it came. */
    public Reply sendBallot(OpenedRoom room, Map<String, ?> body) {
        return send("POST", ballots(room), json(body));
    }

    /** Changes a ballot to any body, with the ballot's key; returns the reply as it came. */
    public Reply changeBallot(OpenedRoom room, SentBallot ballot, Map<String, ?> body) {
        return send("PUT", ballots(room) + "/" + ballot.id(), json(body), BALLOT_KEY, ballot.key());
    }

    /** The facilitator removes a ballot; returns the reply as it came. */
    public Reply removeBallot(OpenedRoom room, String ballotId) {
        return asFacilitator(room, "DELETE", ballots(room) + "/" + ballotId, null);
    }

    private static String ballots(OpenedRoom room) {
        return "/api/rooms/" + room.id() + "/ballots";
    }

    private static String ballotBody(String name, Map<String, Integer> weights) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("weights", weights);
        return json(body);
    }

    // ---- facilitating ------------------------------------------------------------------------------------------

    /** A facilitator's action on the room (reveal, hide, close, reopen); returns the reply as it came. */
    public Reply facilitate(OpenedRoom room, String action) {
        return asFacilitator(room, "POST", "/api/rooms/" + room.id() + "/" + action, null);
    }

    /** A facilitator's action with a JSON body, such as reopening with a new closing time; returns the reply. */
    public Reply facilitate(OpenedRoom room, String action, Map<String, ?> body) {
        return asFacilitator(room, "POST", "/api/rooms/" + room.id() + "/" + action, json(body));
    }

    /** Reveals the members' answers; asserts 200 OK. */
    public void reveal(OpenedRoom room) {
        Reply reply = facilitate(room, "reveal");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    /** Records the decision, with notes unless they are null; returns the reply as it came. */
    public Reply sendDecision(OpenedRoom room, String framework, String notes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("framework", framework);
        if (notes != null) {
            body.put("notes", notes);
        }
        return asFacilitator(room, "PUT", "/api/rooms/" + room.id() + "/decision", json(body));
    }

    /** Records the decision; asserts 200 OK. */
    public void decide(OpenedRoom room, String framework, String notes) {
        Reply reply = sendDecision(room, framework, notes);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    // ---- reading the room --------------------------------------------------------------------------------------

    /** The room as its facilitator sees it, answers and group result included; asserts 200 OK. */
    public JsonNode view(OpenedRoom room) {
        return ok(get(room));
    }

    /** The room as anyone with its link sees it: before the reveal, who answered but not what; asserts 200 OK. */
    public JsonNode viewAsAnyone(OpenedRoom room) {
        return ok(getAsAnyone(room));
    }

    /** The facilitator's GET of the room, as it came. */
    public Reply get(OpenedRoom room) {
        return asFacilitator(room, "GET", "/api/rooms/" + room.id(), null);
    }

    /** A GET of the room without any key, as it came. */
    public Reply getAsAnyone(OpenedRoom room) {
        return send("GET", "/api/rooms/" + room.id(), null);
    }

    private static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The names on a room's ballots, in the room's order. */
    public static List<String> names(JsonNode room) {
        List<String> names = new ArrayList<>();
        room.get("ballots").forEach(ballot -> names.add(ballot.get("name").asString()));
        return names;
    }

    // ---- plumbing ----------------------------------------------------------------------------------------------

    private Reply asFacilitator(OpenedRoom room, String method, String path, String body) {
        return room.facilitatorKey() == null
                ? send(method, path, body)
                : send(method, path, body, FACILITATOR_KEY, room.facilitatorKey());
    }

    private Reply send(String method, String path, String body, String... extra) {
        return site.json(method, path, body, concat(headers, extra));
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
