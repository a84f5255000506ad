package com.frameworkadvisor.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How well one framework serves one criterion: {@code score} from 1 to 5, higher is better for the user,
 * with the reasoning and the sources it rests on.
 *
 * @param asOf the month ({@code YYYY-MM}) the rating was last checked against its sources; null in versions from
 *     before ratings were dated (schema 1)
 */
public record Rating(
        double score,
        String rationale,
        List<String> sources,
        @JsonInclude(JsonInclude.Include.NON_NULL) String asOf) {

    public Rating {
        sources = List.copyOf(sources);
    }

    /** An undated rating, as versions before 2026.11.2 have them. */
    public Rating(double score, String rationale, List<String> sources) {
        this(score, rationale, sources, null);
    }
}
