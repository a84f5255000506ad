package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.scoring.ProjectAnswers;
import com.frameworkadvisor.scoring.ProjectRule;
import com.frameworkadvisor.support.LiveStream;
import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.RoomClient.SentBallot;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The room API as a client uses it, over real HTTP. Run once per database by the subclasses, so every statement
 * here holds on H2 and on PostgreSQL alike.
 */
abstract class RoomApiContract {

    static final String CONTEXT = "We build a shop.";
    /** With a space, so that no random room id, key or label can contain it by chance ("Ada" once did). */
    static final String ANONYMOUS_MEMBER = "Ada Lovelace";

    static final Map<String, Integer> DJANGO_FAN = Map.of("admin", 5, "orm", 5);
    static final Map<String, Integer> FLASK_FAN = Map.of("flexibility", 5, "learning-curve", 5);

    @Autowired
    Site site;

    @Autowired
    RoomClient rooms;

    @Autowired
    KnowledgeBases kbs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RoomDeadlines deadlines;

    @Autowired
    RoomProperties properties;

    @Test
    void aNewRoomHasUnguessableIdAndKeyAndLinksToItsPages() {
        Reply reply = site.json("POST", "/api/rooms", "{\"title\": \"Shop backend\"}");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode json = reply.json();
        String id = json.get("id").asString();
        assertThat(id).matches("[A-Za-z0-9_-]{22}");
        assertThat(json.get("facilitatorKey").asString())
                .matches("[A-Za-z0-9_-]{22}")
                .isNotEqualTo(id);
        assertThat(json.get("title").asString()).isEqualTo("Shop backend");
        assertThat(json.get("joinUrl").asString()).isEqualTo(site.url("/rooms/" + id + "/join"));
        assertThat(json.get("roomUrl").asString()).isEqualTo(site.url("/rooms/" + id));
        assertThat(reply.header("Location")).hasValue(site.url("/api/rooms/" + id));
    }

    @Test
    void aRoomSaysWhichKnowledgeBaseVersionItComputesWithToAnyoneWithItsLink() {
        OpenedRoom room = rooms.openRoom("Pinned");

        assertThat(rooms.viewAsAnyone(room).get("knowledgeBaseVersion").asString())
                .isEqualTo(kbs.current().version());
        assertThat(rooms.view(room).get("knowledgeBaseVersion").asString())
                .isEqualTo(kbs.current().version());
    }

    @Test
    void theFacilitatorsTeamKnowsIsStoredWithTheRoomAndRatesTheTeamsExperienceForEveryMember() {
        OpenedRoom room = rooms.openRoom(Map.of(
                "title", "What the team knows", "context", CONTEXT, "project", Map.of("team-knows", List.of("flask"))));
        assertThat(rooms.viewAsAnyone(room).get("teamKnows").get(0).asString()).isEqualTo("flask");
        // Experience alone: Flask, which the team knows, scores 5 and Django 1.
        rooms.vote(room, "Ada", Map.of("team-experience", 5));
        rooms.reveal(room);
        JsonNode ada = rooms.viewAsAnyone(room).get("ballots").get(0);
        assertThat(ada.get("winner").asString()).isEqualTo("flask");
        assertThat(ada.get("scores").get("flask").asDouble()).isEqualTo(100.0);
        assertThat(ada.get("scores").get("django").asDouble()).isEqualTo(20.0);

        Reply decisionRecord = site.get(
                "/rooms/" + room.id() + "/decision.md", "text/markdown", "X-Facilitator-Key", room.facilitatorKey());
        assertThat(decisionRecord.body()).contains(CONTEXT).contains("The team knows: Flask");
    }

