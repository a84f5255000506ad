package com.frameworkadvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frameworkadvisor.client.ApiClient;
import com.frameworkadvisor.client.ApiException;
import com.frameworkadvisor.client.api.EvaluationsApi;
import com.frameworkadvisor.client.api.RoomsApi;
import com.frameworkadvisor.client.model.BallotRequest;
import com.frameworkadvisor.client.model.CreatedBallot;
import com.frameworkadvisor.client.model.CreatedRoom;
import com.frameworkadvisor.client.model.DecisionRequest;
import com.frameworkadvisor.client.model.EvaluationRequest;
import com.frameworkadvisor.client.model.EvaluationResponse;
import com.frameworkadvisor.client.model.FieldError;
import com.frameworkadvisor.client.model.Problem;
import com.frameworkadvisor.client.model.RoomRequest;
import com.frameworkadvisor.client.model.RoomResponse;
import com.frameworkadvisor.client.model.UpdatedBallot;
import com.frameworkadvisor.support.WebTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client generated from the committed {@code docs/openapi.json} (pom.xml, {@code generated-client}), and nothing
 * hand-written, uses the API: what the document says is enough to evaluate, run a room and read its refusals. The
 * native library sends no credentials itself, so the keys go in the headers each generated method takes.
 */
@WebTest
class GeneratedClientTest {

    @LocalServerPort
    int port;

    ApiClient client;
    EvaluationsApi evaluations;
    RoomsApi rooms;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        evaluations = new EvaluationsApi(client);
        rooms = new RoomsApi(client);
    }

    @Test
    void evaluatesAnswers() throws ApiException {
        EvaluationResponse result = evaluations.evaluate(
                new EvaluationRequest().weights(Map.of("orm", 5, "admin", 3)).mustHave(List.of("admin")));

        assertThat(result.getKnowledgeBaseVersion()).isNotBlank();
        assertThat(result.getRanking()).isNotEmpty();
        assertThat(result.getWinner()).isEqualTo(result.getRanking().get(0).getFramework());
        assertThat(result.getWeights()).containsEntry("orm", 5).containsEntry("admin", 3);
        assertThat(result.getResultsUrl()).startsWith("/results?");
    }

    @Test
    void runsARoomFromCreationToTheDecision() throws ApiException {
        CreatedRoom room = rooms.create(new RoomRequest().title("Framework for the shop"));
        Map<String, String> facilitator = Map.of("X-Facilitator-Key", room.getFacilitatorKey());

        CreatedBallot ballot =
                rooms.addBallot(room.getId(), new BallotRequest().name("Ada").weights(Map.of("orm", 5)), null);
        UpdatedBallot changed = rooms.updateBallot(
                room.getId(),
                ballot.getBallotId(),
                new BallotRequest().name("Ada").weights(Map.of("orm", 2, "admin", 5)),
                Map.of("X-Ballot-Key", ballot.getBallotKey()));
        RoomResponse revealed = rooms.act(room.getId(), "reveal", null, facilitator);
        rooms.decide(
                room.getId(), new DecisionRequest().framework("django").notes("The admin saves us weeks"), facilitator);
        RoomResponse seen = rooms.room(room.getId());

        assertThat(changed.getWeights()).containsEntry("orm", 2).containsEntry("admin", 5);
        assertThat(revealed.getRevealed()).isTrue();
        assertThat(seen.getRevealed()).isTrue();
        assertThat(seen.getBallots()).singleElement().satisfies(b -> {
            assertThat(b.getName()).isEqualTo("Ada");
            assertThat(b.getWeights()).containsEntry("admin", 5);
        });
        assertThat(seen.getGroup().getWinner()).isNotBlank();
        assertThat(seen.getDecision().getFramework()).isEqualTo("django");
        assertThat(seen.getDecision().getNotes()).isEqualTo("The admin saves us weeks");
    }

    @Test
    void retriesABallotWithItsIdempotencyKeyWithoutASecondBallot() throws ApiException {
        CreatedRoom room = rooms.create(new RoomRequest().title("Retries"));
        BallotRequest ada = new BallotRequest().name("Ada").weights(Map.of("orm", 5));

        CreatedBallot first = rooms.addBallot(room.getId(), ada, "retry-1");
        CreatedBallot retried = rooms.addBallot(room.getId(), ada, "retry-1");

        assertThat(retried.getBallotId()).isEqualTo(first.getBallotId());
        assertThat(retried.getBallotKey()).isNotEqualTo(first.getBallotKey());
        assertThat(rooms.room(room.getId()).getBallots()).hasSize(1);
    }

    @Test
    void refusesAWrongKeyAsATypedProblem() throws ApiException {
        CreatedRoom room = rooms.create(new RoomRequest().title("Wrong key"));

        Problem problem =
                problem(() -> rooms.act(room.getId(), "reveal", null, Map.of("X-Facilitator-Key", "not-the-key")));

        assertThat(problem.getStatus()).isEqualTo(403);
        assertThat(problem.getDetail()).contains("facilitator key is missing or wrong");
    }

    @Test
    void refusesABallotInAClosedRoomAsATypedProblem() throws ApiException {
        CreatedRoom room = rooms.create(new RoomRequest().title("Closed"));
        rooms.act(room.getId(), "close", null, Map.of("X-Facilitator-Key", room.getFacilitatorKey()));

        Problem problem = problem(() ->
                rooms.addBallot(room.getId(), new BallotRequest().name("Ada").weights(Map.of("orm", 5)), null));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).contains("Answering is closed");
    }

    @Test
    void refusesABadWeightAsATypedProblemNamingTheField() {
        Problem problem = problem(() -> evaluations.evaluate(new EvaluationRequest().weights(Map.of("orm", 9))));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors())
                .extracting(FieldError::getField, FieldError::getMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "weights.orm", "must be a whole number from 0 to 5, but was 9"));
    }

    private Problem problem(Call call) {
        ApiException refused = catchThrowableOfType(ApiException.class, call::run);
        assertThat(refused).as("the call is refused").isNotNull();
        try {
            Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
            assertThat(problem.getStatus()).isEqualTo(refused.getCode());
            return problem;
        } catch (java.io.IOException e) {
            throw new AssertionError("not a problem: " + refused.getResponseBody(), e);
        }
    }

    private interface Call {
        void run() throws ApiException;
    }
}
