package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.KnowledgeDirectory;
import com.frameworkadvisor.scoring.Answers;
import com.frameworkadvisor.scoring.Weights;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Carrying old answers to today's knowledge, on the test knowledge directory: 2026.12.1 adds {@code async}, removes
 * {@code hiring}, and replaces {@code debugging} by {@code developer-tooling}.
 */
class CarriedAnswersTest {

    static final KnowledgeBases KBS = KnowledgeDirectory.load(Path.of("src/test/resources/knowledge/versions"));
    static final KnowledgeBase OLD = KBS.find("2026.11.1").orElseThrow();
    static final KnowledgeBase TODAY = KBS.current();

    private static CarriedAnswers carry(Map<String, Integer> weights, List<String> mustHaves) {
        return CarriedAnswers.carry(KBS, OLD, TODAY, weights, mustHaves);
    }

    private static List<String> ids(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::id).toList();
    }

    @Nested
    class ACriterionThatIsStillThere {

        @Test
        void keepsItsWeightAndMustHave() {
            CarriedAnswers carried = carry(Map.of("orm", 5, "admin", 3), List.of("admin"));

            assertThat(carried.weights()).containsEntry("orm", 5).containsEntry("admin", 3);
            assertThat(carried.mustHaves()).containsExactly("admin");
            assertThat(carried.dropped()).isEmpty();
            assertThat(carried.renamed()).isEmpty();
        }

        @Test
        void givesEveryCriterionOfTodayAWeightInTodaysOrder() {
            CarriedAnswers carried = carry(Map.of("orm", 5), List.of());

            assertThat(carried.weights().keySet())
                    .containsExactlyElementsOf(
                            TODAY.criteria().stream().map(Criterion::id).toList());
        }
    }

    @Nested
    class ACriterionThatIsGone {

        @Test
        void isDroppedAndNamedWhenItWasAnswered() {
            CarriedAnswers carried = carry(Map.of("orm", 5, "hiring", 4), List.of());

            assertThat(ids(carried.dropped())).containsExactly("hiring");
            assertThat(carried.dropped().get(0).name())
                    .isEqualTo(OLD.criterion("hiring").orElseThrow().name());
            assertThat(carried.weights()).doesNotContainKey("hiring");
        }

        @Test
        void isDroppedAsAMustHaveToo() {
            CarriedAnswers carried = carry(Map.of("orm", 5), List.of("hiring", "orm"));

            assertThat(ids(carried.dropped())).containsExactly("hiring");
            assertThat(carried.mustHaves()).containsExactly("orm");
        }

        @Test
        void isNotNamedWhenItWasNotAnswered() {
            assertThat(carry(Map.of("orm", 5, "hiring", 0), List.of()).dropped())
                    .isEmpty();
        }
    }

    @Nested
    class ACriterionNewToday {

        @Test
        void startsAtZeroAndIsNamed() {
            CarriedAnswers carried = carry(Map.of("orm", 5), List.of());

            assertThat(ids(carried.added())).containsExactly("async");
            assertThat(carried.weights()).containsEntry("async", 0);
        }

        @Test
        void isNotTheOneThatReplacesAnOldCriterion() {
            assertThat(ids(carry(Map.of("orm", 5), List.of()).added())).doesNotContain("developer-tooling");
        }
    }

    @Nested
    class ACriterionThatReplacesAnOldOne {

        @Test
        void takesItsWeightAndMustHave() {
            CarriedAnswers carried = carry(Map.of("debugging", 4), List.of("debugging"));

            assertThat(carried.weights()).containsEntry("developer-tooling", 4);
            assertThat(carried.mustHaves()).containsExactly("developer-tooling");
            assertThat(carried.dropped()).isEmpty();
            assertThat(carried.renamed()).singleElement().satisfies(r -> {
                assertThat(r.before().id()).isEqualTo("debugging");
                assertThat(r.after().id()).isEqualTo("developer-tooling");
            });
        }

        @Test
        void isNotNamedAsRenamedWhenTheOldOneWasNotAnswered() {
            assertThat(carry(Map.of("orm", 2), List.of()).renamed()).isEmpty();
        }
    }

    @Nested
    class WhenNothingSurvives {

        @Test
        void answersOnlyForGoneCriteriaLeaveNoAnswersToRankWith() {
            CarriedAnswers carried = carry(Map.of("hiring", 5), List.of());

            assertThat(carried.survives()).isFalse();
            assertThat(carried.answers()).isEmpty();
            assertThat(ids(carried.dropped())).containsExactly("hiring");
        }

        @Test
        void otherwiseTheCarriedAnswersCanBeRanked() {
            CarriedAnswers carried = carry(Map.of("hiring", 5, "orm", 1), List.of());

            assertThat(carried.survives()).isTrue();
            assertThat(carried.answers())
                    .hasValueSatisfying(a -> assertThat(a.weights().of("orm")).isEqualTo(1));
        }
    }

    @Test
    void answersOfTodaysVersionCarryOverUnchanged() {
        Answers answers = new Answers(new Weights(TODAY.defaultWeights()), List.of("async"));

        CarriedAnswers carried = CarriedAnswers.toCurrent(KBS, TODAY, answers);

        assertThat(carried.weights()).isEqualTo(TODAY.defaultWeights());
        assertThat(carried.mustHaves()).containsExactly("async");
        assertThat(carried.dropped()).isEmpty();
        assertThat(carried.added()).isEmpty();
        assertThat(carried.renamed()).isEmpty();
    }
}
