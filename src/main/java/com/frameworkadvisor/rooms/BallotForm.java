package com.frameworkadvisor.rooms;

import com.frameworkadvisor.advice.ResultsLink;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.AnswerProblem;
import com.frameworkadvisor.scoring.Weights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * A member's posted form: their name and an answer per criterion, read like the questionnaire's link parameters.
 * Invalid posts keep what was valid, so the form comes back filled in with the problems listed.
 */
record BallotForm(String name, Map<String, Integer> answers, Weights weights, List<AnswerProblem> problems) {

    static final String NAME = "name";

    /** The CSRF token every posted form carries; Spring Security has checked it before the form is read. */
    private static final String FORM_TOKEN = "_csrf";

    static BallotForm read(KnowledgeBase kb, MultiValueMap<String, String> posted) {
        Map<String, List<String>> answerParameters = new LinkedHashMap<>(posted);
        answerParameters.remove(FORM_TOKEN);
        List<String> names = answerParameters.remove(NAME);
        String name = names == null || names.isEmpty() ? "" : names.get(0);
        List<AnswerProblem> problems = new ArrayList<>(RoomInput.nameProblems(name));
        ResultsLink.Prefill answers = ResultsLink.prefill(kb, answerParameters);
        problems.addAll(answers.problems());
        Weights weights = problems.isEmpty() ? new Weights(answers.weights()) : null;
        return new BallotForm(name, answers.weights(), weights, problems);
    }

    boolean valid() {
        return problems.isEmpty();
    }
}
