package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.Evaluation;
import com.frameworkadvisor.scoring.Sensitivity;
import java.util.List;
import java.util.Map;

/** The API's answer to an evaluation: scores unrounded, every criterion's weight, and the shareable results link. */
record EvaluationResponse(
        String knowledgeBaseVersion,
        Map<String, Integer> weights,
        List<RankedFramework> ranking,
        String winner,
        double margin,
        List<String> decidingCriteria,
        List<String> mustHave,
        List<Sensitivity> sensitivity,
        boolean robust,
        String resultsUrl) {

    record RankedFramework(
            String framework,
            String name,
            int rank,
            double score,
            Map<String, Double> contributions,
            List<String> failedMustHaves) {}

    static EvaluationResponse of(KnowledgeBase kb, Evaluation evaluation) {
        List<RankedFramework> ranking = evaluation.ranking().stream()
                .map(s -> new RankedFramework(
                        s.framework(),
                        kb.framework(s.framework()).orElseThrow().name(),
                        s.rank(),
                        s.score(),
                        s.contributions(),
                        s.failedMustHaves()))
                .toList();
        return new EvaluationResponse(
                evaluation.knowledgeBaseVersion(),
                evaluation.weights().values(),
                ranking,
                evaluation.winner(),
                evaluation.margin(),
                evaluation.decidingCriteria(),
                evaluation.answers().mustHaves(),
                evaluation.sensitivity(),
                evaluation.robust(),
                ResultsLink.path(kb, evaluation.answers()));
    }
}
