package com.frameworkadvisor.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One framework's place in a ranking.
 *
 * @param framework the framework id
 * @param rank 1 for first; frameworks with equal scores (and the same must-have outcome) share a rank
 * @param score 0 to 100, unrounded
 * @param contributions each criterion's part of {@code score}, in criterion order; they add up to the score
 * @param failedMustHaves the must-have criteria this framework is rated below {@link Scorer#MUST_HAVE_RATING} on
 */
public record FrameworkScore(
        String framework, int rank, double score, Map<String, Double> contributions, List<String> failedMustHaves) {

    public FrameworkScore {
        // The scorer's own contributions are immutable and in criterion order already; any other map is copied.
        if (!(contributions instanceof Contributions)) {
            contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
        }
        failedMustHaves = List.copyOf(failedMustHaves);
    }

    public double contributionOf(String criterionId) {
        return contributions.getOrDefault(criterionId, 0.0);
    }

    public boolean meetsMustHaves() {
        return failedMustHaves.isEmpty();
    }
}
