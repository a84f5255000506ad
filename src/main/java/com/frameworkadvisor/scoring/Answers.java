package com.frameworkadvisor.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user said about a project: how much each criterion matters, which criteria are must-haves (a framework
 * rated below {@link Scorer#MUST_HAVE_RATING} on one fails it, whatever its score), and which frameworks are in the
 * running.
 *
 * @param candidates the ids of the frameworks to rank, in the knowledge base's order; empty means the knowledge base's
 *     default candidates ({@link com.frameworkadvisor.knowledge.KnowledgeBase#candidatesByDefault()}), so answers
 *     that did not choose follow whatever the version they are scored with puts in the running
 */
public record Answers(Weights weights, List<String> mustHaves, List<String> candidates) {

    public Answers {
        mustHaves = List.copyOf(mustHaves);
        candidates = List.copyOf(candidates);
    }

    /** Answers that leave the version's default candidates in the running. */
    public Answers(Weights weights, List<String> mustHaves) {
        this(weights, mustHaves, List.of());
    }

    public static Answers of(Weights weights) {
        return new Answers(weights, List.of());
    }

    /** The same weights and must-haves with these frameworks in the running (empty: the version's defaults). */
    public Answers withCandidates(List<String> frameworkIds) {
        return new Answers(weights, mustHaves, frameworkIds);
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
        private final List<String> mustHaves = new ArrayList<>();
        private final List<AnswerProblem> problems = new ArrayList<>();
        private List<String> candidates = List.of();

        private Builder(List<String> criterionIds, String fieldPrefix) {
            this.criterionIds = List.copyOf(criterionIds);
            this.fieldPrefix = fieldPrefix;
        }

        /** A weight given as a whole number; checked for a known criterion, range and repetition. */
        public Builder put(String criterionId, long weight) {
            String field = fieldPrefix + criterionId;
            if (!criterionIds.contains(criterionId)) {
                problems.add(new AnswerProblem(field, "'" + criterionId + "' is not a known criterion"));
            } else if (answers.containsKey(criterionId)) {
                problems.add(new AnswerProblem(field, "is given more than once"));
            } else if (weight < Weights.MIN || weight > Weights.MAX) {
                problems.add(new AnswerProblem(field, "must be a whole number from 0 to 5, but was " + weight));
            } else {
                answers.put(criterionId, (int) weight);
            }
            return this;
        }

        /** A weight that is not a whole number at all, described by the channel that read it. */
        public Builder reject(String name, String message) {
            return problem(fieldPrefix + name, message);
        }

        /** A problem with a field outside the weights, such as the must-have list; named exactly as given. */
        public Builder problem(String field, String message) {
            problems.add(new AnswerProblem(field, message));
            return this;
        }

        /** A criterion that must be met; {@code field} names where it was given, e.g. {@code must} or {@code mustHave[1]}. */
        public Builder mustHave(String field, String criterionId) {
            if (!criterionIds.contains(criterionId)) {
                problems.add(new AnswerProblem(field, "'" + criterionId + "' is not a known criterion"));
            } else if (mustHaves.contains(criterionId)) {
                problems.add(new AnswerProblem(field, "'" + criterionId + "' is listed more than once"));
            } else {
                mustHaves.add(criterionId);
            }
            return this;
        }

        /** The frameworks in the running, already checked by the channel that read them (whose rules and words differ). */
        public Builder candidates(List<String> frameworkIds) {
            candidates = List.copyOf(frameworkIds);
            return this;
        }

        public Answers build() {
            if (problems.isEmpty() && answers.values().stream().allMatch(w -> w == 0)) {
                problems.add(new AnswerProblem(
                        fieldPrefix.endsWith(".") ? fieldPrefix.substring(0, fieldPrefix.length() - 1) : fieldPrefix,
                        "give at least one criterion a weight above 0"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidAnswersException(problems, answers, mustHaves);
            }
            Map<String, Integer> full = new LinkedHashMap<>();
            criterionIds.forEach(id -> full.put(id, answers.getOrDefault(id, 0)));
            // Must-haves keep the knowledge base's order, so equal answers give equal links.
            List<String> ordered =
                    criterionIds.stream().filter(mustHaves::contains).toList();
            return new Answers(new Weights(full), ordered, candidates);
        }
    }
}
