package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The room API as a client uses it, over real HTTP. Run once per database by the subclasses, so every statement
 * here holds on H2 and on PostgreSQL alike.
 */
abstract class RoomApiContract {

    static final String DJANGO_FAN = "{\"name\": \"Ada\", \"weights\": {\"admin\": 5, \"orm\": 5}}";
    static final String FLASK_FAN = "{\"name\": \"Grace\", \"weights\": {\"flexibility\": 5, \"learning-curve\": 5}}";

    @Autowired
    Site site;

    record OpenedRoom(String id, String facilitatorKey) {}

    record SentBallot(String id, String key) {}

    OpenedRoom openRoom(String title) {
        Reply reply =
                site.json("POST", "/api/rooms", "{\"title\": \"" + title + "\", \"context\": \"We build a shop.\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode json = reply.json();
        return new OpenedRoom(
                json.get("id").asString(), json.get("facilitatorKey").asString());
    }

    SentBallot vote(OpenedRoom room, String body) {
        Reply reply = site.json("POST", "/api/rooms/" + room.id() + "/ballots", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return new SentBallot(
                reply.json().get("ballotId").asString(),
                reply.json().get("ballotKey").asString());
    }

    Reply facilitate(OpenedRoom room, String action) {
        return site.json(
                "POST", "/api/rooms/" + room.id() + "/" + action, null, "X-Facilitator-Key", room.facilitatorKey());
    }

    JsonNode view(OpenedRoom room) {
        Reply reply = site.json("GET", "/api/rooms/" + room.id(), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

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
    void membersAnswersStayHiddenUntilTheReveal() {
        OpenedRoom room = openRoom("Hidden until reveal");
        vote(room, DJANGO_FAN);
        vote(room, FLASK_FAN);

        JsonNode before = view(room);
        assertThat(before.get("revealed").asBoolean()).isFalse();
        assertThat(before.get("ballots")).hasSize(2);
        assertThat(before.get("ballots").get(0).get("name").asString()).isEqualTo("Ada");
        assertThat(before.get("ballots").get(0).has("weights")).isFalse();
        assertThat(before.has("group")).isFalse();

        assertThat(facilitate(room, "reveal").status()).isEqualTo(200);
        JsonNode after = view(room);
        assertThat(after.get("revealed").asBoolean()).isTrue();
        assertThat(after.get("ballots").get(0).get("weights").get("admin").asInt())
                .isEqualTo(5);
        assertThat(after.get("ballots").get(0).get("winner").asString()).isEqualTo("django");
        assertThat(after.get("group").get("ranking")).hasSize(2);
        assertThat(after.get("criteria")).hasSize(16);

        assertThat(facilitate(room, "hide").status()).isEqualTo(200);
        assertThat(view(room).has("group")).isFalse();
    }

    @Test
    void theFacilitatorKeySeesTheAnswersBeforeTheReveal() {
        OpenedRoom room = openRoom("Facilitator preview");
        vote(room, DJANGO_FAN);

        Reply reply = site.json("GET", "/api/rooms/" + room.id(), null, "X-Facilitator-Key", room.facilitatorKey());

        assertThat(reply.json().get("group").get("winner").asString()).isEqualTo("django");
    }

    @Test
    void aMemberChangesTheirBallotWithItsKeyOnly() {
        OpenedRoom room = openRoom("Changing answers");
        SentBallot ballot = vote(room, DJANGO_FAN);
        String path = "/api/rooms/" + room.id() + "/ballots/" + ballot.id();

        assertThat(site.json("PUT", path, FLASK_FAN).status()).isEqualTo(403);
        assertThat(site.json("PUT", path, FLASK_FAN, "X-Ballot-Key", "wrong").status())
                .isEqualTo(403);
        Reply changed = site.json("PUT", path, FLASK_FAN, "X-Ballot-Key", ballot.key());

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        facilitate(room, "reveal");
        JsonNode member = view(room).get("ballots").get(0);
        assertThat(member.get("name").asString()).isEqualTo("Grace");
        assertThat(member.get("winner").asString()).isEqualTo("flask");
    }

    @Test
    void facilitatorActionsRefuseAMissingOrWrongKey() {
        OpenedRoom room = openRoom("Keys");
        SentBallot ballot = vote(room, DJANGO_FAN);

        for (String action : new String[] {"reveal", "hide", "close", "reopen"}) {
            assertThat(site.json("POST", "/api/rooms/" + room.id() + "/" + action, null)
                            .status())
                    .isEqualTo(403);
            Reply wrong =
                    site.json("POST", "/api/rooms/" + room.id() + "/" + action, null, "X-Facilitator-Key", "nope");
            assertThat(wrong.status()).isEqualTo(403);
            assertThat(wrong.contentType()).startsWith("application/problem+json");
            assertThat(wrong.json().get("detail").asString()).contains("facilitator key");
        }
        assertThat(site.json("DELETE", "/api/rooms/" + room.id() + "/ballots/" + ballot.id(), null)
                        .status())
                .isEqualTo(403);
        assertThat(site.json("PUT", "/api/rooms/" + room.id() + "/decision", "{\"framework\": \"django\"}")
                        .status())
                .isEqualTo(403);
        assertThat(site.json("GET", "/api/rooms/" + room.id(), null, "X-Facilitator-Key", "nope")
                        .status())
                .isEqualTo(403);
        assertThat(view(room).get("revealed").asBoolean()).isFalse();
    }

    @Test
    void aClosedRoomRefusesNewAndChangedBallotsUntilReopened() {
        OpenedRoom room = openRoom("Closing");
        SentBallot ballot = vote(room, DJANGO_FAN);
        facilitate(room, "close");

        Reply added = site.json("POST", "/api/rooms/" + room.id() + "/ballots", FLASK_FAN);
        Reply changed = site.json(
                "PUT", "/api/rooms/" + room.id() + "/ballots/" + ballot.id(), FLASK_FAN, "X-Ballot-Key", ballot.key());

        assertThat(added.status()).isEqualTo(409);
        assertThat(added.json().get("detail").asString()).contains("Answering is closed");
        assertThat(changed.status()).isEqualTo(409);
        assertThat(view(room).get("status").asString()).isEqualTo("closed");

        facilitate(room, "reopen");
        assertThat(site.json("POST", "/api/rooms/" + room.id() + "/ballots", FLASK_FAN)
                        .status())
                .isEqualTo(201);
        assertThat(view(room).get("ballots")).hasSize(2);
    }

    @Test
    void theFacilitatorRemovesABallotAndRecordsTheDecision() {
        OpenedRoom room = openRoom("Deciding");
        SentBallot ada = vote(room, DJANGO_FAN);
        vote(room, FLASK_FAN);

        Reply removed = site.json(
                "DELETE",
                "/api/rooms/" + room.id() + "/ballots/" + ada.id(),
                null,
                "X-Facilitator-Key",
                room.facilitatorKey());
        Reply decided = site.json(
                "PUT",
                "/api/rooms/" + room.id() + "/decision",
                "{\"framework\": \"flask\", \"notes\": \"Small team, small API.\"}",
                "X-Facilitator-Key",
                room.facilitatorKey());

        assertThat(removed.status()).isEqualTo(204);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        JsonNode json = view(room);
        assertThat(json.get("ballots")).hasSize(1);
        assertThat(json.get("decision").get("framework").asString()).isEqualTo("flask");
        assertThat(json.get("decision").get("notes").asString()).isEqualTo("Small team, small API.");
    }

    @Test
    void anUnknownRoomIs404AndAnUnknownFrameworkIsNamed() {
        assertThat(site.json("GET", "/api/rooms/AAAAAAAAAAAAAAAAAAAAAA", null).status())
                .isEqualTo(404);
        assertThat(site.json("GET", "/api/rooms/not-an-id", null).status()).isEqualTo(404);
        assertThat(site.json("POST", "/api/rooms/AAAAAAAAAAAAAAAAAAAAAA/ballots", DJANGO_FAN)
                        .status())
                .isEqualTo(404);

        OpenedRoom room = openRoom("Unknown framework");
        Reply reply = site.json(
                "PUT",
                "/api/rooms/" + room.id() + "/decision",
                "{\"framework\": \"rails\"}",
                "X-Facilitator-Key",
                room.facilitatorKey());
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

        OpenedRoom room = openRoom("Bad ballots");
        Reply ballot = site.json(
                "POST",
                "/api/rooms/" + room.id() + "/ballots",
                "{\"name\": \"\", \"weights\": {\"orm\": 9, \"nope\": 1}}");
        assertThat(ballot.status()).isEqualTo(400);
        assertThat(ballot.body())
                .contains("\"field\":\"name\"")
                .contains("\"field\":\"weights.orm\"")
                .contains("\"field\":\"weights.nope\"");
        assertThat(view(room).get("ballots")).isEmpty();
    }
}
