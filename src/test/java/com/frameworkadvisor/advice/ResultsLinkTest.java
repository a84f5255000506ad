package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.PublishedVersion;
import com.frameworkadvisor.knowledge.TestKnowledgeBases;
import com.frameworkadvisor.scoring.AnswerProblem;
import com.frameworkadvisor.scoring.Answers;
import com.frameworkadvisor.scoring.InvalidAnswersException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results-link codec on the three-framework test knowledge base (criteria speed, safety, ease, docs), published
 * as 2026.11.1, and a later 2026.12.1 in which "docs" became "typing".
 */
class ResultsLinkTest {

    static final KnowledgeBase KB = firstVersion();

    static final KnowledgeBase LATER = laterVersion();

    static final KnowledgeBases KBS = new KnowledgeBases(versions());

    private static KnowledgeBase firstVersion() {
        ObjectNode tree = TestKnowledgeBases.threeFrameworksTree();
        tree.put("version", "2026.11.1");
        return TestKnowledgeBases.load("first.json", tree);
    }

    private static KnowledgeBase laterVersion() {
        ObjectNode tree = TestKnowledgeBases.threeFrameworksTree();
        tree.put("version", "2026.12.1");
        ((ObjectNode) tree.get("criteria").get(3)).put("id", "typing");
        ((ObjectNode) tree.get("profiles").get(0).get("weights")).remove("docs");
        ((ObjectNode) tree.get("profiles").get(0).get("weights")).put("typing", 1);
        return TestKnowledgeBases.load("later.json", tree);
    }

    private static Map<PublishedVersion, KnowledgeBase> versions() {
        Map<PublishedVersion, KnowledgeBase> versions = new LinkedHashMap<>();
        versions.put(new PublishedVersion(KB.version(), LocalDate.of(2026, 11, 21), "s", "h", "first"), KB);
        versions.put(new PublishedVersion("2026.12.1", LocalDate.of(2026, 12, 1), "s", "h", "later"), LATER);
        return versions;
    }

    static Map<String, List<String>> parameters(String query) {
        return UriComponentsBuilder.fromUriString("/results?" + query).build().getQueryParams();
    }

    static Answers read(String query) {
        ResultsLink.Read link = ResultsLink.read(KBS, parameters(query));
        assertThat(link.kb()).isSameAs(KB);
        return link.answers();
    }

    static String canonical(Answers answers) {
        return ResultsLink.query(KB, answers);
    }

    @Nested
    class TheCanonicalForm {

        @Test
        void carriesOnlyNonZeroWeightsInCriterionOrder() {
            assertThat(canonical(read("docs=2&speed=5&safety=0"))).isEqualTo("v=2026.11.1&speed=5&docs=2");
        }

        @Test
        void listsMustHavesOnceInCriterionOrder() {
            assertThat(canonical(read("ease=1&must=docs&must=speed,ease")))
                    .isEqualTo("v=2026.11.1&ease=1&must=speed,ease,docs");
        }

        @Test
        void leavesOutTrackingParameters() {
            assertThat(ResultsLink.path(KB, read("speed=3&utm_source=chat&fbclid=x")))
                    .isEqualTo("/results?v=2026.11.1&speed=3");
        }

        @Test
        void readsBackAsTheSameAnswersForAnyAnswers() {
            Random random = new Random(11);
            for (int i = 0; i < 500; i++) {
                Answers answers = randomAnswers(random);
                String query = canonical(answers);

                assertThat(read(query)).as(query).isEqualTo(answers);
                assertThat(canonical(read(query))).as("canonical twice").isEqualTo(query);
            }
        }

        private static Answers randomAnswers(Random random) {
            Answers.Builder builder =
                    Answers.builder(KB.criteria().stream().map(Criterion::id).toList(), "");
            List<String> ids =
                    new ArrayList<>(KB.criteria().stream().map(Criterion::id).toList());
            java.util.Collections.shuffle(ids, random);
            builder.put(ids.get(0), 1 + random.nextInt(5));
            for (String id : ids.subList(1, ids.size())) {
                if (random.nextBoolean()) {
                    builder.put(id, random.nextInt(6));
                }
                if (random.nextInt(4) == 0) {
                    builder.mustHave("must", id);
                }
            }
            return builder.build();
        }
    }

    @Nested
    class TheVersion {

        @Test
        void isTheFirstPublishedOneWhenTheLinkNamesNone() {
            assertThat(ResultsLink.read(KBS, parameters("speed=3")).kb()).isSameAs(KB);
        }

