package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.TestKnowledgeBases;
import com.frameworkadvisor.scoring.AnswerProblem;
import com.frameworkadvisor.scoring.Answers;
import com.frameworkadvisor.scoring.InvalidAnswersException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

/** The results-link codec on the three-framework test knowledge base (criteria speed, safety, ease, docs). */
class ResultsLinkTest {

    static final KnowledgeBase KB = TestKnowledgeBases.threeFrameworks();

    static Map<String, List<String>> parameters(String query) {
        return UriComponentsBuilder.fromUriString("/results?" + query).build().getQueryParams();
    }

    static Answers read(String query) {
        return ResultsLink.read(KB, parameters(query));
    }

    @Nested
    class TheCanonicalForm {

        @Test
        void carriesOnlyNonZeroWeightsInCriterionOrder() {
            assertThat(ResultsLink.query(read("docs=2&speed=5&safety=0"))).isEqualTo("speed=5&docs=2");
        }

        @Test
        void listsMustHavesOnceInCriterionOrder() {
            assertThat(ResultsLink.query(read("ease=1&must=docs&must=speed,ease")))
                    .isEqualTo("ease=1&must=speed,ease,docs");
        }

        @Test
        void leavesOutTrackingParameters() {
            assertThat(ResultsLink.path(read("speed=3&utm_source=chat&fbclid=x")))
                    .isEqualTo("/results?speed=3");
        }

        @Test
        void readsBackAsTheSameAnswersForAnyAnswers() {
            Random random = new Random(11);
            for (int i = 0; i < 500; i++) {
                Answers answers = randomAnswers(random);
                String query = ResultsLink.query(answers);

                assertThat(read(query)).as(query).isEqualTo(answers);
                assertThat(ResultsLink.query(read(query))).as("canonical twice").isEqualTo(query);
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
