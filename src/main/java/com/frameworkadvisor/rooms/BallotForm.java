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
 * A member's posted form: their name, their reason and an answer per criterion, read like the questionnaire's link
 * parameters, and the form's one-time submission token. Invalid posts keep what was valid, so the form comes back
 * filled in with the problems listed.
 *
 * @param submission the token the join form carries ({@link SubmissionKey}); {@code null} from the edit form
 */
record BallotForm(
        String name,
        String reason,
        Map<String, Integer> answers,
        Weights weights,
        List<AnswerProblem> problems,
        SubmissionKey submission) {

    static final String NAME = "name";
    static final String REASON = "reason";

    /** The CSRF token every posted form carries; Spring Security has checked it before the form is read. */
    private static final String FORM_TOKEN = "_csrf";

    static BallotForm read(Room room, KnowledgeBase kb, MultiValueMap<String, String> posted) {
        Map<String, List<String>> answerParameters = new LinkedHashMap<>(posted);
        answerParameters.remove(FORM_TOKEN);
        String name = first(answerParameters.remove(NAME));
        String reason = first(answerParameters.remove(REASON));
        List<String> token = answerParameters.remove(SubmissionKey.FORM_FIELD);
        List<AnswerProblem> problems = new ArrayList<>(RoomInput.memberProblems(room, name, reason));
        SubmissionKey submission = null;
        try {
            submission = token == null ? null : SubmissionKey.of(SubmissionKey.FORM_FIELD, first(token));
        } catch (InvalidRoomInputException e) {
            problems.addAll(e.problems());
        }
        ResultsLink.Prefill answers = ResultsLink.prefill(kb, answerParameters);
        problems.addAll(answers.problems());
        Weights weights = problems.isEmpty() ? new Weights(answers.weights()) : null;
        return new BallotForm(name, reason, answers.weights(), weights, problems, submission);
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    boolean valid() {
        return problems.isEmpty();
    }
}
