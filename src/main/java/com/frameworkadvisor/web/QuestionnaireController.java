package com.frameworkadvisor.web;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.Profile;
import com.frameworkadvisor.scoring.Answers;
import com.frameworkadvisor.scoring.InvalidAnswersException;
import com.frameworkadvisor.scoring.Weights;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The questionnaire. Answers start from the criteria's default weights, from a profile ({@code ?profile=api-microservice})
 * or from earlier answers ({@code ?orm=4&admin=5}, where unanswered criteria are 0, as on the results page).
 */
@Controller
class QuestionnaireController {

    private static final String PROFILE = "profile";

    private final KnowledgeBase kb;

    QuestionnaireController(KnowledgeBase kb) {
        this.kb = kb;
    }

    @GetMapping("/")
    String questionnaire(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        Profile profile = null;
        Map<String, Integer> answers;
        List<String> mustHaves = List.of();
        if (parameters.containsKey(PROFILE)) {
            String id = parameters.getFirst(PROFILE);
            profile = kb.profile(id)
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "There is no preset called '" + id + "'."));
            answers = profile.weights();
        } else if (parameters.isEmpty()) {
            answers = kb.defaultWeights();
        } else {
            Prefill earlier = earlierAnswers(parameters);
            answers = earlier.weights();
            mustHaves = earlier.mustHaves();
        }
        model.addAttribute("kb", kb);
        model.addAttribute("profile", profile);
        model.addAttribute("answers", answers);
        model.addAttribute("mustHaves", mustHaves);
        model.addAttribute("scale", Weights.SCALE);
        return "questionnaire";
    }

    /** Pre-filling is forgiving: an answer that is not valid is left unanswered rather than refused. */
    private Prefill earlierAnswers(MultiValueMap<String, String> parameters) {
        Map<String, Integer> valid;
        List<String> mustHaves;
        try {
            Answers answers = AnswersQuery.read(kb, parameters);
            valid = answers.weights().values();
            mustHaves = answers.mustHaves();
        } catch (InvalidAnswersException e) {
            valid = e.validAnswers();
            mustHaves = e.validMustHaves();
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Criterion criterion : kb.criteria()) {
            answers.put(criterion.id(), valid.getOrDefault(criterion.id(), 0));
        }
        return new Prefill(answers, mustHaves);
    }

    /** Answers to show in the form; unlike {@link Answers}, these may all be 0. */
    private record Prefill(Map<String, Integer> weights, List<String> mustHaves) {}
}
