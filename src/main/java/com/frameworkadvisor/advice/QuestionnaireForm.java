package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.Profile;
import com.frameworkadvisor.scoring.Weights;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * What the questions fragment ({@code fragments/questions.html}) needs, for the questionnaire and for a room's
 * ballot form alike.
 *
 * @param profile the preset applied, or {@code null}
 * @param answers a weight for every criterion
 * @param mustHaves the must-haves ticked, or {@code null} where must-haves are not asked (rooms)
 */
public record QuestionnaireForm(
        KnowledgeBase kb, Profile profile, Map<String, Integer> answers, List<String> mustHaves) {

    public void addTo(Model model) {
        model.addAttribute("kb", kb);
        model.addAttribute("profile", profile);
        model.addAttribute("answers", answers);
        model.addAttribute("mustHaves", mustHaves);
        model.addAttribute("scale", Weights.SCALE);
    }
}
