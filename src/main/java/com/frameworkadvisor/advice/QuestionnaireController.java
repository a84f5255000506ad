package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.LinkParameters;
import com.frameworkadvisor.knowledge.Profile;
import com.frameworkadvisor.performance.RenderedPages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;

/**
 * The questionnaire. Answers start from the criteria's default weights, from a profile ({@code ?profile=api-microservice})
 * or from earlier answers ({@code ?orm=4&admin=5}, where unanswered criteria are 0, as on the results page). Answers
 * that name an older version ({@code ?v=2026.11.1&…}, from an old result's "Adjust your answers") are carried over to
 * today's criteria with {@link CarriedAnswers}, and the page names what did not carry over.
 */
@Controller
class QuestionnaireController {

    private final KnowledgeBases kbs;
    private final MessageSource messages;
    private final RenderedPages pages;

    QuestionnaireController(KnowledgeBases kbs, MessageSource messages, RenderedPages pages) {
        this.kbs = kbs;
        this.messages = messages;
        this.pages = pages;
    }

    /**
     * {@code /} starts with the project questions when today's version asks them: with no parameters, or with
     * project answers only ("Adjust your answers" of a result without fine-tuned weights). Anything else (a preset,
     * weights, an older version's answers) opens the full questionnaire, as {@code /fine-tune} always does.
     */
    @GetMapping("/")
    View start(
            @RequestParam MultiValueMap<String, String> parameters,
            Model model,
            Locale locale,
            ServletWebRequest request) {
        KnowledgeBase kb = kbs.current();
        boolean onlyAnswers = parameters.keySet().stream()
                .allMatch(name -> kb.question(name).isPresent()
                        || name.equals(LinkParameters.FRAMEWORKS)
                        || (name.equals(LinkParameters.VERSION)
                                && parameters.get(name).equals(List.of(kb.version()))));
        if (kb.questions().isEmpty() || !onlyAnswers) {
            return questionnaire(parameters, model, locale, request);
        }
        RenderedPages.Page rendered =
                pages.page(request, locale, request.getRequest().getQueryString(), kb.version());
        if (pages.notModified(request, rendered)) {
            return null;
        }
        Optional<View> kept = pages.kept(rendered);
        if (kept.isPresent()) {
            return kept.get();
        }
        // Pre-filling is forgiving: an answer that is not valid is dropped, as weights are.
        ResultsLink.Prefill earlier = ResultsLink.prefill(kb, parameters);
        model.addAttribute("kb", kb);
        model.addAttribute("candidates", earlier.candidates());
        model.addAttribute(
                "chosen",
                earlier.project() == null ? Map.of() : earlier.project().answers());
        return pages.view(rendered, PROJECT);
    }

    private static final String PROJECT = "project";

    /** The full questionnaire, one 0–5 weight per criterion; pre-filled with the weights a link's answers derive. */
    @GetMapping("/fine-tune")
    View questionnaire(
            @RequestParam MultiValueMap<String, String> parameters,
            Model model,
            Locale locale,
            ServletWebRequest request) {
        KnowledgeBase kb = kbs.current();
        RenderedPages.Page rendered =
                pages.page(request, locale, request.getRequest().getQueryString(), kb.version());
        if (pages.notModified(request, rendered)) {
            return null;
        }
        Optional<View> kept = pages.kept(rendered);
        if (kept.isPresent()) {
            return kept.get();
        }
        Map<String, String> projectFields = Map.of();
        Profile profile = null;
        Map<String, Integer> answers;
        List<String> mustHaves = List.of();
        List<String> candidates = kb.candidatesByDefault();
        boolean presetAlone = parameters.containsKey(LinkParameters.PROFILE)
                && parameters.keySet().stream()
                        .noneMatch(name -> kb.criterion(name).isPresent());
        if (presetAlone) {
            String id = parameters.getFirst(LinkParameters.PROFILE);
            profile = kb.profile(id)
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "There is no preset called '" + id + "'."));
            answers = new java.util.LinkedHashMap<>(kb.defaultWeights());
            answers.replaceAll((criterion, weight) -> 0);
            answers.putAll(profile.weights());
            candidates = kb.candidatesFor(profile);
            // The result says which weights the preset set: its link carries profile=.
            projectFields = Map.of(LinkParameters.PROFILE, profile.id());
        } else if (parameters.isEmpty()) {
            answers = kb.defaultWeights();
        } else if (!kbs.isCurrent(answersVersion(parameters))) {
            // "Adjust your answers" from an old result: the answers move to today's questions, saying what did not.
            KnowledgeBase old = answersVersion(parameters);
            ResultsLink.Prefill earlier = ResultsLink.prefill(old, parameters);
            CarriedAnswers carried = CarriedAnswers.carry(kbs, old, kb, earlier.weights(), earlier.mustHaves());
            answers = carried.weights();
            mustHaves = carried.mustHaves();
            List<String> carriedCandidates = CarriedAnswers.carryCandidates(kb, earlier.candidates());
            candidates = carriedCandidates.isEmpty() ? kb.candidatesByDefault() : carriedCandidates;
            model.addAttribute("carried", carried);
            model.addAttribute("carriedNotice", carriedNotice(carried, earlier.weights(), locale));
        } else {
            // Pre-filling is forgiving: an answer that is not valid is left unanswered rather than refused.
            ResultsLink.Prefill earlier = ResultsLink.prefill(kb, parameters);
            answers = earlier.weights();
            mustHaves = earlier.mustHaves();
            candidates = earlier.candidates();
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            String preset = parameters.getFirst(LinkParameters.PROFILE);
            if (preset != null && kb.profile(preset).isPresent()) {
                // Fine-tuning a preset's result: the weights left as the preset set them keep saying so.
                fields.put(LinkParameters.PROFILE, preset);
            }
            projectFields = fields;
            if (earlier.project() != null) {
                earlier.project().answers().forEach((q, options) -> fields.put(q, String.join(",", options)));
            }
        }
        model.addAttribute("candidates", candidates);
        model.addAttribute("projectFields", projectFields);
        new QuestionnaireForm(kb, profile, answers, mustHaves).addTo(model);
        return pages.view(rendered, "questionnaire");
    }

    /**
     * The version pre-filled answers were given with. Unlike a results link, answers without {@code v} are today's:
     * the questionnaire has always been pre-filled with the current criteria.
     */
    private KnowledgeBase answersVersion(MultiValueMap<String, String> parameters) {
        return parameters.containsKey(LinkParameters.VERSION)
                ? ResultsLink.version(kbs, parameters.get(LinkParameters.VERSION), LinkParameters.VERSION)
                : kbs.current();
    }

    /** The sentences of the carried answers' notice, in the words the old result's notice uses. */
    private List<String> carriedNotice(CarriedAnswers carried, Map<String, Integer> given, Locale locale) {
        List<String> sentences = new ArrayList<>();
        sentences.add(messages.getMessage(
                "questionnaire.carried",
                new Object[] {carried.from().version(), carried.to().version()},
                locale));
        sentences.addAll(CarriedAnswersText.of(messages, carried, given, locale).sentences());
        return sentences;
    }
}
