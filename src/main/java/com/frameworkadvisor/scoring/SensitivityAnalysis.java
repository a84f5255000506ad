package com.frameworkadvisor.scoring;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the single weight changes that would flip the winner.
 *
 * <p>Framework F overtakes winner W when {@code Σ_i w_i·(s_W,i − s_F,i)} turns negative; the normalisation by Σw is
 * the same for both and cancels out. Changing only w_c moves that sum linearly, so the tie weight is exact:
 * {@code t = w_c − D ÷ d_c} with {@code D = Σ_i w_i·(s_W,i − s_F,i)} and {@code d_c = s_W,c − s_F,c}. There is none
 * when {@code d_c = 0} or {@code t} falls outside 0–5. Frameworks on the other side of the must-have line cannot
 * overtake by weight alone and are left out.
 */
final class SensitivityAnalysis {

    private static final double EPSILON = 1e-9;

    List<Sensitivity> of(KnowledgeBase kb, Weights weights, FrameworkScore winner, List<FrameworkScore> others) {
        List<Sensitivity> ties = new ArrayList<>();
        for (FrameworkScore other : others) {
            if (other.meetsMustHaves() != winner.meetsMustHaves()) {
                continue;
            }
            double lead = 0;
            for (Criterion criterion : kb.criteria()) {
                lead += weights.of(criterion.id()) * difference(criterion, winner, other);
            }
            for (Criterion criterion : kb.criteria()) {
                double d = difference(criterion, winner, other);
                if (d == 0) {
                    continue;
                }
                double tie = weights.of(criterion.id()) - lead / d;
                boolean othersWeighed = weights.total() - weights.of(criterion.id()) > 0;
                if (tie >= -EPSILON && tie <= Weights.MAX + EPSILON && (othersWeighed || tie > EPSILON)) {
                    ties.add(new Sensitivity(criterion.id(), other.framework(), Math.min(Weights.MAX, Math.max(0, tie))));
                }
            }
        }
        ties.sort(Comparator.comparingDouble(t -> Math.abs(t.tieWeight() - weights.of(t.criterion()))));
        return ties;
    }

    private static double difference(Criterion criterion, FrameworkScore winner, FrameworkScore other) {
        return criterion.ratingOf(winner.framework()).score() - criterion.ratingOf(other.framework()).score();
    }
}
