package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.ratelimit.LimitedAction;
import com.frameworkadvisor.ratelimit.RateLimited;
import com.frameworkadvisor.scoring.Evaluation;
import com.frameworkadvisor.scoring.Scorer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Evaluations", description = "Rank the frameworks for a project's weights")
class EvaluationApiController {

    private final KnowledgeBases kbs;
    private final Scorer scorer;
    private final Counter evaluations;

    EvaluationApiController(KnowledgeBases kbs, Scorer scorer, MeterRegistry meters) {
        this.kbs = kbs;
        this.scorer = scorer;
        this.evaluations = meters.counter("advisor.evaluations", "channel", "api");
    }

    @Operation(
            summary = "Rank the frameworks for a set of weights",
            description = "Weights are whole numbers from 0 (doesn't matter) to 5 (critical), keyed by criterion id; "
                    + "criteria left out weigh 0, and at least one weight must be above 0. "
                    + "With project answers (project, even {}), the weights are derived from them first (each "
                    + "criterion's default weight plus the answers' changes, kept within 0-5; ADR 0015), explicit "
                    + "weights replace derived ones and mustHave adds to the derived must-haves; weightReasons says "
                    + "where each final weight came from. "
                    + "Must-haves are criterion ids; a framework rated below 3 on one fails it and ranks below those that don't. "
                    + "Frameworks are the ids in the running (at least two; absent: the version's default candidates); "
                    + "leftOutWinner names one left out that would have ranked first.")
    @ApiResponse(responseCode = "200", description = "The ranking, explained")
    @RateLimited(LimitedAction.EVALUATION)
    @PostMapping(
            path = "/api/evaluations",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    EvaluationResponse evaluate(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = EvaluationRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            "{\"weights\": {\"orm\": 5, \"admin\": 3}, \"mustHave\": [\"admin\"]}")))
                    @RequestBody
                    JsonNode body) {
        ResultsLink.Read request = EvaluationRequestReader.read(kbs, body);
        Evaluation evaluation = scorer.evaluate(request.kb(), request.answers());
        EvaluationResponse response =
                EvaluationResponse.of(request.kb(), evaluation, LeftOutWinner.of(request.kb(), scorer, evaluation));
        evaluations.increment();
        return response;
    }

    /**
     * Documents the request shape; the body itself is read by {@link EvaluationRequestReader}, which reports every
     * wrong field at once with messages of its own (ADR 0008).
     */
    @Schema(name = "EvaluationRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record EvaluationRequest(
            @Schema(
                    description = "The knowledge-base version to evaluate with; absent: the current one",
                    pattern = "^\\d{4}\\.(0[1-9]|1[0-2])\\.[1-9]\\d{0,3}$",
                    example = "2026.11.1")
            String knowledgeBaseVersion,

            @Schema(
                    ref = "#/components/schemas/ProjectAnswers",
                    description =
                            "Plain answers about the project that set the weights; absent: weights is" + " required")
            Map<String, Object> project,

            @Schema(ref = "#/components/schemas/Weights", description = "Required without project")
            Map<String, Integer> weights,

            @Schema(
                    description = "Criterion ids a framework must be rated at least 3 on; "
                            + "one that fails ranks below those that don't")
            List<String> mustHave,

            @Schema(
                    description =
                            "Framework ids to rank, at least two of the version; absent or empty: its default candidates")
            List<String> frameworks) {}
}
