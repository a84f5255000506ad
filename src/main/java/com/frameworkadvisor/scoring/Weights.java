package com.frameworkadvisor.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much each criterion matters, 0 ("doesn't matter") to 5 ("critical"), for every criterion of a knowledge base
 * in its order; a criterion the user did not answer weighs 0. At least one weight is above 0.
 */
public record Weights(Map<String, Integer> values) {

    public static final int MIN = 0;
    public static final int MAX = 5;
    /** Every answer a user can give, in order: what the questionnaire and the what-if form offer. */
    public static final List<Integer> SCALE = List.of(0, 1, 2, 3, 4, 5);

    public Weights {
        values.forEach((criterion, weight) -> {
            if (weight == null || weight < MIN || weight > MAX) {
                throw new IllegalArgumentException("weight of " + criterion + " must be 0 to 5, was " + weight);
            }
        });
        if (values.values().stream().allMatch(w -> w == 0)) {
            throw new IllegalArgumentException("at least one weight must be above 0");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public int of(String criterionId) {
        return values.getOrDefault(criterionId, 0);
    }

    public int total() {
        return values.values().stream().mapToInt(Integer::intValue).sum();
    }
}
