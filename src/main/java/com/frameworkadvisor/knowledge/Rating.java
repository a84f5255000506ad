package com.frameworkadvisor.knowledge;

import java.util.List;

/**
 * How well one framework serves one criterion: {@code score} from 1 to 5, higher is better for the user,
 * with the reasoning and the sources it rests on.
 */
public record Rating(double score, String rationale, List<String> sources) {

    public Rating {
        sources = List.copyOf(sources);
    }
}
