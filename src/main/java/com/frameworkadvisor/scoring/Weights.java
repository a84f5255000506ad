package com.frameworkadvisor.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How much each criterion matters, 0 ("doesn't matter") to 5 ("critical"), for every criterion of a knowledge base
 * in its order; a criterion the user did not answer weighs 0. At least one weight is above 0.
 */
public record Weights(Map<String, Integer> values) {

    public static final int MIN = 0;
    public static final int MAX = 5;

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

    /** The non-zero weights as a query string in criterion order, e.g. {@code orm=5&admin=3}: the shareable form. */
    public String toQueryString() {
        return values.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    /**
     * Collects answers one at a time, whatever their channel (query string, form, JSON), and reports every problem at
     * once. Field names in problems are the answer's name with the given prefix, e.g. {@code weights.orm}.
     */
    public static Builder builder(List<String> criterionIds, String fieldPrefix) {
        return new Builder(criterionIds, fieldPrefix);
    }

    public static final class Builder {

        private final List<String> criterionIds;
        private final String fieldPrefix;
        private final Map<String, Integer> answers = new LinkedHashMap<>();
        private final List<AnswerProblem> problems = new ArrayList<>();

        private Builder(List<String> criterionIds, String fieldPrefix) {
            this.criterionIds = List.copyOf(criterionIds);
            this.fieldPrefix = fieldPrefix;
        }

        /** An answer given as a whole number; checked for a known criterion, range and repetition. */
        public Builder put(String criterionId, long weight) {
            String field = fieldPrefix + criterionId;
            if (!criterionIds.contains(criterionId)) {
                problems.add(new AnswerProblem(field, "'" + criterionId + "' is not a known criterion"));
            } else if (answers.containsKey(criterionId)) {
                problems.add(new AnswerProblem(field, "is given more than once"));
            } else if (weight < MIN || weight > MAX) {
                problems.add(new AnswerProblem(field, "must be a whole number from 0 to 5, but was " + weight));
            } else {
                answers.put(criterionId, (int) weight);
            }
            return this;
        }

        /** An answer that is not a whole number at all, described by the channel that read it. */
        public Builder reject(String name, String message) {
            problems.add(new AnswerProblem(fieldPrefix + name, message));
            return this;
        }

        public Weights build() {
            if (problems.isEmpty() && answers.values().stream().allMatch(w -> w == 0)) {
                problems.add(new AnswerProblem(fieldPrefix.isEmpty() ? "" : stripDot(fieldPrefix),
                        "give at least one criterion a weight above 0"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidAnswersException(problems, answers);
            }
            Map<String, Integer> full = new LinkedHashMap<>();
            criterionIds.forEach(id -> full.put(id, answers.getOrDefault(id, 0)));
            return new Weights(full);
        }

        private static String stripDot(String prefix) {
            return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
        }
    }
}
