package com.frameworkadvisor.scoring;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A knowledge base's ratings as a matrix, indexed by the positions of its frameworks and criteria.
 *
 * <p>One evaluation reads every rating several times (score, must-haves, each pair in the sensitivity analysis); an
 * array read replaces a string-keyed map lookup each time. The knowledge base is immutable, so a table built once stays
 * right for as long as the knowledge base lives (see {@link Scorer}).
 */
final class RatingTable {

    private final KnowledgeBase kb;
    private final String[] frameworkIds;
    private final String[] criterionIds;
    private final Map<String, Integer> frameworkIndex = new HashMap<>();
    private final Map<String, Integer> criterionIndex = new HashMap<>();
    /** {@code scores[f][c]}: the rating of framework f on criterion c. */
    private final double[][] scores;

    RatingTable(KnowledgeBase kb) {
        this.kb = kb;
        List<Framework> frameworks = kb.frameworks();
        List<Criterion> criteria = kb.criteria();
        frameworkIds = new String[frameworks.size()];
        criterionIds = new String[criteria.size()];
        scores = new double[frameworks.size()][criteria.size()];
        for (int c = 0; c < criteria.size(); c++) {
            criterionIds[c] = criteria.get(c).id();
            criterionIndex.putIfAbsent(criterionIds[c], c);
        }
        for (int f = 0; f < frameworks.size(); f++) {
            frameworkIds[f] = frameworks.get(f).id();
            frameworkIndex.putIfAbsent(frameworkIds[f], f);
            for (int c = 0; c < criteria.size(); c++) {
                scores[f][c] = criteria.get(c).ratingOf(frameworkIds[f]).score();
            }
        }
    }

    boolean isFor(KnowledgeBase other) {
        return kb == other;
    }

    int frameworks() {
        return frameworkIds.length;
    }

    int criteria() {
        return criterionIds.length;
    }

    String frameworkId(int framework) {
        return frameworkIds[framework];
    }

    String criterionId(int criterion) {
        return criterionIds[criterion];
    }

    double score(int framework, int criterion) {
        return scores[framework][criterion];
    }

    int frameworkIndex(String frameworkId) {
        return indexIn(frameworkIndex, frameworkId, "framework");
    }

    int criterionIndex(String criterionId) {
        return indexIn(criterionIndex, criterionId, "criterion");
    }

    /** The weight of each criterion, by position; a criterion without an answer weighs 0, as in {@link Weights#of}. */
    int[] weightsOf(Weights weights) {
        int[] values = new int[criterionIds.length];
        for (int c = 0; c < values.length; c++) {
            values[c] = weights.of(criterionIds[c]);
        }
        return values;
    }

    /** The position of this criterion's value in {@code values}, or -1 when the table has no such criterion. */
    int criterionIndexOrNone(Object criterionId) {
        Integer index = criterionIndex.get(criterionId);
        return index == null ? -1 : index;
    }

    private static int indexIn(Map<String, Integer> index, String id, String what) {
        Integer position = index.get(id);
        if (position == null) {
            throw new NoSuchElementException("the knowledge base has no " + what + " " + id);
        }
        return position;
    }
}
