package com.frameworkadvisor.scoring;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.Question;
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
public record Answers(Weights weights, List<String> mustHaves, List<String> candidates, Project project) {

    public Answers {
        mustHaves = List.copyOf(mustHaves);
        candidates = List.copyOf(candidates);
    }

    /** Answers without project answers: the weights as given, every criterion not given weighing 0. */
    public Answers(Weights weights, List<String> mustHaves, List<String> candidates) {
        this(weights, mustHaves, candidates, null);
    }

    /**
     * Project answers and where the final weights came from (ADR 0015).
     *
     * @param answers the project answers
     * @param derived what the rule derives from them
     * @param explicit the weights given on top that differ from the derived ones, in criterion order
     * @param derivedMustHavesCleared whether the derived must-haves were cleared ({@code must=none})
     * @param preset the id of the preset the weights start from instead of project answers ({@code profile=}), or
     *     null; its weights' reason is {@link #PRESET}
     */
    public record Project(
            ProjectAnswers answers,
            ProjectRule.Derived derived,
            Map<String, Integer> explicit,
            boolean derivedMustHavesCleared,
            String preset) {

        /** The reason of a weight set explicitly. */
        public static final String SET_BY_YOU = "weights";
        /** The reason of a weight no answer moved. */
        public static final String DEFAULT = "default";
        /** The reason of a weight a preset set. */
        public static final String PRESET = "preset";

        public Project {
            explicit = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(explicit));
        }

        /**
         * Each criterion's reason, in criterion order: {@code ["weights"]} where it was set explicitly, the ids of
         * the questions that moved it, or {@code ["default"]}.
         */
        public Map<String, List<String>> reasons() {
            Map<String, List<String>> reasons = new LinkedHashMap<>();
            derived.reasons()
                    .forEach((criterion, questions) -> reasons.put(
                            criterion,
                            explicit.containsKey(criterion)
                                    ? List.of(SET_BY_YOU)
                                    : preset != null
                                            ? List.of(PRESET)
                                            : questions.isEmpty() ? List.of(DEFAULT) : questions));
            return reasons;
        }