    @Test
    void aRoomRefusesATeamKnowsThatIsNoSuchAnswer() {
        Reply reply = rooms.sendRoom(Map.of("title", "Bad", "project", Map.of("team-knows", List.of("none", "flask"))));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("project.team-knows").contains("'none' cannot be given together");
        Reply other = rooms.sendRoom(Map.of("title", "Bad", "project", Map.of("project-kind", "json-api")));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.body()).contains("project.project-kind");
    }

    @Test
    void membersAnswersStayHiddenUntilTheReveal() {
        OpenedRoom room = rooms.openRoom("Hidden until reveal", CONTEXT);
        rooms.vote(room, "Ada", DJANGO_FAN);
        rooms.vote(room, "Grace", FLASK_FAN);

        JsonNode before = rooms.viewAsAnyone(room);
        assertThat(before.get("revealed").asBoolean()).isFalse();
        assertThat(before.get("ballots")).hasSize(2);
        assertThat(before.get("ballots").get(0).get("name").asString()).isEqualTo("Ada");
        assertThat(before.get("ballots").get(0).has("weights")).isFalse();
        assertThat(before.has("group")).isFalse();

        assertThat(rooms.facilitate(room, "reveal").status()).isEqualTo(200);
        JsonNode after = rooms.viewAsAnyone(room);
        assertThat(after.get("revealed").asBoolean()).isTrue();
        assertThat(after.get("ballots").get(0).get("weights").get("admin").asInt())
                .isEqualTo(5);
        assertThat(after.get("ballots").get(0).get("winner").asString()).isEqualTo("django");
        assertThat(after.get("group").get("ranking")).hasSize(2);
        assertThat(after.get("criteria")).hasSize(18); // today's knowledge base, 2026.11.3

        assertThat(rooms.facilitate(room, "hide").status()).isEqualTo(200);
        assertThat(rooms.viewAsAnyone(room).has("group")).isFalse();
    }

    @Test
    void theFacilitatorKeySeesTheAnswersBeforeTheReveal() {
        OpenedRoom room = rooms.openRoom("Facilitator preview", CONTEXT);
        rooms.vote(room, "Ada", DJANGO_FAN);

        Reply reply = rooms.get(room);

        assertThat(reply.json().get("group").get("winner").asString()).isEqualTo("django");
    }

    @Test
    void aMemberChangesTheirBallotWithItsKeyOnly() {
        OpenedRoom room = rooms.openRoom("Changing answers", CONTEXT);
        SentBallot ballot = rooms.vote(room, "Ada", DJANGO_FAN);

        assertThat(rooms.changeBallot(room, new SentBallot(ballot.id(), null), "Grace", FLASK_FAN)
                        .status())
                .isEqualTo(403);
        assertThat(rooms.changeBallot(room, new SentBallot(ballot.id(), "wrong"), "Grace", FLASK_FAN)
                        .status())
                .isEqualTo(403);
        Reply changed = rooms.changeBallot(room, ballot, "Grace", FLASK_FAN);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        rooms.facilitate(room, "reveal");
        JsonNode member = rooms.viewAsAnyone(room).get("ballots").get(0);
        assertThat(member.get("name").asString()).isEqualTo("Grace");
        assertThat(member.get("winner").asString()).isEqualTo("flask");
    }

    @Test
    void facilitatorActionsRefuseAMissingOrWrongKey() {
        OpenedRoom room = rooms.openRoom("Keys", CONTEXT);
        SentBallot ballot = rooms.vote(room, "Ada", DJANGO_FAN);
        OpenedRoom withoutKey = new OpenedRoom(room.id(), null);
        OpenedRoom withWrongKey = new OpenedRoom(room.id(), "nope");

        for (String action : new String[] {"reveal", "hide", "close", "reopen"}) {
            assertThat(rooms.facilitate(withoutKey, action).status()).isEqualTo(403);
            Reply wrong = rooms.facilitate(withWrongKey, action);
            assertThat(wrong.status()).isEqualTo(403);
            assertThat(wrong.contentType()).startsWith("application/problem+json");
            assertThat(wrong.json().get("detail").asString()).contains("facilitator key");
        }
        assertThat(rooms.removeBallot(withoutKey, ballot.id()).status()).isEqualTo(403);
        assertThat(rooms.sendDecision(withoutKey, "django", null).status()).isEqualTo(403);
        assertThat(rooms.get(withWrongKey).status()).isEqualTo(403);
        assertThat(rooms.viewAsAnyone(room).get("revealed").asBoolean()).isFalse();
    }

    @Test
    void aClosedRoomRefusesNewAndChangedBallotsUntilReopened() {
        OpenedRoom room = rooms.openRoom("Closing", CONTEXT);
        SentBallot ballot = rooms.vote(room, "Ada", DJANGO_FAN);
        rooms.facilitate(room, "close");

        Reply added = rooms.sendBallot(room, "Grace", FLASK_FAN);
        Reply changed = rooms.changeBallot(room, ballot, "Grace", FLASK_FAN);

        assertThat(added.status()).isEqualTo(409);
        assertThat(added.json().get("detail").asString()).contains("Answering is closed");
        assertThat(changed.status()).isEqualTo(409);
        assertThat(rooms.viewAsAnyone(room).get("status").asString()).isEqualTo("closed");

        rooms.facilitate(room, "reopen");
        assertThat(rooms.sendBallot(room, "Grace", FLASK_FAN).status()).isEqualTo(201);
        assertThat(rooms.viewAsAnyone(room).get("ballots")).hasSize(2);
    }

    @Test
    void theFacilitatorRemovesABallotAndRecordsTheDecision() {
        OpenedRoom room = rooms.openRoom("Deciding", CONTEXT);
        SentBallot ada = rooms.vote(room, "Ada", DJANGO_FAN);
        rooms.vote(room, "Grace", FLASK_FAN);

        Reply removed = rooms.removeBallot(room, ada.id());
        Reply decided = rooms.sendDecision(room, "flask", "Small team, small API.");

        assertThat(removed.status()).isEqualTo(204);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        JsonNode json = rooms.viewAsAnyone(room);
        assertThat(json.get("ballots")).hasSize(1);
        assertThat(json.get("decision").get("framework").asString()).isEqualTo("flask");
        assertThat(json.get("decision").get("notes").asString()).isEqualTo("Small team, small API.");
    }

    @Test
    void anUnknownRoomIs404AndAnUnknownFrameworkIsNamed() {
        OpenedRoom unknown = new OpenedRoom("AAAAAAAAAAAAAAAAAAAAAA", null);
        assertThat(rooms.getAsAnyone(unknown).status()).isEqualTo(404);
        assertThat(rooms.getAsAnyone(new OpenedRoom("not-an-id", null)).status())
                .isEqualTo(404);
        assertThat(rooms.sendBallot(unknown, "Ada", DJANGO_FAN).status()).isEqualTo(404);

        OpenedRoom room = rooms.openRoom("Unknown framework", CONTEXT);
        Reply reply = rooms.sendDecision(room, "rails", null);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("framework");
    }

    @Test
    void badFieldsAreEachNamedAndNothingIsStored() {
        Reply title = site.json("POST", "/api/rooms", "{\"title\": \"" + "x".repeat(121) + "\", \"context\": 3}");
        assertThat(title.status()).isEqualTo(400);
        assertThat(title.body()).contains("\"field\":\"context\"").contains("must be a string");

        Reply tooLong = site.json("POST", "/api/rooms", "{\"title\": \"" + "x".repeat(121) + "\"}");
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("title");
        assertThat(tooLong.json().get("errors").get(0).get("message").asString())
                .contains("at most 120 characters");

        OpenedRoom room = rooms.openRoom("Bad ballots", CONTEXT);
        Reply ballot = rooms.sendBallot(room, "", Map.of("orm", 9, "nope", 1));
        assertThat(ballot.status()).isEqualTo(400);
        assertThat(ballot.body())
                .contains("\"field\":\"name\"")
                .contains("\"field\":\"weights.orm\"")
                .contains("\"field\":\"weights.nope\"");
        assertThat(rooms.viewAsAnyone(room).get("ballots")).isEmpty();
    }

    // ---- rooms for real teams (issue 18) -----------------------------------------------------------------------

    static Map<String, Object> roomBody(String title, Object... settings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        for (int i = 0; i < settings.length; i += 2) {
            body.put((String) settings[i], settings[i + 1]);
        }
        return body;
    }

    static String field(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().get("errors").get(0).get("field").asString();
    }

    static List<String> labels(JsonNode room) {
        List<String> labels = new ArrayList<>();
        room.get("ballots").forEach(b -> labels.add(b.get("label").asString()));
        return labels;
    }

    // ---- reasons ---------------------------------------------------------------------------------------------

    @Test
    void aReasonShowsOnlyOnceRevealedNextToTheMembersOwnResult() {
        OpenedRoom room = rooms.openRoom("Reasons");
        rooms.vote(room, "Ada", "We know Python.\nAnd the admin.", DJANGO_FAN);
        rooms.vote(room, "Grace", null, FLASK_FAN);

        JsonNode before = rooms.viewAsAnyone(room);
        rooms.reveal(room);
        JsonNode after = rooms.viewAsAnyone(room);

        assertThat(before.get("ballots").get(0).has("reason")).isFalse();
        assertThat(after.get("ballots").get(0).get("reason").asString()).isEqualTo("We know Python.\nAnd the admin.");
        assertThat(after.get("ballots").get(0).get("winner").asString()).isEqualTo("django");
        assertThat(after.get("ballots").get(1).get("reason").asString()).isEmpty();
        assertThat(after.get("reasonRequired").asBoolean()).isFalse();
    }

    @Test
    void aRoomThatRequiresAReasonRefusesABallotWithoutOneNamingTheFieldAndStoresNothing() {
        OpenedRoom room = rooms.openRoom(roomBody("Reasons required", "reasonRequired", true));

        Reply missing = rooms.sendBallot(room, "Ada", null, DJANGO_FAN);
        Reply blank = rooms.sendBallot(room, "Ada", "   ", DJANGO_FAN);

        assertThat(field(missing)).isEqualTo("reason");
        assertThat(field(blank)).isEqualTo("reason");
        assertThat(rooms.viewAsAnyone(room).get("reasonRequired").asBoolean()).isTrue();
        assertThat(rooms.viewAsAnyone(room).get("answered").asInt()).isZero();
        assertThat(rooms.sendBallot(room, "Ada", "Admin.", DJANGO_FAN).status()).isEqualTo(201);
    }

    @Test
    void aReasonOver500CharactersIsRefusedNamingTheFieldAndAChangedReasonReplacesTheOld() {
        OpenedRoom room = rooms.openRoom("Long reasons");

        Reply tooLong = rooms.sendBallot(room, "Ada", "é".repeat(501), DJANGO_FAN);
        SentBallot ballot = rooms.vote(room, "Ada", "é".repeat(500), DJANGO_FAN);
        Reply changed = site.json(
                "PUT",
                "/api/rooms/" + room.id() + "/ballots/" + ballot.id(),
                "{\"name\": \"Ada\", \"reason\": \"Changed my mind.\", \"weights\": {\"flexibility\": 5}}",
                RoomClient.BALLOT_KEY,
                ballot.key());

        assertThat(field(tooLong)).isEqualTo("reason");
        assertThat(tooLong.json().get("errors").get(0).get("message").asString())
                .contains("at most 500 characters");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("reason").asString()).isEqualTo("Changed my mind.");
        assertThat(rooms.view(room).get("ballots").get(0).get("reason").asString())
                .isEqualTo("Changed my mind.");
    }

    // ---- anonymous rooms -------------------------------------------------------------------------------------

    OpenedRoom anonymousRoomWithTwoBallots() {
        OpenedRoom room = rooms.openRoom(roomBody("Anonymous", "anonymous", true));
        rooms.vote(room, ANONYMOUS_MEMBER, "Admin first.", DJANGO_FAN);
        rooms.vote(room, null, "Small API.", FLASK_FAN);
        return room;
    }

    @Test
    void beforeTheRevealEveryoneTheFacilitatorIncludedSeesOnlyACount() {
        OpenedRoom room = anonymousRoomWithTwoBallots();

        for (JsonNode view : List.of(rooms.viewAsAnyone(room), rooms.view(room))) {
            assertThat(view.get("anonymous").asBoolean()).isTrue();
            assertThat(view.get("answered").asInt()).isEqualTo(2);
            assertThat(view.get("ballots")).isEmpty();
            assertThat(view.has("group")).isFalse();
            assertThat(view.toString()).doesNotContain(ANONYMOUS_MEMBER, "Admin first", "Small API");
        }
        Reply asFacilitator = site.get(
                "/rooms/" + room.id() + "/ballots.csv", "text/csv", RoomClient.FACILITATOR_KEY, room.facilitatorKey());
        assertThat(asFacilitator.status()).isEqualTo(403);
        assertThat(asFacilitator.json().get("detail").asString()).contains("anonymous");
    }

    @Test
    void afterTheRevealBallotsCarryLabelsAndReasonsButNoNameIdOrTime() {
        OpenedRoom room = anonymousRoomWithTwoBallots();

        rooms.reveal(room);
        JsonNode view = rooms.viewAsAnyone(room);

        assertThat(labels(view)).containsExactly("Member 1", "Member 2");
        assertThat(view.get("ballots").get(0).has("name")).isFalse();
        assertThat(view.get("ballots").get(0).get("id").asString()).isEqualTo("member-1");
        assertThat(List.of(
                        view.get("ballots").get(0).get("reason").asString(),
                        view.get("ballots").get(1).get("reason").asString()))
                .containsExactlyInAnyOrder("Admin first.", "Small API.");
        assertThat(view.get("group").has("pivotalMembers")).isFalse();
        assertThat(view.get("group").get("pivotalCount").isInt()).isTrue();
        assertThat(view.toString()).doesNotContain(ANONYMOUS_MEMBER, "createdAt", "updatedAt");
        assertThat(rooms.view(room)).isEqualTo(view);
    }

    @Test
    void labelsStayTheSameAfterAHideAndAnotherReveal() {
        OpenedRoom room = anonymousRoomWithTwoBallots();
        rooms.reveal(room);
        JsonNode first = rooms.viewAsAnyone(room).get("ballots");

        rooms.facilitate(room, "hide");
        rooms.reveal(room);

        assertThat(rooms.viewAsAnyone(room).get("ballots")).isEqualTo(first);
    }

    @Test
    void theFacilitatorRemovesABallotByItsLabelOnlyAfterTheReveal() {
        OpenedRoom room = anonymousRoomWithTwoBallots();

        Reply early = rooms.removeBallot(room, "member-1");
        rooms.reveal(room);
        Reply removed = rooms.removeBallot(room, "member-1");
        Reply again = rooms.removeBallot(room, "member-1");

        assertThat(early.status()).isEqualTo(409);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
        assertThat(labels(rooms.viewAsAnyone(room))).containsExactly("Member 2");
    }

    @Test
    void closingDeletesTheNamesFromTheDatabaseAndReopeningDoesNotBringThemBack() {
        OpenedRoom room = anonymousRoomWithTwoBallots();
        assertThat(storedNames(room)).containsExactly(ANONYMOUS_MEMBER, "");

        rooms.facilitate(room, "close");
        List<String> afterClosing = storedNames(room);
        rooms.facilitate(room, "reopen");

        assertThat(afterClosing).containsOnly("");
        assertThat(storedNames(room)).containsOnly("");
        assertThat(rooms.viewAsAnyone(room).get("answered").asInt()).isEqualTo(2);
    }

    @Test
    void theBallotsCsvHasLabelsAndReasonsButNoNamesOrTimes() {
        OpenedRoom room = anonymousRoomWithTwoBallots();
        rooms.reveal(room);

        String csv =
                site.get("/rooms/" + room.id() + "/ballots.csv", "text/csv").body();

        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("member,winner,reason,");
        assertThat(csv).contains("Member 1", "Member 2", "Admin first.", "Small API.");
        assertThat(csv).doesNotContain(ANONYMOUS_MEMBER).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
    }

    List<String> storedNames(OpenedRoom room) {
        return jdbc.queryForList(
                "SELECT name FROM ballot WHERE room_id = ? ORDER BY created_at, id", String.class, room.id());
    }

    // ---- deadlines -------------------------------------------------------------------------------------------

    @Test
    void aClosingTimeMustBeAnInstantInTheFutureAndWithinTheRetention() {
        Instant now = Instant.now();

        assertThat(field(rooms.sendRoom(
                        roomBody("Past", "closesAt", now.minusSeconds(60).toString()))))
                .isEqualTo("closesAt");
        assertThat(field(rooms.sendRoom(roomBody(
                        "Too late",
                        "closesAt",
                        now.plus(properties.retention())
                                .plus(Duration.ofDays(1))
                                .toString()))))
                .isEqualTo("closesAt");
        assertThat(field(rooms.sendRoom(roomBody("Not a time", "closesAt", "next Friday"))))
                .isEqualTo("closesAt");
        assertThat(field(rooms.sendRoom(roomBody("Not a string", "closesAt", 5))))
                .isEqualTo("closesAt");
    }

    @Test
    void aRoomSaysWhenItClosesAndRefusesBallotsWith409OnceTheTimeHasCome() {
        Instant closesAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        OpenedRoom room = rooms.openRoom(roomBody("Deadline", "closesAt", closesAt.toString()));
        SentBallot ada = rooms.vote(room, "Ada", DJANGO_FAN);
        assertThat(Instant.parse(rooms.viewAsAnyone(room).get("closesAt").asString()))
                .isEqualTo(closesAt);

        theClosingTimeComes(room);
        Reply late = rooms.sendBallot(room, "Grace", FLASK_FAN);
        Reply changed = rooms.changeBallot(room, ada, "Ada", FLASK_FAN);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("closing time");
        assertThat(changed.status()).isEqualTo(409);
        assertThat(rooms.viewAsAnyone(room).get("status").asString()).isEqualTo("closed");
    }

    @Test
    void theScheduledCloseBumpsTheRevisionOnceSoLivePagesShowClosed() {
        OpenedRoom room = rooms.openRoom(roomBody(
                "Closing by itself",
                "closesAt",
                Instant.now().plus(Duration.ofDays(1)).toString()));
        theClosingTimeComes(room);
        long before = revision(room);

        deadlines.closeDue();
        long after = revision(room);
        deadlines.closeDue();

        assertThat(after).isEqualTo(before + 1);
        assertThat(revision(room)).isEqualTo(after);
        assertThat(jdbc.queryForObject("SELECT status FROM room WHERE id = ?", String.class, room.id()))
                .isEqualTo("closed");
    }

    @Test
    void reopeningAfterTheClosingTimeNeedsANewOneOrNone() {
        OpenedRoom room = rooms.openRoom(roomBody(
                "Reopening", "closesAt", Instant.now().plus(Duration.ofDays(1)).toString()));
        theClosingTimeComes(room);

        Reply keeping = rooms.facilitate(room, "reopen");
        Reply past = rooms.facilitate(
                room, "reopen", Map.of("closesAt", Instant.now().minusSeconds(5).toString()));
        Map<String, Object> none = new LinkedHashMap<>();
        none.put("closesAt", null);
        Reply withoutOne = rooms.facilitate(room, "reopen", none);

        assertThat(field(keeping)).isEqualTo("closesAt");
        assertThat(field(past)).isEqualTo("closesAt");
        assertThat(withoutOne.status()).as(withoutOne.body()).isEqualTo(200);
        assertThat(withoutOne.json().get("status").asString()).isEqualTo("open");
        assertThat(withoutOne.json().get("closesAt").isNull()).isTrue();
        assertThat(rooms.sendBallot(room, "Grace", FLASK_FAN).status()).isEqualTo(201);
    }

    @Test
    void reopeningWithANewClosingTimeKeepsIt() {
        OpenedRoom room = rooms.openRoom(roomBody(
                "New deadline",
                "closesAt",
                Instant.now().plus(Duration.ofDays(1)).toString()));
        theClosingTimeComes(room);
        Instant later = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

        Reply reopened = rooms.facilitate(room, "reopen", Map.of("closesAt", later.toString()));

        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(Instant.parse(reopened.json().get("closesAt").asString())).isEqualTo(later);
        assertThat(rooms.sendBallot(room, "Grace", FLASK_FAN).status()).isEqualTo(201);
    }

    /**
     * Moves the room's closing time a second into the past, as if the time had come: the room's rules are decided
     * by the database's comparison with the application's clock, which this exercises on each database.
     */
    void theClosingTimeComes(OpenedRoom room) {
        jdbc.update(
                "UPDATE room SET closes_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                room.id());
    }

    long revision(OpenedRoom room) {
        return jdbc.queryForObject("SELECT revision FROM room WHERE id = ?", Long.class, room.id());
    }

    // ---- expected members and the reveal when everyone is in -------------------------------------------------

    @Test
    void anExpectedCountMustBeFrom2ToTheMostBallotsARoomTakes() {
        assertThat(field(rooms.sendRoom(roomBody("One", "expectedMembers", 1)))).isEqualTo("expectedMembers");
        assertThat(field(rooms.sendRoom(roomBody("Too many", "expectedMembers", properties.maxBallots() + 1))))
                .isEqualTo("expectedMembers");
        assertThat(field(rooms.sendRoom(roomBody("Half", "expectedMembers", 2.5))))
                .isEqualTo("expectedMembers");
        assertThat(field(rooms.sendRoom(roomBody("Nobody expected", "revealWhenAllAnswered", true))))
                .isEqualTo("revealWhenAllAnswered");
        assertThat(rooms.sendRoom(roomBody("Most", "expectedMembers", properties.maxBallots()))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void theRoomSaysHowManyItExpectsAndHowManyHaveAnswered() {
        OpenedRoom room = rooms.openRoom(roomBody("Five expected", "expectedMembers", 5));
        rooms.vote(room, "Ada", DJANGO_FAN);

        JsonNode view = rooms.viewAsAnyone(room);

        assertThat(view.get("expectedMembers").asInt()).isEqualTo(5);
        assertThat(view.get("answered").asInt()).isEqualTo(1);
        assertThat(view.get("revealWhenAllAnswered").asBoolean()).isFalse();
        assertThat(view.get("revealed").asBoolean()).isFalse();
    }

    @Test
    void theRoomRevealsItselfOnceWhenTheExpectedNumberHaveAnswered() {
        OpenedRoom room =
                rooms.openRoom(roomBody("Reveal when all in", "expectedMembers", 2, "revealWhenAllAnswered", true));

        SentBallot ada = rooms.vote(room, "Ada", DJANGO_FAN);
        boolean afterOne = rooms.viewAsAnyone(room).get("revealed").asBoolean();
        rooms.vote(room, "Grace", FLASK_FAN);
        boolean afterTwo = rooms.viewAsAnyone(room).get("revealed").asBoolean();
        rooms.removeBallot(room, ada.id());
        boolean afterRemoval = rooms.viewAsAnyone(room).get("revealed").asBoolean();
        rooms.facilitate(room, "hide");
        rooms.vote(room, "Linus", DJANGO_FAN);
        rooms.vote(room, "Ken", DJANGO_FAN);

        assertThat(afterOne).as("after one of two").isFalse();
        assertThat(afterTwo).as("after two of two").isTrue();
        assertThat(afterRemoval).as("after a removal").isTrue();
        assertThat(rooms.viewAsAnyone(room).get("revealed").asBoolean())
                .as("after a hide and two more ballots")
                .isFalse();
    }

    @Test
    void anAnonymousRoomThatRevealsItselfLabelsEveryBallot() {
        OpenedRoom room = rooms.openRoom(
                roomBody("Anonymous, all in", "anonymous", true, "expectedMembers", 3, "revealWhenAllAnswered", true));
        rooms.vote(room, "Ada", DJANGO_FAN);
        rooms.vote(room, "Grace", FLASK_FAN);
        rooms.vote(room, null, FLASK_FAN);

        JsonNode view = rooms.viewAsAnyone(room);

        assertThat(view.get("revealed").asBoolean()).isTrue();
        assertThat(labels(view)).containsExactly("Member 1", "Member 2", "Member 3");
    }

    @Test
    void aLiveViewerNeverMovesToALowerRevisionWhileMembersAnswerAtOnce() throws Exception {
        OpenedRoom room = rooms.openRoom("Concurrent changes");
        try (LiveStream stream = LiveStream.open(site.url(""), room.id(), Duration.ofSeconds(15))) {
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Reply>> sends = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    String name = "Member " + i;
                    Map<String, Integer> weights = i % 2 == 0 ? DJANGO_FAN : FLASK_FAN;
                    sends.add(() -> rooms.sendBallot(room, name, weights));
                }
                for (Future<Reply> reply : threads.invokeAll(sends, 60, TimeUnit.SECONDS)) {
                    assertThat(reply.get().status()).isEqualTo(201);
                }
            } finally {
                threads.shutdownNow();
            }
            long last = jdbc.queryForObject("SELECT revision FROM room WHERE id = ?", Long.class, room.id());

            List<Long> received = new ArrayList<>();
            while (received.isEmpty() || received.get(received.size() - 1) < last) {
                LiveStream.ServerEvent event = stream.awaitEvent(Duration.ofSeconds(10));
                assertThat(event.id()).isEqualTo(event.data());
                received.add(Long.parseLong(event.data()));
            }

            assertThat(received).as("revisions as received").isSorted().doesNotHaveDuplicates();
            assertThat(received.get(received.size() - 1)).isEqualTo(last);
        }
    }

    // ---- Members may describe their project instead of weighing every criterion (issue 15, ADR 0015) ----------
    // (Plain tests, not @Nested: a nested class of this contract would not get its subclass's context.)

    static final Map<String, Object> PROJECT_JSON_API =
            Map.of("project-kind", "json-api", "team-python", "experienced");

    private OpenedRoom roomWhoseTeamKnowsFlask() {
        return rooms.openRoom(
                Map.of("title", "Described", "context", CONTEXT, "project", Map.of("team-knows", List.of("flask"))));
    }

    /** The weights the rule derives from these answers and the room's team-knows. */
    private Map<String, Integer> derived(Map<String, List<String>> answers) {
        Map<String, List<String>> all = new LinkedHashMap<>(answers);
        all.put("team-knows", List.of("flask"));
        return ProjectRule.derive(kbs.current(), new ProjectAnswers(all)).weights();
    }

    private Map<String, Integer> weights(JsonNode ballot) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        ballot.get("weights")
                .properties()
                .forEach(e -> weights.put(e.getKey(), e.getValue().asInt()));
        return weights;
    }

    @Test
    void aMembersProjectAnswersDeriveTheBallotsWeightsWhichAreStoredAndReturnedWithTheAnswers() {
        OpenedRoom room = roomWhoseTeamKnowsFlask();
        Reply sent = rooms.sendBallot(room, Map.of("name", "Ada", "project", PROJECT_JSON_API));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);

        JsonNode ada = rooms.view(room).get("ballots").get(0);

        Map<String, Integer> expected =
                derived(Map.of("project-kind", List.of("json-api"), "team-python", List.of("experienced")));
        assertThat(weights(ada)).containsAllEntriesOf(expected);
        assertThat(ada.get("weights").get("team-experience").asInt())
                .as("the room's team-knows weighs the team's experience")
                .isEqualTo(expected.get("team-experience"))
                .isPositive();
        assertThat(ada.get("project").get("project-kind").get(0).asString()).isEqualTo("json-api");
        assertThat(ada.get("project").get("team-python").get(0).asString()).isEqualTo("experienced");
        assertThat(ada.get("project").has("team-knows"))
                .as("the room's answer, not hers")
                .isFalse();
        assertThat(jdbc.queryForObject("SELECT project FROM ballot WHERE room_id = ?", String.class, room.id()))
                .isEqualTo("project-kind=json-api&team-python=experienced");
    }

    @Test
    void explicitWeightsOverrideTheDerivedOnesAndAChangeKeepsTheNewAnswers() {
        OpenedRoom room = roomWhoseTeamKnowsFlask();
        SentBallot ada = rooms.vote(room, "Ada", DJANGO_FAN);

        Reply changed = rooms.changeBallot(
                room,
                ada,
                Map.of("name", "Ada", "project", Map.of("project-kind", "content-site"), "weights", Map.of("orm", 0)));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("project").get("project-kind").get(0).asString())
                .isEqualTo("content-site");
        Map<String, Integer> expected = new LinkedHashMap<>(derived(Map.of("project-kind", List.of("content-site"))));
        expected.put("orm", 0);
        JsonNode stored = rooms.view(room).get("ballots").get(0);
        assertThat(weights(stored)).containsAllEntriesOf(expected);
        assertThat(stored.get("project").get("project-kind").get(0).asString()).isEqualTo("content-site");
    }

    @Test
    void aBallotWithWeightsAloneHasNoProject() {
        OpenedRoom room = roomWhoseTeamKnowsFlask();
        rooms.vote(room, "Ada", DJANGO_FAN);

        JsonNode ada = rooms.view(room).get("ballots").get(0);

        assertThat(ada.has("project")).isFalse();
        assertThat(ada.get("weights").get("orm").asInt()).isEqualTo(5);
    }

    @Test
    void anUnknownQuestionOrAnswerOrSeveralAnswersToAOneAnswerQuestionAreRefusedByName() {
        OpenedRoom room = roomWhoseTeamKnowsFlask();
        Map<Map<String, Object>, String> bad = Map.of(
                Map.of("project-kind", "json-api", "budget", "small"), "project.budget",
                Map.of("project-kind", "desktop-app"), "project.project-kind",
                Map.of("project-kind", List.of("json-api", "realtime")), "project.project-kind",
                Map.of("project-kind", "json-api", "team-knows", List.of("django")), "project.team-knows",
                Map.of("project-kind", 3), "project.project-kind");

        bad.forEach((project, field) -> {
            Reply reply = rooms.sendBallot(room, Map.of("name", "Ada", "project", project));
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.body()).as(project.toString()).contains("\"" + field + "\"");
        });
        assertThat(rooms.view(room).get("ballots")).as("nothing stored").isEmpty();
    }

    @Test
    void aChangeWithBadAnswersKeepsTheStoredBallot() {
        OpenedRoom room = roomWhoseTeamKnowsFlask();
        SentBallot ada = rooms.vote(room, "Ada", DJANGO_FAN);

        Reply changed = rooms.changeBallot(
                room, ada, Map.of("name", "Ada", "project", Map.of("team-knows", List.of("django"))));

        assertThat(changed.status()).as(changed.body()).isEqualTo(400);
        assertThat(changed.body()).contains("project.team-knows").contains("facilitator");
        assertThat(rooms.view(room)
                        .get("ballots")
                        .get(0)
                        .get("weights")
                        .get("orm")
                        .asInt())
                .isEqualTo(5);
    }
}
