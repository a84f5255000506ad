package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.PublishedVersion;
import com.frameworkadvisor.scoring.Answers;
import com.frameworkadvisor.scoring.Evaluation;
import com.frameworkadvisor.scoring.Scorer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an old result (one computed with a version that is no longer current) says about itself: when it was
 * computed, what today's knowledge would say for the same answers, and what of the answers did not carry over.
 * Worded once, here, for the results page and the decision record alike.
 *
 * @param computedWith the sentence naming the version, its release date and today's version
 * @param today the sentence with today's verdict, or {@code null} when nothing of the answers survives
 * @param todayPath today's result for the carried answers, or {@code null} when nothing survives
 * @param nothingSurvives the sentence saying nothing survives, or {@code null} when something does
 * @param dropped the sentence naming the answers left out, or {@code null} when none were
 * @param renamed a sentence per answer that another criterion took over
 * @param added the sentence naming the criteria new since, counted at 0, or {@code null} when there are none
 */
record OldResultNotice(
        String computedWith,
        String today,
        String todayPath,
        String nothingSurvives,
        String dropped,
        List<String> renamed,
        String added) {

    /** Where another page explains what changed between versions. */
    static final String CHANGES_PATH = "/knowledge/changes";

    /** Words the notices; a bean so it can use the message source and the shared scorer. */
    @Component
    static class Writer {

        private final KnowledgeBases kbs;
        private final Scorer scorer;
        private final MessageSource messages;

        Writer(KnowledgeBases kbs, Scorer scorer, MessageSource messages) {
            this.kbs = kbs;
            this.scorer = scorer;
            this.messages = messages;
        }

        /** The notice of a result computed with {@code kb}, or {@code null} when {@code kb} is today's. */
        OldResultNotice of(KnowledgeBase kb, Evaluation evaluation, Locale locale) {
            if (kbs.isCurrent(kb)) {
                return null;
            }
            KnowledgeBase current = kbs.current();
            PublishedVersion then = kbs.published(kb);
            CarriedAnswers carried = CarriedAnswers.toCurrent(kbs, kb, evaluation.answers());
            String computedWith = text(
                    locale,
                    "results.old.computedWith",
                    then.version(),
                    then.released().toString(),
                    current.version());
            String today = null;
            String todayPath = null;
            String nothingSurvives = null;
            if (carried.survives()) {
                Answers answers = carried.answers()
                        .orElseThrow()
                        .withCandidates(CarriedAnswers.carryCandidates(
                                current, evaluation.answers().candidates()));
                Evaluation now = scorer.evaluate(current, answers);
                today = todayVerdict(current, evaluation, now, locale);
                todayPath = ResultsLink.path(current, answers);
            } else {
                nothingSurvives = text(locale, "results.old.nothingSurvives", current.version());
            }
            CarriedAnswersText changes = CarriedAnswersText.of(
                    messages, carried, evaluation.weights().values(), locale);
            return new OldResultNotice(
                    computedWith,
                    today,
                    todayPath,
                    nothingSurvives,
                    changes.dropped(),
                    changes.renamed(),
                    changes.added());
        }

        /** Says whether today's winner is the old one, a new one, or nobody (a tie). */
        private String todayVerdict(KnowledgeBase current, Evaluation then, Evaluation now, Locale locale) {
            ResultsPage.Verdict verdict = ResultsPage.verdict(current, now);
            int many = verdict.manyFrameworks() ? 1 : 0;
            if (verdict.tie()) {
                return text(
                        locale,
                        "results.old.today.tie",
                        current.version(),
                        verdict.first(),
                        verdict.second(),
                        verdict.firstScore());
            }
            String key = Objects.equals(then.winner(), now.winner())
                    ? "results.old.today.stays"
                    : "results.old.today.changes";
            return text(
                    locale, key, current.version(), verdict.first(), verdict.firstScore(), verdict.secondScore(), many);
        }

        private String text(Locale locale, String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }
    }
}
