package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.LinkParameters;
import com.frameworkadvisor.performance.RenderedPages;
import com.frameworkadvisor.ratelimit.LimitedAction;
import com.frameworkadvisor.ratelimit.RateLimited;
import com.frameworkadvisor.ratelimit.RateLimits;
import com.frameworkadvisor.scoring.Evaluation;
import com.frameworkadvisor.scoring.InvalidAnswersException;
import com.frameworkadvisor.scoring.Scorer;
import com.frameworkadvisor.scoring.Weights;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The recommendation. Its URL is the shareable link: the answers are the query, nothing else is needed. The same
 * handler serves the what-if form, with or without JavaScript.
 */
@Controller
class ResultsController {

    private static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

    private final KnowledgeBases kbs;
    private final Scorer scorer;
    private final MessageSource messages;
    private final Clock clock;
    private final Counter evaluations;
    private final OldResultNotice.Writer notices;
    private final RenderedPages pages;
    private final RateLimits rateLimits;
    private final AheadFragments ahead;

    ResultsController(
            KnowledgeBases kbs,
            Scorer scorer,
            MessageSource messages,
            Clock clock,
            MeterRegistry meters,
            OldResultNotice.Writer notices,
            RenderedPages pages,
            RateLimits rateLimits,
            AheadFragments ahead) {
        this.kbs = kbs;
        this.ahead = ahead;
        this.pages = pages;
        this.rateLimits = rateLimits;
        this.notices = notices;
        this.scorer = scorer;
        this.messages = messages;
        this.clock = clock;
        this.evaluations = meters.counter("advisor.evaluations", "channel", "page");
    }

    /**
     * Rate-limited like every evaluation, except that a 304 or a page already rendered is free: the limit is there for
     * the rendering's cost (README, "cached pages are free").
     */
    @GetMapping("/results")
    View results(
            @RequestParam MultiValueMap<String, String> parameters,
            Model model,
            Locale locale,
            ServletWebRequest request) {
        ResultsLink.Read link = ResultsLink.read(kbs, parameters);
        String canonical = ResultsLink.query(link.kb(), link.answers());
        RenderedPages.Page rendered =
                pages.page(request, locale, canonical, kbs.current().version());
        if (pages.notModified(request, rendered)) {
            return null;
        }
        Optional<View> kept = pages.kept(rendered);
        if (kept.isPresent()) {
            return kept.get();
        }
        rateLimits.charge(LimitedAction.EVALUATION, request.getRequest());
        ResultsPage page = page(link, canonical);
        model.addAttribute("page", page);
        model.addAttribute("kb", page.kb());
        model.addAttribute("scale", Weights.SCALE);
        model.addAttribute("ahead", ahead.of(page.kb(), locale, request.getRequest(), request.getResponse()));
        // The verdict is the page title, the heading and the link preview, so it is worded once, here.
        String verdict = verdict(page.verdict(), locale);
        model.addAttribute("verdict", verdict);
        model.addAttribute("robustness", robustness(page.insight(), locale));
        OldResultNotice old = notices.of(page.kb(), page.evaluation(), locale);
        model.addAttribute("old", old);
        model.addAttribute("changesPath", OldResultNotice.CHANGES_PATH);
        // A preview in a chat must not pass an outdated verdict off as today's.
        model.addAttribute(
                "ogTitle",
                old == null
                        ? verdict
                        : messages.getMessage(
                                "results.og.title.old",
                                new Object[] {verdict, page.kb().version()},
                                locale));
        model.addAttribute(
                "summary",
                messages.getMessage(
                        old == null ? "results.og.description" : "results.og.description.old",
                        new Object[] {page.weighted().size(), page.kb().version()},
                        locale));
        return pages.view(rendered, "results");
    }

