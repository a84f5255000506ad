package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.Evaluation;
import com.frameworkadvisor.scoring.FrameworkScore;
import com.frameworkadvisor.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A framework left out of the running that would have ranked first, alone, with the same answers and must-haves: the
 * results page, its decision record and the API say so, so choosing the candidates never hides a better fit.
 *
 * @param score its score with every framework in the running
 * @param path the results page with it added to the candidates
 */
record LeftOutWinner(Framework framework, double score, String path) {

    /** The score as pages and records print scores. */
    public String scoreText() {
        return Scores.points(score);
    }

    /**
     * Scores every framework of the version with the same answers; if the first of them, ahead of every candidate,
     * was left out, that is the one (several left out ahead of the candidates: the best of them).
     */
    static Optional<LeftOutWinner> of(KnowledgeBase kb, Scorer scorer, Evaluation evaluation) {
        List<String> running =
                evaluation.ranking().stream().map(FrameworkScore::framework).toList();
        if (running.size() == kb.frameworks().size()) {
            return Optional.empty();
        }
        List<String> all = kb.frameworks().stream().map(Framework::id).toList();
        Evaluation everyone = scorer.evaluate(kb, evaluation.answers().withCandidates(all));
        FrameworkScore first = everyone.first();
        boolean aheadOfEveryCandidate = everyone.ranking().stream()
                .filter(s -> running.contains(s.framework()))
                .allMatch(s -> s.rank() > first.rank());
        if (running.contains(first.framework()) || !aheadOfEveryCandidate) {
            return Optional.empty();
        }
        List<String> withIt = new ArrayList<>(running);
        withIt.add(first.framework());
        return Optional.of(new LeftOutWinner(
                kb.framework(first.framework()).orElseThrow(),
                first.score(),
                ResultsLink.path(kb, evaluation.answers().withCandidates(kb.inFrameworkOrder(withIt)))));
    }
}
