package com.frameworkadvisor.scoring;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the frameworks of a knowledge base by weighted requirements.
 *
 * <p>The score of framework f is {@code 100 × Σ w_c·s_f,c ÷ (5 × Σ w_c)}: the weighted mean of its 1–5 ratings as a
 * share of the best possible 5. The contribution of criterion c is that sum's c-term, so contributions add up to the
 * score. Frameworks that meet every must-have rank above those that don't, whatever their scores.
 */
public final class Scorer {

    /** Scores closer than this are equal: they share a rank and there is no winner. */
    public static final double TIE_TOLERANCE = 1e-9;

    /** A framework rated below this on a must-have criterion fails it. */
    public static final double MUST_HAVE_RATING = 3.0;

    private static final int MAX_DECIDING_CRITERIA = 3;
    private static final double MAX_SCORE = 5.0;

    private final SensitivityAnalysis sensitivity = new SensitivityAnalysis();

    public Evaluation evaluate(KnowledgeBase kb, Weights weights) {
        return evaluate(kb, Answers.of(weights));
    }

    public Evaluation evaluate(KnowledgeBase kb, Answers answers) {
        if (kb.frameworks().size() < 2) {
            throw new IllegalArgumentException("a ranking needs at least two frameworks");
        }
        Weights weights = answers.weights();
        double scale = 100.0 / (MAX_SCORE * weights.total());
        List<FrameworkScore> scored = new ArrayList<>();
        for (Framework framework : kb.frameworks()) {
            Map<String, Double> contributions = new LinkedHashMap<>();
            double score = 0;
            for (Criterion criterion : kb.criteria()) {
                double contribution = scale * weights.of(criterion.id()) * criterion.ratingOf(framework.id()).score();
                contributions.put(criterion.id(), contribution);
                score += contribution;
            }
            List<String> failed = answers.mustHaves().stream()
                    .filter(id -> kb.criterion(id).orElseThrow().ratingOf(framework.id()).score() < MUST_HAVE_RATING)
                    .toList();
            scored.add(new FrameworkScore(framework.id(), 0, score, contributions, failed));
        }
        // Stable sort: equal scores keep the knowledge base's order.
        scored.sort(Comparator.comparing((FrameworkScore s) -> !s.meetsMustHaves())
                .thenComparing(Comparator.comparingDouble(FrameworkScore::score).reversed()));
        List<FrameworkScore> ranking = rank(scored);

        FrameworkScore first = ranking.get(0);
        FrameworkScore second = ranking.get(1);
        if (second.rank() == 1) {
            return new Evaluation(kb.version(), answers, ranking, null, 0.0, List.of(), List.of());
        }
        return new Evaluation(kb.version(), answers, ranking, first.framework(), first.score() - second.score(),
                decidingCriteria(kb, first, second), sensitivity.of(kb, weights, first, ranking.subList(1, ranking.size())));
    }

    private static List<FrameworkScore> rank(List<FrameworkScore> sorted) {
        List<FrameworkScore> ranking = new ArrayList<>();
        int rank = 1;
        for (int i = 0; i < sorted.size(); i++) {
            FrameworkScore current = sorted.get(i);
            FrameworkScore previous = i == 0 ? null : sorted.get(i - 1);
            if (previous != null && (previous.score() - current.score() > TIE_TOLERANCE
                    || previous.meetsMustHaves() != current.meetsMustHaves())) {
                rank = i + 1;
            }
            ranking.add(new FrameworkScore(current.framework(), rank, current.score(), current.contributions(),
                    current.failedMustHaves()));
        }
        return ranking;
    }

    private static List<String> decidingCriteria(KnowledgeBase kb, FrameworkScore first, FrameworkScore second) {
        return kb.criteria().stream()
                .map(Criterion::id)
                .filter(id -> advantage(id, first, second) > TIE_TOLERANCE)
                .sorted(Comparator.comparingDouble((String id) -> advantage(id, first, second)).reversed())
                .limit(MAX_DECIDING_CRITERIA)
                .toList();
    }

    private static double advantage(String criterionId, FrameworkScore first, FrameworkScore second) {
        return first.contributionOf(criterionId) - second.contributionOf(criterionId);
    }
}
