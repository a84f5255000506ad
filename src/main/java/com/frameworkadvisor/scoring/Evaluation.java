package com.frameworkadvisor.scoring;

import java.util.List;
import java.util.Optional;

/**
 * The result of weighing the knowledge base with one set of weights.
 *
 * @param knowledgeBaseVersion the version of the evidence this was computed with
 * @param ranking every framework, best first
 * @param winner the framework alone in first place, or {@code null} when first place is shared
 * @param margin first score minus second score, 0 when first place is shared
 * @param decidingCriteria criterion ids where the winner gains most over the runner-up, largest gain first (at most
 *     three; empty when there is no winner)
 */
public record Evaluation(
        String knowledgeBaseVersion,
        Weights weights,
        List<FrameworkScore> ranking,
        String winner,
        double margin,
        List<String> decidingCriteria) {

    public Evaluation {
        ranking = List.copyOf(ranking);
        decidingCriteria = List.copyOf(decidingCriteria);
    }

    public Optional<String> winnerId() {
        return Optional.ofNullable(winner);
    }

    public FrameworkScore first() {
        return ranking.get(0);
    }

    public FrameworkScore runnerUp() {
        return ranking.get(1);
    }
}
