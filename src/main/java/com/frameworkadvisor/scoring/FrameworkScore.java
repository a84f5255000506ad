package com.frameworkadvisor.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One framework's place in a ranking.
 *
 * @param framework the framework id
 * @param rank 1 for first; frameworks with equal scores share a rank
 * @param score 0 to 100, unrounded
 * @param contributions each criterion's part of {@code score}, in criterion order; they add up to the score
 */
public record FrameworkScore(String framework, int rank, double score, Map<String, Double> contributions) {

    public FrameworkScore {
        contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
    }

    public double contributionOf(String criterionId) {
        return contributions.getOrDefault(criterionId, 0.0);
    }
}
