package com.frameworkadvisor.rooms;

import com.frameworkadvisor.advice.ResultsLink;
import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.Question;
import com.frameworkadvisor.scoring.AnswerProblem;
import com.frameworkadvisor.scoring.ProjectAnswers;
import com.frameworkadvisor.scoring.Weights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * A member's posted form: their name, their reason, their project answers and an answer per criterion, read like the
 * questionnaire's link parameters (the one codec, {@link ResultsLink}), and the form's one-time submission token. A
 * criterion left "from my project answers" (an empty value) takes the weight the answers derive (ADR 0015), or its
 * default when the member answered no question; a criterion rated overrides it. Invalid posts keep what was valid, so
 * the form comes back filled in with the problems listed.
 *
 * @param answers the weights as posted, for showing the form again: a criterion left to the project answers is absent
 * @param chosen the project answers as posted, for showing the form again
 * @param weights the final weights; {@code null} when there are problems
 * @param project the member's own project answers, without the room's {@code team-knows}
 * @param submission the token the join form carries ({@link SubmissionKey}); {@code null} from the edit form
 */
record BallotForm(
        String name,
        String reason,
        Map<String, Integer> answers,
        Map<String, List<String>> chosen,
        Weights weights,
        ProjectAnswers project,
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
        if (answerParameters.remove(Question.TEAM_KNOWS) != null) {
            problems.add(new AnswerProblem(
                    Question.TEAM_KNOWS,
                    "is answered for the whole room by its facilitator; leave it out of a member's answers"));
        }
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        kb.questions().forEach(q -> {
            if (answerParameters.containsKey(q.id())) {
                chosen.put(q.id(), answerParameters.get(q.id()));
            }
        });
        // "From my project answers" posts an empty value: the criterion is left to the rule.
        List<String> leftToAnswers = kb.criteria().stream()
                .map(Criterion::id)
                .filter(id -> answerParameters.containsKey(id)
                        && answerParameters.get(id).stream().allMatch(String::isEmpty))
                .toList();
        leftToAnswers.forEach(answerParameters::remove);
        Map<String, Integer> shown = shown(kb, answerParameters);
        if (chosen.isEmpty()) {
            // No project answers: what is left to them keeps its default, as the join form always pre-filled it.
            Map<String, Integer> defaults = kb.defaultWeights();
            leftToAnswers.forEach(id -> answerParameters.put(id, List.of(String.valueOf(defaults.get(id)))));
        } else if (room.teamKnows() != null) {
            // The room's team-knows rates and weighs the team's experience for every member.
            answerParameters.put(Question.TEAM_KNOWS, List.of(room.teamKnows()));
        }
        ResultsLink.Prefill answers = ResultsLink.prefill(kb, answerParameters);
        problems.addAll(answers.problems());
        boolean valid = problems.isEmpty();
        ProjectAnswers own = ProjectAnswers.NONE;
        if (valid && answers.project() != null) {
            Map<String, List<String>> mine =
                    new LinkedHashMap<>(answers.project().answers());
            mine.remove(Question.TEAM_KNOWS);
            own = new ProjectAnswers(mine);
        }
        return new BallotForm(
                name, reason, shown, chosen, valid ? new Weights(answers.weights()) : null, own, problems, submission);
    }

    /** The weights posted as whole numbers, to check them again when the form comes back. */
    private static Map<String, Integer> shown(KnowledgeBase kb, Map<String, List<String>> parameters) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        for (Criterion criterion : kb.criteria()) {
            List<String> values = parameters.get(criterion.id());
            if (values != null && values.size() == 1 && values.get(0).matches("[0-5]")) {
                shown.put(criterion.id(), Integer.parseInt(values.get(0)));
            }
        }
        return shown;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    boolean valid() {
        return problems.isEmpty();
    }
}
