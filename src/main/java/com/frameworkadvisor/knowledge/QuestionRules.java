package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.KnowledgeBaseException.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The semantic rules for the project questions and the user-rated criterion (from schema 3): question ids are unique
 * kebab-case link parameters that are neither reserved nor criterion ids; option ids are unique within their question;
 * every criterion an option names exists; each option on its own keeps every default weight within 0–5; {@code none}
 * stands only in a several-answer question; and the one criterion rated by the user is rated by {@code team-knows},
 * whose options are exactly the version's frameworks and {@code none}, and by no other question.
 */
final class QuestionRules {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private QuestionRules() {}

    static void check(KnowledgeBase kb, List<Problem> problems) {
        checkUserRated(kb, problems);
        Set<String> seen = new HashSet<>();
        for (int q = 0; q < kb.questions().size(); q++) {
            Question question = kb.questions().get(q);
            String path = "$.questions[" + q + "]";
            String id = question.id();
            if (!KEBAB_CASE.matcher(id).matches()) {
                problems.add(new Problem(path + ".id", "id '" + id + "' is not kebab-case"));
            }
            if (!seen.add(id)) {
                problems.add(new Problem(path + ".id", "id '" + id + "' is used more than once"));
            }
            if (LinkParameters.RESERVED.contains(id)) {
                problems.add(new Problem(path + ".id", "id '" + id + "' is reserved for links"));
            }
            if (kb.criterion(id).isPresent()) {
                problems.add(
                        new Problem(path + ".id", "id '" + id + "' is also a criterion id; both are link parameters"));
            }
            if (!Question.ONE.equals(question.answers()) && !question.several()) {
                problems.add(new Problem(path + ".answers", "must be 'one' or 'several'"));
            }
            checkOptions(kb, question, path, problems);
        }
        checkTeamKnows(kb, problems);
    }

    private static void checkOptions(KnowledgeBase kb, Question question, String path, List<Problem> problems) {
        Set<String> optionIds = new HashSet<>();
        for (int o = 0; o < question.options().size(); o++) {
            Question.Option option = question.options().get(o);
            String at = path + ".options[" + o + "]";
            if (!KEBAB_CASE.matcher(option.id()).matches()) {
                problems.add(new Problem(at + ".id", "id '" + option.id() + "' is not kebab-case"));
            }
            if (!optionIds.add(option.id())) {
                problems.add(new Problem(
                        at + ".id", "option '" + option.id() + "' is used more than once in '" + question.id() + "'"));
            }
            if (option.id().equals(Question.NONE) && !question.several()) {
                problems.add(new Problem(at + ".id", "'none' stands alone only in a question with several answers"));
            }
            for (Map.Entry<String, Integer> change : option.changes().entrySet()) {
                String where = at + ".changes." + change.getKey();
                var criterion = kb.criterion(change.getKey());
                if (criterion.isEmpty()) {
                    problems.add(
                            new Problem(where, "changes '" + change.getKey() + "', which is not one of the criteria"));
                    continue;
                }
                int weight = criterion.get().defaultWeight() + change.getValue();
                if (change.getValue() < -5 || change.getValue() > 5 || weight < 0 || weight > 5) {
                    problems.add(new Problem(
                            where,
                            "moves the default weight " + criterion.get().defaultWeight() + " to " + weight
                                    + "; on its own an answer keeps every weight within 0–5"));
                }
                if (criterion.get().userRated() && !question.id().equals(Question.TEAM_KNOWS)) {
                    problems.add(new Problem(
                            where, "only '" + Question.TEAM_KNOWS + "' sets the criterion rated by the user"));
                }
            }
            for (int m = 0; m < option.mustHave().size(); m++) {
                String criterionId = option.mustHave().get(m);
                if (kb.criterion(criterionId).isEmpty()) {
                    problems.add(new Problem(
                            at + ".mustHave[" + m + "]",
                            "names '" + criterionId + "', which is not one of the criteria"));
                }
            }
        }
    }

    /** At most one criterion is rated by the user, and it has no ratings of its own. */
    private static void checkUserRated(KnowledgeBase kb, List<Problem> problems) {
        int count = 0;
        for (int i = 0; i < kb.criteria().size(); i++) {
            Criterion criterion = kb.criteria().get(i);
            String path = "$.criteria[" + i + "]";
            if (criterion.ratedBy() != null && !criterion.userRated()) {
                problems.add(new Problem(path + ".ratedBy", "must be 'user' when given"));
            }
            if (!criterion.userRated()) {
                continue;
            }
            if (++count > 1) {
                problems.add(new Problem(path + ".ratedBy", "only one criterion may be rated by the user"));
            }
            if (!criterion.ratings().isEmpty()) {
                problems.add(new Problem(path + ".ratings", "a criterion rated by the user has no ratings"));
            }
        }
    }

    /**
     * The criterion the user rates and {@code team-knows} come together: its options are the version's frameworks
     * and {@code none}, several may be chosen, and each names that criterion.
     */
    private static void checkTeamKnows(KnowledgeBase kb, List<Problem> problems) {
        var criterion = kb.userRatedCriterion();
        var question = kb.question(Question.TEAM_KNOWS);
        if (criterion.isPresent() && question.isEmpty()) {
            problems.add(new Problem(
                    "$.questions",
                    "criterion '" + criterion.get().id() + "' is rated by the user, so '" + Question.TEAM_KNOWS
                            + "' must ask which frameworks the team knows"));
        }
        if (question.isEmpty()) {
            return;
        }
        String path = "$.questions[" + kb.questions().indexOf(question.get()) + "]";
        if (criterion.isEmpty()) {
            problems.add(new Problem(
                    path, "'" + Question.TEAM_KNOWS + "' needs a criterion rated by the user (\"ratedBy\": \"user\")"));
        }
        if (!question.get().several()) {
            problems.add(new Problem(path + ".answers", "'" + Question.TEAM_KNOWS + "' takes several answers"));
        }
        Set<String> expected = new HashSet<>();
        kb.frameworks().forEach(f -> expected.add(f.id()));
        expected.add(Question.NONE);
        Set<String> actual = new HashSet<>();
        question.get().options().forEach(o -> actual.add(o.id()));
        if (!actual.equals(expected)) {
            problems.add(new Problem(
                    path + ".options",
                    "must be the version's frameworks and 'none' ("
                            + String.join(", ", new java.util.TreeSet<>(expected)) + "), but are "
                            + String.join(", ", new java.util.TreeSet<>(actual))));
        }
        criterion.ifPresent(c -> {
            for (int o = 0; o < question.get().options().size(); o++) {
                if (!question.get().options().get(o).changes().containsKey(c.id())) {
                    problems.add(new Problem(
                            path + ".options[" + o + "].changes",
                            "every answer to '" + Question.TEAM_KNOWS + "' sets '" + c.id() + "'"));
                }
            }
        });
    }
}