        @Test
        void isTheOneTheLinkNames() {
            ResultsLink.Read link = ResultsLink.read(KBS, parameters("v=2026.12.1&typing=4"));

            assertThat(link.kb()).isSameAs(LATER);
            assertThat(ResultsLink.query(link.kb(), link.answers())).isEqualTo("v=2026.12.1&typing=4");
        }

        @Test
        void malformedIsA400NamingV() {
            assertThatThrownBy(() -> read("v=latest&speed=3"))
                    .isInstanceOf(ResponseStatusException.class)
                    .hasMessageContaining("400")
                    .hasMessageContaining("v: must be a knowledge-base version such as 2026.12.1, but was 'latest'");
        }

        @Test
        void repeatedIsA400NamingV() {
            assertThatThrownBy(() -> read("v=2026.11.1&v=2026.12.1&speed=3"))
                    .isInstanceOf(ResponseStatusException.class)
                    .hasMessageContaining("v: is given more than once");
        }

        @Test
        void unknownIsA404NamingTheKnownVersions() {
            assertThatThrownBy(() -> read("v=2027.01.1&speed=3"))
                    .isInstanceOf(UnknownVersionException.class)
                    .hasMessageContaining("404")
                    .hasMessageContaining(
                            "There is no knowledge base version '2027.01.1' here. The versions are: 2026.11.1, 2026.12.1.");
        }

        @Test
        void aCriterionOfAnotherVersionIsNamedAsSuch() {
            assertThatThrownBy(() -> read("typing=3"))
                    .asInstanceOf(type(InvalidAnswersException.class))
                    .extracting(InvalidAnswersException::problems)
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(AnswerProblem.class))
                    .containsExactly(
                            new AnswerProblem("typing", "'typing' is not a criterion in knowledge base 2026.11.1"));
        }
    }

    @Nested
    class Refused {

        @Test
        void namesEveryWrongParameterAtOnce() {
            assertThatThrownBy(() -> read("speed=9&colour=1&docs=two&ease=&must=docs,,speed"))
                    .asInstanceOf(type(InvalidAnswersException.class))
                    .extracting(InvalidAnswersException::problems)
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(AnswerProblem.class))
                    .containsExactlyInAnyOrder(
                            new AnswerProblem("speed", "must be a whole number from 0 to 5, but was 9"),
                            new AnswerProblem("colour", "'colour' is not a known criterion"),
                            new AnswerProblem("docs", "must be a whole number from 0 to 5, but was 'two'"),
                            new AnswerProblem("ease", "has no value; give a whole number from 0 to 5"),
                            new AnswerProblem(
                                    "must",
                                    "must be a comma-separated list of criterion ids such as 'admin,orm',"
                                            + " but was 'docs,,speed'"));
        }

        @Test
        void aWeightGivenTwice() {
            assertThatThrownBy(() -> read("speed=1&speed=2")).hasMessageContaining("speed: is given more than once");
        }
    }

    @Nested
    class Prefilling {

        @Test
        void keepsWhatIsValidGivesEveryCriterionAWeightAndListsTheProblems() {
            ResultsLink.Prefill prefill = ResultsLink.prefill(KB, parameters("safety=4&speed=nine&must=docs"));

            Map<String, Integer> expected = new LinkedHashMap<>();
            expected.put("speed", 0);
            expected.put("safety", 4);
            expected.put("ease", 0);
            expected.put("docs", 0);
            assertThat(prefill.weights()).containsExactlyEntriesOf(expected);
            assertThat(prefill.mustHaves()).containsExactly("docs");
            assertThat(prefill.problems()).extracting(AnswerProblem::field).containsExactly("speed");
        }

        @Test
        void allowsEveryWeightToBeZeroButSaysSo() {
            ResultsLink.Prefill prefill = ResultsLink.prefill(KB, parameters("speed=0"));

            assertThat(prefill.weights()).containsOnlyKeys("speed", "safety", "ease", "docs");
            assertThat(prefill.weights().values()).containsOnly(0);
            assertThat(prefill.problems())
                    .extracting(AnswerProblem::message)
                    .containsExactly("give at least one criterion a weight above 0");
        }
    }

    @Nested
    class StoredWeights {

        @Test
        void readBackAsTheyWereWritten() {
            Map<String, Integer> weights = new LinkedHashMap<>();
            weights.put("speed", 5);
            weights.put("safety", 0);
            weights.put("docs", 2);

            String stored = ResultsLink.query(weights, List.of());

            assertThat(stored).isEqualTo("speed=5&docs=2");
            assertThat(ResultsLink.storedWeights(stored)).containsExactly(Map.entry("speed", 5), Map.entry("docs", 2));
            assertThat(ResultsLink.storedWeights("")).isEmpty();
        }
    }
}
