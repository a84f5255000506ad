package com.frameworkadvisor.rooms;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.AnswerProblem;
import com.frameworkadvisor.scoring.InvalidAnswersException;
import com.frameworkadvisor.scoring.Weights;
import com.frameworkadvisor.web.AnswersQuery;
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
        Map<String, Integer> valid;
        Weights weights = null;
        try {
            weights = AnswersQuery.read(kb, answerParameters).weights();
            valid = weights.values();
        } catch (InvalidAnswersException e) {
            problems.addAll(e.problems());
            valid = e.validAnswers();
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Criterion criterion : kb.criteria()) {
            answers.put(criterion.id(), valid.getOrDefault(criterion.id(), 0));
        }
        return new BallotForm(name, answers, problems.isEmpty() ? weights : null, problems);
    }

    boolean valid() {
        return problems.isEmpty();
    }
}
