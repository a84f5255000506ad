package com.frameworkadvisor.web;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.InvalidAnswersException;
import com.frameworkadvisor.scoring.Scorer;
import com.frameworkadvisor.scoring.Weights;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The recommendation. Its URL is the shareable link: the weights are the query, nothing else is needed. */
@Controller
class ResultsController {

    private final KnowledgeBase kb;
    private final Scorer scorer;
    private final MessageSource messages;

    ResultsController(KnowledgeBase kb, Scorer scorer, MessageSource messages) {
        this.kb = kb;
        this.scorer = scorer;
        this.messages = messages;
    }

    @GetMapping("/results")
    String results(@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale) {
        Weights weights = WeightsQuery.read(kb, parameters);
        String shareUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/results").query(weights.toQueryString()).build().toUriString();
        ResultsPage page = ResultsPage.of(kb, scorer.evaluate(kb, weights), shareUrl);
        model.addAttribute("page", page);
        // The verdict is the page title, the heading and the link preview, so it is worded once, here.
        model.addAttribute("verdict", verdict(page.verdict(), locale));
        model.addAttribute("summary", messages.getMessage("results.og.description",
                new Object[] {page.weighted().size(), kb.version()}, locale));
        return "results";
    }

    @ExceptionHandler(InvalidAnswersException.class)
    String invalidAnswers(InvalidAnswersException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", e.problems());
        model.addAttribute("backQuery", WeightsQuery.of(e.validAnswers()));
        return "results-invalid";
    }

    private String verdict(ResultsPage.Verdict verdict, Locale locale) {
        if (verdict.tie()) {
            return messages.getMessage("results.verdict.tie",
                    new Object[] {verdict.first(), verdict.second(), verdict.firstScore()}, locale);
        }
        String key = verdict.manyFrameworks() ? "results.verdict.winnerOfMany" : "results.verdict.winner";
        return messages.getMessage(key,
                new Object[] {verdict.first(), verdict.firstScore(), verdict.secondScore(), verdict.second()}, locale);
    }
}
