package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.Evaluation;
import com.frameworkadvisor.scoring.Sensitivity;
import java.util.List;

/**
 * How solid the recommendation is: robust, or which single answers would flip it (nearest first), and whether the
 * margin is a close call.
 */
record Insight(
        boolean hasWinner, boolean robust, boolean closeCall, String margin, List<Flip> flips, List<Flip> others) {

    /** Below this margin, in points out of 100, the page calls the result a close call. */
    static final double CLOSE_CALL = 5.0;

    /** One answer that would change the winner: {@code criterion} at {@code tieWeight} or more (or less). */
    record Flip(Framework framework, Criterion criterion, String tieWeight, int yourWeight, boolean more) {}

    static Insight of(KnowledgeBase kb, Evaluation evaluation) {
        List<Flip> flips = evaluation.sensitivity().stream()
                .map(s -> flip(kb, evaluation, s))
                .toList();
        boolean hasWinner = evaluation.winner() != null;
        return new Insight(
                hasWinner,
                evaluation.robust(),
                hasWinner && evaluation.margin() < CLOSE_CALL,
                Scores.points(evaluation.margin()),
                flips,
                flips.subList(Math.min(1, flips.size()), flips.size()));
    }

    Flip nearest() {
        return flips.get(0);
    }

    private static Flip flip(KnowledgeBase kb, Evaluation evaluation, Sensitivity sensitivity) {
        int yours = evaluation.weights().of(sensitivity.criterion());
        return new Flip(
                kb.framework(sensitivity.framework()).orElseThrow(),
                kb.criterion(sensitivity.criterion()).orElseThrow(),
                Scores.points(sensitivity.tieWeight()),
                yours,
                sensitivity.tieWeight() > yours);
    }
}
