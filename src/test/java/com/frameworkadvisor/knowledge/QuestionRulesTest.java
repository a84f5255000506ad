package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The semantic rules of the project questions and the criterion rated by the user (schema 3), each broken once in a
 * copy of the published 2026.11.3: one message names the file, the location and the problem.
 */
class QuestionRulesTest {

    private static final String FILE = "broken-questions.json";

    private static ThrowableAssertAlternative<KnowledgeBaseException> loadingFails(Consumer<ObjectNode> breakIt) {
        ObjectNode tree = TestKnowledgeBases.projectQuestionsTree();
        breakIt.accept(tree);
        return org.assertj.core.api.Assertions.assertThatExceptionOfType(KnowledgeBaseException.class)
                .isThrownBy(() -> TestKnowledgeBases.loadWithThirdSchema(FILE, tree));
    }

    private static ObjectNode question(ObjectNode tree, int index) {
        return (ObjectNode) tree.get("questions").get(index);
    }

    private static ObjectNode option(ObjectNode tree, int question, int option) {
        return (ObjectNode) question(tree, question).get("options").get(option);
    }

    private static ObjectNode teamExperience(ObjectNode tree) {
        for (var criterion : tree.get("criteria")) {
            if (criterion.get("id").asString().equals("team-experience")) {
                return (ObjectNode) criterion;
            }
        }
        throw new AssertionError("no team-experience");
    }

    private static void hasProblem(KnowledgeBaseException e, String location, String text) {
        assertThat(e.problems()).anySatisfy(problem -> {
            assertThat(problem.location()).isEqualTo(location);
            assertThat(problem.message()).contains(text);
        });
    }

    @Test
    void thePublishedVersionFollowsThem() {
        KnowledgeBase kb = TestKnowledgeBases.loadWithThirdSchema(FILE, TestKnowledgeBases.projectQuestionsTree());
        assertThat(kb.questions()).hasSize(8);
        assertThat(kb.userRatedCriterion().orElseThrow().id()).isEqualTo("team-experience");
    }

    @Test
    void anOptionIdIsUniqueWithinItsQuestion() {
        loadingFails(tree -> option(tree, 1, 1).put("id", "yes"))
                .satisfies(e ->
                        hasProblem(e, "$.questions[1].options[1].id", "is used more than once in 'staff-editing'"));
    }

    @Test
    void aQuestionIdIsUniqueAndNoCriterionId() {
        loadingFails(tree -> question(tree, 1).put("id", "project-kind"))
                .satisfies(e -> hasProblem(e, "$.questions[1].id", "is used more than once"));
        loadingFails(tree -> question(tree, 1).put("id", "admin"))
                .satisfies(e -> hasProblem(e, "$.questions[1].id", "is also a criterion id"));
        loadingFails(tree -> question(tree, 1).put("id", "must"))
                .satisfies(e -> hasProblem(e, "$.questions[1].id", "is reserved for links"));
    }

    @Test
    void everyCriterionAnOptionNamesExists() {
        loadingFails(tree -> ((ObjectNode) option(tree, 1, 0).get("changes")).put("back-office", 2))
                .satisfies(e -> hasProblem(
                        e, "$.questions[1].options[0].changes.back-office", "which is not one of the criteria"));
        loadingFails(tree -> option(tree, 1, 0).putArray("mustHave").add("back-office"))
                .satisfies(e -> hasProblem(e, "$.questions[1].options[0].mustHave[0]", "not one of the criteria"));
    }

    @Test
    void eachOptionOnItsOwnKeepsEveryWeightWithin0To5() {
        // admin defaults to 2: +4 would make 6.
        loadingFails(tree -> ((ObjectNode) option(tree, 1, 0).get("changes")).put("admin", 4))
                .satisfies(e ->
                        hasProblem(e, "$.questions[1].options[0].changes.admin", "moves the default weight 2 to 6"));
        loadingFails(tree -> ((ObjectNode) option(tree, 1, 1).get("changes")).put("admin", -3))
                .satisfies(e -> hasProblem(e, "$.questions[1].options[1].changes.admin", "to -1"));
    }

    @Test
    void teamKnowsOffersExactlyTheFrameworksAndNone() {
        loadingFails(tree -> ((ArrayNode) question(tree, 4).get("options")).remove(2))
                .satisfies(e -> hasProblem(e, "$.questions[4].options", "must be the version's frameworks and 'none'"));
        loadingFails(tree -> question(tree, 4).put("answers", "one"))
                .satisfies(e -> hasProblem(e, "$.questions[4].answers", "takes several answers"));
    }

    @Test
    void noneStandsAloneOnlyInASeveralAnswerQuestion() {
        loadingFails(tree -> option(tree, 1, 1).put("id", "none"))
                .satisfies(e -> hasProblem(e, "$.questions[1].options[1].id", "'none' stands alone only"));
    }

    @Test
    void onlyTeamKnowsSetsTheCriterionRatedByTheUser() {
        loadingFails(tree -> ((ObjectNode) option(tree, 0, 0).get("changes")).put("team-experience", 1))
                .satisfies(e ->
                        hasProblem(e, "$.questions[0].options[0].changes.team-experience", "only 'team-knows' sets"));
    }

    @Test
    void onlyOneCriterionIsRatedByTheUserAndItHasNoRatings() {
        loadingFails(tree -> {
                    for (var criterion : tree.get("criteria")) {
                        if (criterion.get("id").asString().equals("hiring")) {
                            ((ObjectNode) criterion).remove("ratings");
                            ((ObjectNode) criterion).put("ratedBy", "user");
                        }
                    }
                })
                .satisfies(e -> assertThat(e.problems())
                        .anySatisfy(
                                p -> assertThat(p.message()).contains("only one criterion may be rated by the user")));
        // The schema refuses ratings on it, and requires them on every other criterion.
        loadingFails(tree -> teamExperience(tree).putObject("ratings"))
                .satisfies(e -> assertThat(e.problems()).isNotEmpty());
    }

    @Test
    void aCriterionRatedByTheUserNeedsTeamKnows() {
        loadingFails(tree -> ((ArrayNode) tree.get("questions")).remove(4))
                .satisfies(e -> hasProblem(e, "$.questions", "'team-knows' must ask which frameworks the team knows"));
    }
}
