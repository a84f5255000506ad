package com.frameworkadvisor.rooms;

import com.frameworkadvisor.ratelimit.LimitedAction;
import com.frameworkadvisor.ratelimit.RateLimited;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Team decision rooms over JSON. The room id is the capability to see a room; facilitator actions need the
 * {@code X-Facilitator-Key} header and changing a ballot the {@code X-Ballot-Key} header given when it was created.
 */
@RestController
@Tag(name = "Rooms", description = "Team decision rooms")
class RoomApiController {

    static final String FACILITATOR_KEY = "X-Facilitator-Key";
    static final String BALLOT_KEY = "X-Ballot-Key";

    private final RoomService rooms;
    private final RoomResults results;

    RoomApiController(RoomService rooms, RoomResults results) {
        this.rooms = rooms;
        this.results = results;
    }

    record CreatedRoom(String id, String title, String joinUrl, String roomUrl, String facilitatorKey) {}

    record CreatedBallot(String ballotId, String ballotKey) {}

    @Operation(
            summary = "Open a room",
            description = "Title 1–120 characters, optional context up to 2,000. "
                    + "Keep the facilitator key: it is shown only here.")
    @RateLimited(LimitedAction.ROOM_CREATION)
    @PostMapping(
            path = "/api/rooms",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedRoom> create(@RequestBody JsonNode body) {
        RoomRequestReader.RoomFields fields = RoomRequestReader.room(body);
        RoomService.CreatedRoom created = rooms.create(fields.title(), fields.context());
        String id = created.room().id();
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/rooms/{id}")
                .build(id);
        return ResponseEntity.created(location)
                .body(new CreatedRoom(
                        id,
                        created.room().title(),
                        pageUrl("/rooms/{id}/join", id),
                        pageUrl("/rooms/{id}", id),
                        created.facilitatorKey()));
    }

    @Operation(
            summary = "See a room",
            description = "Answers and the group result are included once revealed, "
                    + "or at any time with the facilitator key.")
    @GetMapping(path = "/api/rooms/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    RoomResponse room(
            @PathVariable String id,
            @Parameter(description = "The facilitator key, to see answers before the reveal")
                    @RequestHeader(name = FACILITATOR_KEY, required = false)
                    String facilitatorKey) {
        RoomAccess access = rooms.access(id, Optional.ofNullable(facilitatorKey), Optional.empty());
        return RoomResponse.of(access.state(), access.seesAnswers(), results);
    }

    @Operation(
            summary = "Answer in a room",
            description = "Name 1–60 characters; weights as for evaluations. "
                    + "Keep the ballot key to change the answers later.")
    @RateLimited(LimitedAction.BALLOT)
    @PostMapping(
            path = "/api/rooms/{id}/ballots",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedBallot> addBallot(@PathVariable String id, @RequestBody JsonNode body) {
        RoomRequestReader.BallotFields fields = RoomRequestReader.ballot(rooms.knowledgeOf(id), body);
        RoomService.CreatedBallot created = rooms.addBallot(id, fields.name(), fields.weights());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/rooms/{id}/ballots/{ballotId}")
                .build(id, created.ballot().id());
        return ResponseEntity.created(location)
                .body(new CreatedBallot(created.ballot().id(), created.ballotKey()));
    }

    @Operation(summary = "Change your answers", description = "Needs the ballot key; refused once answering is closed.")
    @RateLimited(LimitedAction.BALLOT)
    @PutMapping(
            path = "/api/rooms/{id}/ballots/{ballotId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> updateBallot(
            @PathVariable String id,
            @PathVariable String ballotId,
            @RequestHeader(name = BALLOT_KEY, required = false) String ballotKey,
            @RequestBody JsonNode body) {
        rooms.ownBallot(id, ballotId, ballotKey);
        RoomRequestReader.BallotFields fields = RoomRequestReader.ballot(rooms.knowledgeOf(id), body);
        rooms.updateBallot(id, ballotId, ballotKey, fields.name(), fields.weights());
        return Map.of(
                "ballotId",
                ballotId,
                "name",
                fields.name().strip(),
                "weights",
                fields.weights().values());
    }

    @Operation(summary = "Remove a ballot (facilitator)")
    @DeleteMapping("/api/rooms/{id}/ballots/{ballotId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeBallot(
            @PathVariable String id,
            @PathVariable String ballotId,
            @RequestHeader(name = FACILITATOR_KEY, required = false) String facilitatorKey) {
        rooms.removeBallot(id, facilitatorKey, ballotId);
    }

    @Operation(
            summary = "Reveal, hide, close or reopen the room (facilitator)",
            description = "reveal: show everyone the answers and the group result; hide: hide them again; "
                    + "close: stop accepting and changing answers; reopen: accept answers again.")
    @PostMapping(
            path = "/api/rooms/{id}/{action:" + FacilitatorAction.PATHS + "}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    RoomResponse act(
            @PathVariable String id,
            @Parameter(schema = @Schema(allowableValues = {"reveal", "hide", "close", "reopen"})) @PathVariable
                    String action,
            @RequestHeader(name = FACILITATOR_KEY, required = false) String key) {
        rooms.act(id, key, FacilitatorAction.of(action));
        return facilitatorView(id);
    }

    @Operation(
            summary = "Record the decision (facilitator)",
            description = "The chosen framework's id and notes " + "up to 2,000 characters.")
    @PutMapping(
            path = "/api/rooms/{id}/decision",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    RoomResponse decide(
            @PathVariable String id,
            @RequestHeader(name = FACILITATOR_KEY, required = false) String key,
            @RequestBody JsonNode body) {
        rooms.facilitated(id, key);
        RoomRequestReader.DecisionFields fields = RoomRequestReader.decision(body);
        rooms.decide(id, key, fields.framework(), fields.notes());
        return facilitatorView(id);
    }

    private RoomResponse facilitatorView(String id) {
        return RoomResponse.of(rooms.load(id), true, results);
    }

    private static String pageUrl(String path, String id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .build(id)
                .toString();
    }
}
