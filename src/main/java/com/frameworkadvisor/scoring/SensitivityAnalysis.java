package com.frameworkadvisor.scoring;

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

    /**
     * @param weights the weight of each criterion of {@code table}, by position
     * @param total the sum of all weights given, {@link Weights#total()}
     */
    List<Sensitivity> of(
            RatingTable table, int[] weights, int total, FrameworkScore winner, List<FrameworkScore> others) {
        int w = table.frameworkIndex(winner.framework());
        List<Sensitivity> ties = new ArrayList<>();
        for (FrameworkScore other : others) {
            if (other.meetsMustHaves() != winner.meetsMustHaves()) {
                continue;
            }
            int f = table.frameworkIndex(other.framework());
            double lead = 0;
            for (int c = 0; c < weights.length; c++) {
                lead += weights[c] * difference(table, c, w, f);
            }
            for (int c = 0; c < weights.length; c++) {
                double d = difference(table, c, w, f);
                if (d == 0) {
                    continue;
                }
                double tie = weights[c] - lead / d;
                boolean othersWeighed = total - weights[c] > 0;
                if (tie >= -EPSILON && tie <= Weights.MAX + EPSILON && (othersWeighed || tie > EPSILON)) {
                    ties.add(new Sensitivity(
                            table.criterionId(c), other.framework(), Math.min(Weights.MAX, Math.max(0, tie))));
                }
            }
        }
        if (ties.size() > 1) {
            // Nearest to the user's answer first; the sort is stable, so equals keep the order found.
            ties.sort(Comparator.comparingDouble(
                    t -> Math.abs(t.tieWeight() - weights[table.criterionIndex(t.criterion())])));
        }
        return ties;
    }

    private static double difference(RatingTable table, int criterion, int winner, int other) {
        return table.score(winner, criterion) - table.score(other, criterion);
    }
}
