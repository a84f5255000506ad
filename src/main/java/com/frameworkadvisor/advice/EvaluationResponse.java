package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.Evaluation;
import com.frameworkadvisor.scoring.FrameworkScore;
import com.frameworkadvisor.scoring.Sensitivity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API's answer to an evaluation: scores unrounded, every criterion's weight, the frameworks in the running (in the
 * knowledge base's order), one left out that would have won, and the shareable results link.
 */
record EvaluationResponse(
        String knowledgeBaseVersion,

        @io.swagger.v3.oas.annotations.media.Schema(
                description = "The project answers used, in canonical order; null without project answers",
                nullable = true)
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Map<String, List<String>> project,

        Map<String, Integer> weights,

        @io.swagger.v3.oas.annotations.media.Schema(
                description = "For each criterion, the question ids that set its weight, [\"default\"], or"
                        + " [\"weights\"] where the request set it; only with project answers")
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Map<String, List<String>> weightReasons,

        List<RankedFramework> ranking,
        String winner,
        double margin,
        List<String> decidingCriteria,
        List<String> mustHave,
        List<String> candidates,
        LeftOut leftOutWinner,
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

    /**
     * A framework left out of the running that would have ranked first with the same answers.
     *
     * @param score its score with every framework in the running
     * @param resultsUrl the results page with it added to the candidates
     */
    record LeftOut(String framework, String name, double score, String resultsUrl) {}

    /**
     * Where each weight came from: the question ids that set it, {@code ["default"]}, or {@code ["weights"]} where the
     * request set it; null (left out) when the request had no project answers.
     */
    static Map<String, List<String>> weightReasons(Evaluation evaluation) {
        // Without project answers every weight is the request's own, and the answer is what it always was.
        return evaluation.answers().project() == null
                ? null
                : evaluation.answers().project().reasons();
    }

    static EvaluationResponse of(KnowledgeBase kb, Evaluation evaluation, Optional<LeftOutWinner> leftOut) {
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
                evaluation.answers().project() == null
                        ? null
                        : evaluation.answers().project().answers().answers(),
                evaluation.weights().values(),
                weightReasons(evaluation),
                ranking,
                evaluation.winner(),
                evaluation.margin(),
                evaluation.decidingCriteria(),
                evaluation.answers().mustHaves(),
                kb.inFrameworkOrder(evaluation.ranking().stream()
                        .map(FrameworkScore::framework)
                        .toList()),
                leftOut.map(w -> new LeftOut(w.framework().id(), w.framework().name(), w.score(), w.path()))
                        .orElse(null),
                evaluation.sensitivity(),
                evaluation.robust(),
                ResultsLink.path(kb, evaluation.answers()));
    }
}
