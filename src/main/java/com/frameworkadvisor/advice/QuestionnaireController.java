package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.LinkParameters;
import com.frameworkadvisor.knowledge.Profile;
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

    private final KnowledgeBases kbs;

    QuestionnaireController(KnowledgeBases kbs) {
        this.kbs = kbs;
    }

    @GetMapping("/")
    String questionnaire(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        KnowledgeBase kb = kbs.current();
        Profile profile = null;
        Map<String, Integer> answers;
        List<String> mustHaves = List.of();
        if (parameters.containsKey(LinkParameters.PROFILE)) {
            String id = parameters.getFirst(LinkParameters.PROFILE);
            profile = kb.profile(id)
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "There is no preset called '" + id + "'."));
            answers = profile.weights();
        } else if (parameters.isEmpty()) {
            answers = kb.defaultWeights();
        } else {
            // Pre-filling is forgiving: an answer that is not valid is left unanswered rather than refused.
            ResultsLink.Prefill earlier = ResultsLink.prefill(kb, parameters);
            answers = earlier.weights();
            mustHaves = earlier.mustHaves();
        }
        new QuestionnaireForm(kb, profile, answers, mustHaves).addTo(model);
        return "questionnaire";
    }
}
