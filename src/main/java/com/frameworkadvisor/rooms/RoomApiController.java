package com.frameworkadvisor.rooms;

import com.frameworkadvisor.ratelimit.LimitedAction;
import com.frameworkadvisor.ratelimit.RateLimited;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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

    record UpdatedBallot(
            String ballotId,
            String name,
            String reason,
            @Schema(ref = "#/components/schemas/Weights") Map<String, Integer> weights,

            @Schema(
                    ref = "#/components/schemas/ProjectAnswers",
                    description = "The member's project answers; absent when they gave weights directly")
            Map<String, List<String>> project) {}

    // The request bodies below document what RoomRequestReader and RoomInput accept; they read the bodies by hand
    // so that every wrong field is reported at once with its own message (ADR 0008). Lengths count code points
    // after trimming.

    @Schema(name = "RoomRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record RoomRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    minLength = 1,
                    maxLength = RoomInput.TITLE_MAX,
                    description = "One line, without control characters",
                    example = "Framework for the shop")
            String title,

            @Schema(
                    maxLength = RoomInput.CONTEXT_MAX,
                    description = "A paragraph; line breaks and tabs allowed",
                    example = "Small team, launch in spring")
            String context,

            @Schema(
                    description = "The ids of the frameworks in the running, at least two of the current knowledge"
                            + " base; absent or empty: its default candidates. Every ballot and the group result rank only"
                            + " these, and the decision must be one of them")
            List<String> frameworks,

            @Schema(
                    ref = "#/components/schemas/ProjectAnswers",
                    description = "Only team-knows, answered once by the facilitator: the frameworks the"
                            + " team knows (or none); it rates your team's experience for every member")
            Map<String, Object> project,

            @Schema(
                    description = "Ballots are shown as \"Member n\" after the reveal and to nobody before it, the"
                            + " facilitator included; names are deleted when the room closes. Cannot be undone.",
                    defaultValue = "false")
            Boolean anonymous,

            @Schema(description = "Every ballot must give a reason", defaultValue = "false")
            Boolean reasonRequired,

            @Schema(
                    type = "string",
                    format = "date-time",
                    description = "When answering closes by itself: in the future and no later than the room's expiry",
                    example = "2026-12-03T17:00:00Z")
            String closesAt,

            @Schema(
                    minimum = "2",
                    description = "How many members the room expects, from 2 to advisor.rooms.max-ballots",
                    example = "5")
            Integer expectedMembers,

            @Schema(description = "Reveal once, by itself, when expectedMembers have answered", defaultValue = "false")
            Boolean revealWhenAllAnswered) {}

    @Schema(name = "ReopenRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record ReopenRequest(
            @Schema(
                    type = "string",
                    format = "date-time",
                    nullable = true,
                    description = "A new closing time, or null for none. Required once the room's own has passed.",
                    example = "2026-12-04T17:00:00Z")
            String closesAt) {}

    @Schema(name = "BallotRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record BallotRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    minLength = 1,
                    maxLength = RoomInput.NAME_MAX,
                    description = "The member's display name: one line, without control characters. Optional in"
                            + " an anonymous room, where only the member sees it",
                    example = "Ada")
            String name,

            @Schema(
                    maxLength = RoomInput.REASON_MAX,
                    description = "Why: plain text, line breaks allowed. Required when the room says so",
                    example = "We know Python")
            String reason,

            @Schema(
                    ref = "#/components/schemas/ProjectAnswers",
                    description = "The member's project answers, as for evaluations, except team-knows, which"
                            + " the facilitator answered for the room: the weights derive from them and the"
                            + " room's team-knows (ADR 0015). Must-haves they derive do not apply in rooms")
            Map<String, Object> project,

            @Schema(
                    ref = "#/components/schemas/Weights",
                    description = "Required without project; with it, each weight given overrides the derived one")
            Map<String, Integer> weights) {}

    @Schema(name = "DecisionRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record DecisionRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    minLength = 1,
                    maxLength = 100,
                    description = "The chosen framework's id: one of the room's frameworks",
                    example = "django")
            String framework,

            @Schema(
                    maxLength = RoomInput.NOTES_MAX,
                    description = "Why; a paragraph, line breaks and tabs allowed",
                    example = "The admin saves us weeks")
            String notes) {}

    @Operation(
            summary = "Open a room",
            description = "Title 1–120 characters, optional context up to 2,000. "
                    + "Keep the facilitator key: it is shown only here.")
    @ApiResponse(responseCode = "201", description = "The room, with the facilitator key")
    @RateLimited(LimitedAction.ROOM_CREATION)
    @PostMapping(
            path = "/api/rooms",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedRoom> create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = RoomRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            "{\"title\": \"Framework for the shop\", \"context\": \"Small team, launch in spring\"}")))
                    @RequestBody
                    JsonNode body) {
        RoomRequestReader.RoomFields fields = RoomRequestReader.room(body);
        RoomService.CreatedRoom created = rooms.create(
                fields.title(), fields.context(), fields.frameworks(), fields.settings(), fields.teamKnows());
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
    @ApiResponse(responseCode = "200", description = "The room")
    // The key is optional here: the customizer in RoomsConfiguration adds the keyless alternative.
    @SecurityRequirement(name = "facilitatorKey")
    @GetMapping(path = "/api/rooms/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    RoomResponse room(
            @PathVariable String id,
            @Parameter(hidden = true) @RequestHeader(name = FACILITATOR_KEY, required = false) String facilitatorKey) {
        return RoomResponse.of(rooms.access(id, Optional.ofNullable(facilitatorKey), Optional.empty()), results);
    }

    @Operation(
            summary = "Answer in a room",
            description = "Name 1–60 characters; project answers and weights as for evaluations, except team-knows"
                    + " (the facilitator's, for the room). "
                    + "Keep the ballot key to change the answers later. "
                    + "With an Idempotency-Key, a retry of the same request (same key, same body, within 24 hours)"
                    + " creates no second ballot: it answers with the same ballot id and a fresh ballot key that"
                    + " replaces the first; the same key with another body is refused with 422.")
    @ApiResponse(responseCode = "201", description = "The ballot, with the ballot key")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @ApiResponse(
            responseCode = "422",
            description = "The Idempotency-Key was already used in this room with another body",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @RateLimited(LimitedAction.BALLOT)
    @PostMapping(
            path = "/api/rooms/{id}/ballots",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedBallot> addBallot(
            @PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = BallotRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            "{\"name\": \"Ada\", \"weights\": {\"orm\": 5, \"admin\": 3}}")))
                    @RequestBody
                    JsonNode body,
            @Parameter(
                            description = "Makes the request safe to retry: 1–64 printable ASCII characters, such"
                                    + " as a UUID, new for each new ballot. Kept (as a hash) for 24 hours.",
                            example = "5f0c8f9e-7d4a-4b1e-9a53-1c2d3e4f5a6b",
                            schema =
                                    @Schema(
                                            type = "string",
                                            minLength = 1,
                                            maxLength = SubmissionKey.MAX,
                                            pattern = "^[!-~]+$"))
                    @RequestHeader(name = SubmissionKey.HEADER, required = false)
                    String idempotencyKey) {
        SubmissionKey submission = SubmissionKey.of(SubmissionKey.HEADER, idempotencyKey);
        RoomService.CreatedBallot created =
                rooms.addBallot(id, room -> RoomRequestReader.ballot(room.room(), room.kb(), body), submission);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/rooms/{id}/ballots/{ballotId}")
                .build(id, created.ballot().id());
        return ResponseEntity.created(location)
                .body(new CreatedBallot(created.ballot().id(), created.ballotKey()));
    }

    @Operation(summary = "Change your answers", description = "Needs the ballot key; refused once answering is closed.")
    @ApiResponse(responseCode = "200", description = "The ballot as changed")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @SecurityRequirement(name = "ballotKey")
    @RateLimited(LimitedAction.BALLOT)
    @PutMapping(
            path = "/api/rooms/{id}/ballots/{ballotId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    UpdatedBallot updateBallot(
            @PathVariable String id,
            @PathVariable String ballotId,
            @Parameter(hidden = true) @RequestHeader(name = BALLOT_KEY, required = false) String ballotKey,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = BallotRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            "{\"name\": \"Ada\", \"weights\": {\"orm\": 5, \"admin\": 3}}")))
                    @RequestBody
                    JsonNode body) {
        RoomRequestReader.BallotFields fields = rooms.updateBallot(
                id, ballotId, ballotKey, room -> RoomRequestReader.ballot(room.room(), room.kb(), body));
        return new UpdatedBallot(
                ballotId,
                strip(fields.name()),
                strip(fields.reason()),
                fields.weights().values(),
                fields.project().answers().isEmpty() ? null : fields.project().answers());
    }

    @Operation(
            summary = "Remove a ballot (facilitator)",
            description = "In an anonymous room, only after the reveal, by the id its label gives (member-3).")
    @ApiResponse(responseCode = "204", description = "Removed")
    @SecurityRequirement(name = "facilitatorKey")
    @DeleteMapping("/api/rooms/{id}/ballots/{ballotId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeBallot(
            @PathVariable String id,
            @PathVariable String ballotId,
            @Parameter(hidden = true) @RequestHeader(name = FACILITATOR_KEY, required = false) String facilitatorKey) {
        rooms.removeBallot(id, facilitatorKey, ballotId);
    }

    @Operation(
            summary = "Reveal, hide, close or reopen the room (facilitator)",
            description = "reveal: show everyone the answers and the group result; hide: hide them again; "
                    + "close: stop accepting and changing answers; reopen: accept answers again, with the body's "
                    + "closing time if it gives one (null for none); once the room's own has passed, it must.")
    @ApiResponse(responseCode = "200", description = "The room, as the facilitator sees it")
    @SecurityRequirement(name = "facilitatorKey")
    @PostMapping(
            path = "/api/rooms/{id}/{action:" + FacilitatorAction.PATHS + "}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    RoomResponse act(
            @PathVariable String id,
            @Parameter(schema = @Schema(allowableValues = {"reveal", "hide", "close", "reopen"})) @PathVariable
                    String action,
            @Parameter(hidden = true) @RequestHeader(name = FACILITATOR_KEY, required = false) String key,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = false,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = ReopenRequest.class),
                                            examples = @ExampleObject("{\"closesAt\": \"2026-12-04T17:00:00Z\"}")))
                    @RequestBody(required = false)
                    JsonNode body) {
        FacilitatorAction done = FacilitatorAction.of(action);
        if (done == FacilitatorAction.REOPEN) {
            rooms.facilitated(id, key);
            rooms.reopen(id, key, RoomRequestReader.reopening(body));
        } else {
            rooms.act(id, key, done);
        }
        return facilitatorView(id, key);
    }

    @Operation(
            summary = "Record the decision (facilitator)",
            description = "The chosen framework's id and notes up to 2,000 characters.")
    @ApiResponse(responseCode = "200", description = "The room, as the facilitator sees it")
    @SecurityRequirement(name = "facilitatorKey")
    @PutMapping(
            path = "/api/rooms/{id}/decision",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    RoomResponse decide(
            @PathVariable String id,
            @Parameter(hidden = true) @RequestHeader(name = FACILITATOR_KEY, required = false) String key,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = DecisionRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            "{\"framework\": \"django\", \"notes\": \"The admin saves us weeks\"}")))
                    @RequestBody
                    JsonNode body) {
        rooms.facilitated(id, key);
        RoomRequestReader.DecisionFields fields = RoomRequestReader.decision(body);
        rooms.decide(id, key, fields.framework(), fields.notes());
        return facilitatorView(id, key);
    }

    /** The room as its facilitator sees it, which in an anonymous room is no more than anyone does. */
    private RoomResponse facilitatorView(String id, String key) {
        return RoomResponse.of(rooms.access(id, Optional.of(key), Optional.empty()), results);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String pageUrl(String path, String id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .build(id)
                .toString();
    }
}