    @RateLimited(LimitedAction.EVALUATION)
    @GetMapping("/results.md")
    ResponseEntity<String> decisionRecord(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
        ResultsLink.Read link = ResultsLink.read(kbs, parameters);
        ResultsPage page = page(link, ResultsLink.query(link.kb(), link.answers()));
        String markdown = ResultDecisionRecord.render(
                page,
                verdict(page.verdict(), locale),
                robustness(page.insight(), locale),
                page.leftOut() == null ? null : leftOut(page.leftOut(), locale),
                LocalDate.now(clock),
                notices.of(page.kb(), page.evaluation(), locale),
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        return ResponseEntity.ok()
                .contentType(MARKDOWN)
                .header("Content-Disposition", "inline; filename=\"framework-decision.md\"")
                .body(markdown);
    }

    @ExceptionHandler(InvalidAnswersException.class)
    String invalidAnswers(
            InvalidAnswersException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", e.problems());
        // The answers were read after their version, so the version is a valid one; the way back keeps it. With no
        // valid answer left, the way back is the questionnaire as it starts.
        boolean nothingValid =
                ResultsLink.query(e.validAnswers(), e.validMustHaves()).isEmpty();
        KnowledgeBase kb =
                ResultsLink.version(kbs, parameterValues(request, LinkParameters.VERSION), LinkParameters.VERSION);
        model.addAttribute(
                "backQuery", nothingValid ? "" : ResultsLink.query(kb, e.validAnswers(), e.validMustHaves()));
        return "results-invalid";
    }

    private static List<String> parameterValues(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? null : List.of(values);
    }

    /** @param canonical the link's canonical query, which is also the share link's */
    private ResultsPage page(ResultsLink.Read link, String canonical) {
        KnowledgeBase kb = link.kb();
        String shareUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(ResultsLink.RESULTS)
                .query(canonical)
                .build()
                .toUriString();
        Evaluation evaluation = scorer.evaluate(kb, link.answers());
        ResultsPage page = ResultsPage.of(
                kb,
                evaluation,
                shareUrl,
                LeftOutWinner.of(kb, scorer, evaluation).orElse(null));
        evaluations.increment();
        return page;
    }

    private String verdict(ResultsPage.Verdict verdict, Locale locale) {
        if (verdict.tie() && verdict.tied().size() > 2) {
            return messages.getMessage(
                    "results.verdict.tieOfMany",
                    new Object[] {Scores.names(verdict.tied()), verdict.firstScore()},
                    locale);
        }
        if (verdict.tie()) {
            return messages.getMessage(
                    "results.verdict.tie",
                    new Object[] {verdict.first(), verdict.second(), verdict.firstScore()},
                    locale);
        }
        String key = verdict.manyFrameworks() ? "results.verdict.winnerOfMany" : "results.verdict.winner";
        return messages.getMessage(
                key,
                new Object[] {verdict.first(), verdict.firstScore(), verdict.secondScore(), verdict.second()},
                locale);
    }

    /** The page's sentence on a framework left out that would have won, for the decision record. */
    private String leftOut(LeftOutWinner leftOut, Locale locale) {
        return messages.getMessage(
                "results.leftOut", new Object[] {leftOut.framework().name(), leftOut.scoreText()}, locale);
    }

    /** One plain sentence on how solid the result is, shared by the page and the decision record. */
    private String robustness(Insight insight, Locale locale) {
        if (!insight.hasWinner()) {
            return messages.getMessage("insight.tie", null, locale);
        }
        String sentence = insight.robust()
                ? messages.getMessage("insight.robust", null, locale)
                : messages.getMessage("insight.sensitive", flipArguments(insight.nearest()), locale);
        if (insight.closeCall()) {
            sentence += " " + messages.getMessage("insight.closeCall", new Object[] {insight.margin()}, locale);
        }
        return sentence;
    }

    static Object[] flipArguments(Insight.Flip flip) {
        return new Object[] {
            flip.framework().name(), flip.criterion().name(), flip.tieWeight(), flip.yourWeight(), flip.more() ? 1 : 0
        };
    }
}