        /** The must-haves given on top of the derived ones (in the order of the final list). */
        public List<String> addedMustHaves(List<String> finalMustHaves) {
            return finalMustHaves.stream()
                    .filter(id ->
                            derivedMustHavesCleared || !derived.mustHaves().contains(id))
                    .toList();
        }
    }

    /** The frameworks the team knows, empty when it did not say or said none. */
    public List<String> teamKnows() {
        return project == null ? List.of() : project.answers().teamKnows();
    }

    /**
     * The version these answers are scored with: with the user-rated criterion rated for the team when it said which
     * frameworks it knows, else as published.
     */
    public KnowledgeBase ratedVersionOf(KnowledgeBase kb) {
        return project != null && project.answers().answered(Question.TEAM_KNOWS)
                ? kb.ratedByTeamKnowing(teamKnows())
                : kb;
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
        return new Answers(weights, mustHaves, frameworkIds, project);
    }

    /**
     * Collects answers one at a time, whatever their channel (query string, form, JSON), and reports every problem at
     * once. Field names in problems are the answer's name with the given prefix, e.g. {@code weights.orm}.
     */
    public static Builder builder(List<String> criterionIds, String fieldPrefix) {
        return new Builder(criterionIds, fieldPrefix);
    }

    /**
     * A builder for answers of this version, which may take project answers ({@link Builder#project}) and checks that
     * its user-rated criterion is weighed or required only once the team said which frameworks it knows.
     */
    public static Builder builder(KnowledgeBase kb, String fieldPrefix) {
        Builder builder = new Builder(kb.criteria().stream().map(Criterion::id).toList(), fieldPrefix);
        builder.kb = kb;
        return builder;
    }

    public static final class Builder {

        private final List<String> criterionIds;
        private final String fieldPrefix;
        private final Map<String, Integer> answers = new LinkedHashMap<>();
        private final List<String> mustHaves = new ArrayList<>();
        private final List<AnswerProblem> problems = new ArrayList<>();
        private List<String> candidates = List.of();
        private KnowledgeBase kb;
        private ProjectAnswers project;
        private boolean clearDerivedMustHaves;
        private com.frameworkadvisor.knowledge.Profile preset;
        private final Map<String, String> mustHaveFields = new LinkedHashMap<>();

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
                mustHaveFields.put(criterionId, field);
            }
            return this;
        }

        /** Project answers, already read ({@link ProjectAnswers#read}): the weights are derived from them (ADR 0015). */
        public Builder project(ProjectAnswers answers) {
            if (kb == null) {
                throw new IllegalStateException("project answers need a builder for a knowledge base");
            }
            project = answers;
            return this;
        }

        /**
         * A preset the weights start from ({@code profile=}): its weights take the place of derived ones, so a weight
         * left as the preset set it says so, and one changed says "set by you".
         */
        public Builder preset(com.frameworkadvisor.knowledge.Profile profile) {
            if (kb == null) {
                throw new IllegalStateException("a preset needs a builder for a knowledge base");
            }
            preset = profile;
            project = ProjectAnswers.NONE;
            return this;
        }

        /** {@code must=none}: the must-haves the project answers derive are cleared; those given still count. */
        public Builder clearDerivedMustHaves() {
            clearDerivedMustHaves = true;
            return this;
        }

        public boolean hasProject() {
            return project != null;
        }

        /** The frameworks in the running, already checked by the channel that read them (whose rules and words differ). */
        public Builder candidates(List<String> frameworkIds) {
            candidates = List.copyOf(frameworkIds);
            return this;
        }

        public Answers build() {
            checkUserRated();
            if (project != null && problems.isEmpty()) {
                return buildWithProject();
            }
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

        /** The team's experience is weighed only once the team said which frameworks it knows. */
        private void checkUserRated() {
            if (kb == null) {
                return;
            }
            kb.userRatedCriterion().ifPresent(criterion -> {
                if (project != null && project.answered(Question.TEAM_KNOWS)) {
                    return;
                }
                String message = "say which frameworks your team knows (" + Question.TEAM_KNOWS + ") before weighing "
                        + criterion.name().toLowerCase(java.util.Locale.ROOT);
                if (answers.getOrDefault(criterion.id(), 0) > 0) {
                    problems.add(new AnswerProblem(fieldPrefix + criterion.id(), message));
                }
                if (mustHaves.contains(criterion.id())) {
                    problems.add(new AnswerProblem(mustHaveFields.get(criterion.id()), message));
                }
            });
        }

        private Answers buildWithProject() {
            ProjectRule.Derived derived = preset == null ? ProjectRule.derive(kb, project) : presetDerived();
            Map<String, Integer> full = new LinkedHashMap<>(derived.weights());
            Map<String, Integer> explicit = new LinkedHashMap<>();
            criterionIds.forEach(id -> {
                Integer given = answers.get(id);
                if (given != null && !given.equals(derived.weights().get(id))) {
                    explicit.put(id, given);
                    full.put(id, given);
                }
            });
            if (full.values().stream().allMatch(w -> w == 0)) {
                problems.add(new AnswerProblem(
                        fieldPrefix.endsWith(".") ? fieldPrefix.substring(0, fieldPrefix.length() - 1) : fieldPrefix,
                        "give at least one criterion a weight above 0"));
                throw new InvalidAnswersException(problems, answers, mustHaves);
            }
            List<String> all = new ArrayList<>(clearDerivedMustHaves ? List.of() : derived.mustHaves());
            all.addAll(mustHaves);
            List<String> ordered = criterionIds.stream().filter(all::contains).toList();
            return new Answers(
                    new Weights(full),
                    ordered,
                    candidates,
                    new Project(
                            project,
                            derived,
                            explicit,
                            clearDerivedMustHaves && !derived.mustHaves().isEmpty(),
                            preset == null ? null : preset.id()));
        }

        /** A preset's weights as the starting point; a criterion it leaves out (the user-rated one) weighs 0. */
        private ProjectRule.Derived presetDerived() {
            Map<String, Integer> weights = new LinkedHashMap<>();
            Map<String, List<String>> reasons = new LinkedHashMap<>();
            Map<String, Integer> changes = new LinkedHashMap<>();
            criterionIds.forEach(id -> {
                weights.put(id, preset.weights().getOrDefault(id, 0));
                reasons.put(id, List.of());
                changes.put(id, 0);
            });
            return new ProjectRule.Derived(weights, reasons, changes, List.of());
        }
    }
}
