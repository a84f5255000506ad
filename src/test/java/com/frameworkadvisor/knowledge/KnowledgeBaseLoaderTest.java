package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.frameworkadvisor.knowledge.KnowledgeBaseException.Problem;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each rule a knowledge base must follow, broken once, gives one message naming the file, the location and the problem. */
class KnowledgeBaseLoaderTest {

    private static final String FILE = "broken-kb.json";

    private static ThrowableAssertAlternative<KnowledgeBaseException> loadingFails(Consumer<ObjectNode> breakIt) {
        ObjectNode tree = TestKnowledgeBases.threeFrameworksTree();
        breakIt.accept(tree);
        return org.assertj.core.api.Assertions.assertThatExceptionOfType(KnowledgeBaseException.class)
                .isThrownBy(() -> TestKnowledgeBases.load(FILE, tree));
    }

    private static ObjectNode criterion(ObjectNode tree, int index) {
        return (ObjectNode) tree.get("criteria").get(index);
    }

    private static ObjectNode rating(ObjectNode tree, String framework) {
        return (ObjectNode) criterion(tree, 0).get("ratings").get(framework);
    }

    private static void hasProblem(KnowledgeBaseException e, String location, String text) {
        assertThat(e.getMessage()).startsWith("Knowledge base " + FILE + " is invalid");
        assertThat(e.problems()).anySatisfy(problem -> {
            assertThat(problem.location()).isEqualTo(location);
            assertThat(problem.message()).contains(text);
        });
        assertThat(e.getMessage()).contains("at " + location + ": ");
    }

    @Nested
    class AValidKnowledgeBase {

        @Test
        void loadsIntoRecordsInTheFilesOrder() {
            KnowledgeBase kb = TestKnowledgeBases.threeFrameworks();

            assertThat(kb.version()).isEqualTo("test-1");
            assertThat(kb.frameworks()).extracting(Framework::id).containsExactly("alpha", "beta", "gamma");
            assertThat(kb.criteria()).extracting(Criterion::id).containsExactly("speed", "safety", "ease", "docs");
            assertThat(kb.criterion("safety").orElseThrow().ratingOf("gamma").score())
                    .isEqualTo(5.0);
            assertThat(kb.source("manual").orElseThrow().url()).isEqualTo("https://manual.example");
            assertThat(kb.profile("racer").orElseThrow().weights()).containsEntry("speed", 5);
        }

