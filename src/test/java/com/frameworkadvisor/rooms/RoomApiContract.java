package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.RoomClient.SentBallot;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The room API as a client uses it, over real HTTP. Run once per database by the subclasses, so every statement
 * here holds on H2 and on PostgreSQL alike.
 */
abstract class RoomApiContract {

    static final String CONTEXT = "We build a shop.";
    static final Map<String, Integer> DJANGO_FAN = Map.of("admin", 5, "orm", 5);
    static final Map<String, Integer> FLASK_FAN = Map.of("flexibility", 5, "learning-curve", 5);

    @Autowired
    Site site;

    @Autowired
    RoomClient rooms;

    @Autowired
    KnowledgeBases kbs;

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
        assertThat(after.get("criteria")).hasSize(17); // today's knowledge base, 2026.11.2

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
}
