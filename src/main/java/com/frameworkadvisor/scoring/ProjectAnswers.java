package com.frameworkadvisor.scoring;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What a user said about their project: the chosen option ids of each question answered, in the knowledge base's
 * question order and each question's option order (so equal answers give equal links). Possibly empty: an empty
 * {@code project} still derives the weights, from the defaults.
 */
public record ProjectAnswers(Map<String, List<String>> answers) {

    public ProjectAnswers {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        answers.forEach((question, options) -> copy.put(question, List.copyOf(options)));
        answers = Collections.unmodifiableMap(copy);
    }

    public static final ProjectAnswers NONE = new ProjectAnswers(Map.of());

    /** The frameworks the team knows: empty when it said none, or did not answer ({@link #answered}). */
    public List<String> teamKnows() {
        List<String> known = answers.getOrDefault(Question.TEAM_KNOWS, List.of());
        return known.equals(List.of(Question.NONE)) ? List.of() : known;
    }

    public boolean answered(String questionId) {
        return answers.containsKey(questionId);
    }

    /**
     * Reads answers given as question id to option ids (a link's parameters split at commas, or an API array),
     * reporting each problem once with the field named {@code fieldPrefix + questionId}: an unknown question or
     * option, several options for a one-answer question, {@code none} with another option, an option given twice.
     *
     * @param given question ids to the option ids given, in any order
     * @return the valid answers, in canonical order
     */
    public static ProjectAnswers read(
            KnowledgeBase kb,
            Map<String, List<String>> given,
            String fieldPrefix,
            BiConsumer<String, String> problems) {
        Map<String, List<String>> valid = new LinkedHashMap<>();
        given.forEach((id, options) -> {
            String field = fieldPrefix + id;
            Question question = kb.question(id).orElse(null);
            if (question == null) {
                problems.accept(
                        field,
                        kb.questions().isEmpty()
                                ? "knowledge base " + kb.version() + " asks no project questions"
                                : "'" + id + "' is not a known question; the questions are "
                                        + String.join(
                                                ", ",
                                                kb.questions().stream()
                                                        .map(Question::id)
                                                        .toList()));
                return;
            }
            List<String> chosen = new ArrayList<>();
            for (String option : options) {
                if (question.option(option).isEmpty()) {
                    problems.accept(
                            field,
                            "'" + option + "' is not an answer to this question; the answers are "
                                    + String.join(
                                            ", ",
                                            question.options().stream()
                                                    .map(Question.Option::id)
                                                    .toList()));
                    return;
                }
                if (chosen.contains(option)) {
                    problems.accept(field, "'" + option + "' is given more than once");
                    return;
                }
                chosen.add(option);
            }
            if (chosen.isEmpty()) {
                problems.accept(field, "has no answer; choose one of its answers or leave it out");
            } else if (!question.several() && chosen.size() > 1) {
                problems.accept(field, "takes one answer, but was given " + chosen.size());
            } else if (chosen.contains(Question.NONE) && chosen.size() > 1) {
                problems.accept(field, "'none' cannot be given together with another answer");
            } else {
                valid.put(id, chosen);
            }
        });
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        for (Question question : kb.questions()) {
            List<String> chosen = valid.get(question.id());
            if (chosen != null) {
                ordered.put(
                        question.id(),
                        question.options().stream()
                                .map(Question.Option::id)
                                .filter(chosen::contains)
                                .toList());
            }
        }
        return new ProjectAnswers(ordered);
    }
}