        @Test
        void isImmutable() {
            KnowledgeBase kb = TestKnowledgeBases.threeFrameworks();

            assertThatThrownBy(() -> kb.criteria().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> kb.criteria().get(0).ratings().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Syntax {

        @Test
        void malformedJsonNamesTheLineAndColumn() {
            assertThatThrownBy(() -> TestKnowledgeBases.load(FILE, "{\n  \"version\": \"1\",\n  oops\n}"))
                    .asInstanceOf(type(KnowledgeBaseException.class))
                    .satisfies(e -> hasProblem(e, "line 3, column 3", "not well-formed JSON"));
        }

        @Test
        void aMissingRequiredPropertyIsReportedByTheSchema() {
            loadingFails(tree -> tree.remove("version"))
                    .satisfies(e -> assertThat(e.getMessage()).contains(FILE).contains("version"));
        }

        @Test
        void anUnknownPropertyIsReportedByTheSchema() {
            loadingFails(tree -> criterion(tree, 1).put("colour", "red"))
                    .satisfies(e -> hasProblem(e, "$.criteria[1]", "colour"));
        }
    }

    @Nested
    class Ids {

        @Test
        void mustBeKebabCase() {
            loadingFails(tree -> criterion(tree, 0).put("id", "Speed_Rating"))
                    .satisfies(e -> assertThat(e.problems())
                            .extracting(Problem::location)
                            .contains("$.criteria[0].id"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"v", "fw", "must", "profile"})
        void mayNotBeANameThatLinksReserve(String reserved) {
            loadingFails(tree -> criterion(tree, 0).put("id", reserved))
                    .satisfies(e -> hasProblem(
                            e,
                            "$.criteria[0].id",
                            "id '" + reserved + "' is reserved for links (v, fw, must, profile)"));
        }

        @Test
        void mustBeUnique() {
            loadingFails(tree -> ((ObjectNode) tree.get("frameworks").get(2)).put("id", "alpha"))
                    .satisfies(e -> hasProblem(e, "$.frameworks[2].id", "id 'alpha' is used more than once"));
        }
    }

    @Nested
    class Ratings {

        @Test
        void everyFrameworkIsRatedOnEveryCriterion() {
            loadingFails(tree -> ((ObjectNode) criterion(tree, 1).get("ratings")).remove("gamma"))
                    .satisfies(e -> hasProblem(
                            e, "$.criteria[1].ratings", "criterion 'safety' does not rate framework 'gamma'"));
        }

        @Test
        void onlyKnownFrameworksAreRated() {
            loadingFails(tree -> ((ObjectNode) criterion(tree, 0).get("ratings"))
                            .set("delta", rating(tree, "alpha").deepCopy()))
                    .satisfies(e -> hasProblem(e, "$.criteria[0].ratings.delta", "not one of the frameworks"));
        }

        @Test
        void scoresAreAtMostFive() {
            loadingFails(tree -> rating(tree, "alpha").put("score", 5.5))
                    .satisfies(e -> assertThat(e.problems())
                            .extracting(Problem::location)
                            .contains("$.criteria[0].ratings.alpha.score"));
        }

        @Test
        void scoresAreAtLeastOne() {
            loadingFails(tree -> rating(tree, "beta").put("score", 0.5))
                    .satisfies(e -> assertThat(e.problems())
                            .extracting(Problem::location)
                            .contains("$.criteria[0].ratings.beta.score"));
        }

        @Test
        void scoresMoveInStepsOfOneHalf() {
            loadingFails(tree -> rating(tree, "gamma").put("score", 2.25))
                    .satisfies(e -> assertThat(e.problems())
                            .extracting(Problem::location)
                            .contains("$.criteria[0].ratings.gamma.score"));
        }

        @Test
        void everyCitedSourceExists() {
            loadingFails(tree -> ((ArrayNode) rating(tree, "beta").get("sources")).set(0, "no-such-source"))
                    .satisfies(e -> hasProblem(
                            e,
                            "$.criteria[0].ratings.beta.sources[0]",
                            "cites source 'no-such-source', which is not one of the sources"));
        }
    }

    @Nested
    class Criteria {

        @Test
        void defaultWeightsAreWholeNumbers() {
            loadingFails(tree -> criterion(tree, 2).put("defaultWeight", 2.5))
                    .satisfies(e -> assertThat(e.problems())
                            .extracting(Problem::location)
                            .contains("$.criteria[2].defaultWeight"));
        }

        @Test
        void defaultWeightsAreAtMostFive() {
            loadingFails(tree -> criterion(tree, 2).put("defaultWeight", 6))
                    .satisfies(e -> assertThat(e.problems())
                            .extracting(Problem::location)
                            .contains("$.criteria[2].defaultWeight"));
        }

        @Test
        void belongToAKnownGroup() {
            loadingFails(tree -> criterion(tree, 1).put("group", "elsewhere"))
                    .satisfies(e -> hasProblem(e, "$.criteria[1].group", "group 'elsewhere' is not one of the groups"));
        }
    }

    @Nested
    class Profiles {

        private static ObjectNode weights(ObjectNode tree) {
            return (ObjectNode) tree.get("profiles").get(0).get("weights");
        }

        @Test
        void weightOnlyKnownCriteria() {
            loadingFails(tree -> weights(tree).put("colour", 3))
                    .satisfies(e -> hasProblem(
                            e, "$.profiles[0].weights.colour", "weights 'colour', which is not one of the criteria"));
        }

        @Test
        void weightEveryCriterion() {
            loadingFails(tree -> weights(tree).remove("ease"))
                    .satisfies(e -> hasProblem(
                            e, "$.profiles[0].weights", "profile 'racer' gives no weight to criterion 'ease'"));
        }

        @Test
        void weighAtLeastOneCriterionAboveZero() {
            loadingFails(tree -> weights(tree).put("speed", 0).put("ease", 0))
                    .satisfies(e -> hasProblem(e, "$.profiles[0].weights", "gives every criterion weight 0"));
        }

        @Test
        void useWholeWeightsFromZeroToFive() {
            loadingFails(tree -> weights(tree).put("speed", 7))
                    .satisfies(e -> assertThat(e.problems())
                            .extracting(Problem::location)
                            .contains("$.profiles[0].weights.speed"));
        }
    }

    @Nested
    class Candidates {

        private static ThrowableAssertAlternative<KnowledgeBaseException> loadingWithTheSecondSchemaFails(
                Consumer<ObjectNode> breakIt) {
            ObjectNode tree = TestKnowledgeBases.threeFrameworksTree();
            breakIt.accept(tree);
            return org.assertj.core.api.Assertions.assertThatExceptionOfType(KnowledgeBaseException.class)
                    .isThrownBy(() -> TestKnowledgeBases.loadWithSecondSchema(FILE, tree));
        }

        private static ObjectNode racer(ObjectNode tree) {
            return (ObjectNode) tree.get("profiles").get(0);
        }

        private static KnowledgeBase withDefaults(String... ids) {
            ObjectNode tree = TestKnowledgeBases.threeFrameworksTree();
            ArrayNode defaults = tree.putArray("defaultCandidates");
            for (String id : ids) {
                defaults.add(id);
            }
            return TestKnowledgeBases.loadWithSecondSchema(FILE, tree);
        }

        @Test
        void absentDefaultsMeanEveryFrameworkInTheFilesOrder() {
            KnowledgeBase kb = TestKnowledgeBases.threeFrameworks();

            assertThat(kb.defaultCandidates()).isEmpty();
            assertThat(kb.candidatesByDefault()).containsExactly("alpha", "beta", "gamma");
        }

        @Test
        void namedDefaultsAreTheFrameworksInTheRunningInTheKnowledgeBasesOrder() {
            KnowledgeBase kb = withDefaults("gamma", "alpha");

            assertThat(kb.defaultCandidates()).containsExactly("gamma", "alpha");
            assertThat(kb.candidatesByDefault()).containsExactly("alpha", "gamma");
        }

        @Test
        void aPresetWithoutCandidatesTakesTheVersionsDefaults() {
            KnowledgeBase kb = withDefaults("alpha", "beta");

            Profile racer = kb.profile("racer").orElseThrow();
            assertThat(racer.candidates()).isEmpty();
            assertThat(kb.candidatesFor(racer)).containsExactly("alpha", "beta");
        }

        @Test
        void aPresetMayNameItsOwnCandidates() {
            ObjectNode tree = TestKnowledgeBases.threeFrameworksTree();
            racer(tree).putArray("candidates").add("gamma").add("beta");

            KnowledgeBase kb = TestKnowledgeBases.loadWithSecondSchema(FILE, tree);

            assertThat(kb.candidatesFor(kb.profile("racer").orElseThrow())).containsExactly("beta", "gamma");
        }

        @Test
        void areNotAllowedByTheFirstSchema() {
            loadingFails(tree -> tree.putArray("defaultCandidates").add("alpha").add("beta"))
                    .satisfies(e -> assertThat(e.getMessage()).contains("defaultCandidates"));
        }

        @Test
        void defaultsNameOnlyFrameworksOfTheVersion() {
            loadingWithTheSecondSchemaFails(tree ->
                            tree.putArray("defaultCandidates").add("alpha").add("delta"))
                    .satisfies(e -> hasProblem(
                            e, "$.defaultCandidates[1]", "names 'delta', which is not one of the frameworks"));
        }

        @Test
        void aPresetsCandidatesNameOnlyFrameworksOfTheVersion() {
            loadingWithTheSecondSchemaFails(tree ->
                            racer(tree).putArray("candidates").add("delta").add("beta"))
                    .satisfies(e -> hasProblem(
                            e, "$.profiles[0].candidates[0]", "names 'delta', which is not one of the frameworks"));
        }

        @Test
        void defaultsNameAtLeastTwoFrameworks() {
            loadingWithTheSecondSchemaFails(
                            tree -> tree.putArray("defaultCandidates").add("alpha"))
                    .satisfies(e -> assertThat(e.problems())
                            .extracting(Problem::location)
                            .contains("$.defaultCandidates"));
        }

        @Test
        void aPresetsCandidatesNameEachFrameworkOnce() {
            loadingWithTheSecondSchemaFails(tree -> racer(tree)
                            .putArray("candidates")
                            .add("alpha")
                            .add("beta")
                            .add("alpha"))
                    .satisfies(e -> assertThat(e.problems())
                            .extracting(Problem::location)
                            .contains("$.profiles[0].candidates"));
        }

        /** The schema refuses these first; the semantic rules hold for a knowledge base however it was made. */
        @Nested
        class BeyondTheSchema {

            private final KnowledgeBase kb = TestKnowledgeBases.threeFrameworks();

            private List<Problem> problemsWithDefaults(String... ids) {
                KnowledgeBase candidates = new KnowledgeBase(
                        kb.version(),
                        kb.frameworks(),
                        kb.sources(),
                        kb.groups(),
                        kb.criteria(),
                        kb.profiles(),
                        List.of(ids));
                return new KnowledgeBaseValidator().problemsIn(candidates);
            }

            @Test
            void aFrameworkNamedTwiceIsAProblem() {
                assertThat(problemsWithDefaults("alpha", "beta", "alpha"))
                        .containsExactly(new Problem("$.defaultCandidates[2]", "names 'alpha' more than once"));
            }

            @Test
            void fewerThanTwoDifferentFrameworksIsAProblem() {
                assertThat(problemsWithDefaults("alpha", "alpha"))
                        .extracting(Problem::message)
                        .contains("names fewer than two frameworks; a choice needs at least two");
            }

            @Test
            void aPresetNamingTwoDifferentFrameworksIsFine() {
                Profile racer = kb.profile("racer").orElseThrow();
                Profile narrowed = new Profile(
                        racer.id(), racer.name(), racer.description(), racer.weights(), List.of("beta", "gamma"));
                KnowledgeBase candidates = new KnowledgeBase(
                        kb.version(), kb.frameworks(), kb.sources(), kb.groups(), kb.criteria(), List.of(narrowed));

                assertThat(new KnowledgeBaseValidator().problemsIn(candidates)).isEmpty();
            }
        }
    }
}
