package com.frameworkadvisor.errors;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of every RFC 9457 problem the JSON API answers with, for the OpenAPI document only: the handlers build
 * Spring's {@code ProblemDetail}, and {@link Problems} adds {@code errors} to a 400 for invalid input.
 */
@Schema(
        name = "Problem",
        description = "An RFC 9457 problem detail. A 400 for invalid input also lists every field that is wrong.")
public record Problem(
        @Schema(
                description = "Always about:blank: the status and title say what kind of problem it is",
                example = "about:blank")
        String type,

        @Schema(description = "The kind of problem", example = "Invalid request")
        String title,

        @Schema(description = "The HTTP status", example = "400", requiredMode = Schema.RequiredMode.REQUIRED)
        int status,

        @Schema(
                description = "What went wrong, in a sentence a person can act on",
                example = "weights.orm: must be a whole number from 0 to 5, but was 9")
        String detail,

        @Schema(description = "The path of the request", example = "/api/evaluations")
        String instance,

        @Schema(description = "For invalid input: every field that is wrong, with its message")
        List<FieldError> errors) {

    /** One wrong field of the request body. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(
                    description = "The field's path, such as weights.orm or mustHave[0]; body for the body as a whole",
                    example = "weights.orm",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String field,

            @Schema(
                    description = "What is wrong with it",
                    example = "must be a whole number from 0 to 5, but was 9",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String message) {}
}
