package com.frameworkadvisor.scoring;

import java.util.List;
import java.util.Optional;

/**
 * The result of weighing the knowledge base with one set of answers.
 *
 * @param knowledgeBaseVersion the version of the evidence this was computed with
 * @param ranking every framework in the running, best first: those meeting every must-have, then the others
 * @param winner the framework alone in first place, or {@code null} when first place is shared
 * @param margin first score minus second score, 0 when first place is shared
 * @param decidingCriteria criterion ids where the winner gains most over the runner-up, largest gain first (at most
 *     three; empty when there is no winner)
 * @param sensitivity every single weight change within 0–5 that would make another framework tie with the winner,
 *     nearest to the user's answer first; empty when there is no winner
 */
public record Evaluation(
        String knowledgeBaseVersion,
        Answers answers,
        List<FrameworkScore> ranking,
        String winner,
        double margin,
        List<String> decidingCriteria,
        List<Sensitivity> sensitivity) {

    public Evaluation {
        ranking = List.copyOf(ranking);
        decidingCriteria = List.copyOf(decidingCriteria);
        sensitivity = List.copyOf(sensitivity);
    }

    public Weights weights() {
        return answers.weights();
    }

    public Optional<String> winnerId() {
        return Optional.ofNullable(winner);
    }

    /** A winner that no single answer between 0 and 5 can change. A shared first place is not robust. */
    public boolean robust() {
        return winner != null && sensitivity.isEmpty();
    }

    public FrameworkScore first() {
        return ranking.get(0);
    }

    public FrameworkScore runnerUp() {
        return ranking.get(1);
    }
}
