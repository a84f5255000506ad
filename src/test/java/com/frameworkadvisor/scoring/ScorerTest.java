package com.frameworkadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.TestKnowledgeBases;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed numbers on the three-framework test knowledge base: Alpha, Beta and Gamma rated on speed (5, 3, 1),
 * safety (1, 3, 5) and ease (4, 3, 1).
 */
class ScorerTest {

    private static final Offset<Double> EXACT = within(1e-9);
    private final KnowledgeBase kb = TestKnowledgeBases.threeFrameworks();
    private final Scorer scorer = new Scorer();

    private Evaluation evaluate(Map<String, Integer> answers) {
        Answers.Builder builder = Answers.builder(List.of("speed", "safety", "ease"), "");
        answers.forEach(builder::put);
        return scorer.evaluate(kb, builder.build());
    }

    @Nested
    class Candidates {

        private Evaluation evaluateAmong(Map<String, Integer> answers, List<String> candidates) {
            Answers.Builder builder = Answers.builder(List.of("speed", "safety", "ease"), "");
            answers.forEach(builder::put);
            return scorer.evaluate(kb, builder.candidates(candidates).build());
        }

        @Test
        void onlyTheCandidatesAreRankedInTheKnowledgeBasesOrderWhenTied() {
            Evaluation evaluation = evaluateAmong(Map.of("ease", 3), List.of("gamma", "beta"));

            assertThat(evaluation.ranking())
                    .extracting(FrameworkScore::framework)
                    .containsExactly("beta", "gamma");
            assertThat(evaluation.ranking()).extracting(FrameworkScore::score).containsExactly(60.0, 20.0);
        }

        @Test
        void marginAndSensitivityAreAmongTheCandidatesAlone() {
            // Without Alpha (speed 5), Beta wins on speed; only Gamma can catch it, by safety.
            Evaluation evaluation = evaluateAmong(Map.of("speed", 4), List.of("beta", "gamma"));

            assertThat(evaluation.winner()).isEqualTo("beta");
            assertThat(evaluation.margin()).isCloseTo(40.0, EXACT);
            assertThat(evaluation.sensitivity())
                    .extracting(Sensitivity::framework)
                    .containsOnly("gamma");
        }

        @Test
        void noneChosenMeansTheKnowledgeBasesDefaults() {
            assertThat(evaluateAmong(Map.of("speed", 4), List.of()).ranking()).hasSize(3);
        }

        @Test
        void aFrameworkTheKnowledgeBaseDoesNotHaveIsRefused() {
            assertThatThrownBy(() -> evaluateAmong(Map.of("speed", 4), List.of("alpha", "delta")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("delta");
        }

        @Test
        void fewerThanTwoAreRefused() {
            assertThatThrownBy(() -> evaluateAmong(Map.of("speed", 4), List.of("alpha")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least two");
        }
    }

    @Nested
    class OneWeightedCriterion {

        private final Evaluation evaluation = evaluate(Map.of("speed", 4));

        @Test
        void scoresEachFrameworkByItsRatingAlone() {
            // 100 × 4·s ÷ (5 × 4) = 20·s
            assertThat(evaluation.ranking())
                    .extracting(FrameworkScore::framework)
                    .containsExactly("alpha", "beta", "gamma");
            assertThat(evaluation.ranking()).extracting(FrameworkScore::score).containsExactly(100.0, 60.0, 20.0);
            assertThat(evaluation.ranking()).extracting(FrameworkScore::rank).containsExactly(1, 2, 3);
        }

        @Test
        void namesTheWinnerAndMargin() {
            assertThat(evaluation.winner()).isEqualTo("alpha");
            assertThat(evaluation.margin()).isCloseTo(40.0, EXACT);
            assertThat(evaluation.decidingCriteria()).containsExactly("speed");
        }

        @Test
        void givesUnweightedCriteriaNoContribution() {
            assertThat(evaluation.first().contributions())
                    .containsEntry("speed", 100.0)
                    .containsEntry("safety", 0.0)
                    .containsEntry("ease", 0.0);
        }
    }

    @Nested
    class AllWeightsFive {

        private final Evaluation evaluation = evaluate(Map.of("speed", 5, "safety", 5, "ease", 5));

        @Test
        void scoresAreTheMeanRatingAsAShareOfFive() {
            // Alpha (5+1+4)/15 = 2/3, Beta 9/15 = 3/5, Gamma (1+5+1)/15 = 7/15
            assertThat(evaluation.first().score()).isCloseTo(200.0 / 3, EXACT);
            assertThat(evaluation.runnerUp().score()).isCloseTo(60.0, EXACT);
            assertThat(evaluation.ranking().get(2).score()).isCloseTo(140.0 / 3, EXACT);
            assertThat(evaluation.margin()).isCloseTo(20.0 / 3, EXACT);
        }

        @Test
        void contributionsAddUpToTheScore() {
            for (FrameworkScore score : evaluation.ranking()) {
                double sum = score.contributions().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();
                assertThat(sum).isCloseTo(score.score(), EXACT);
            }
            assertThat(evaluation.first().contributions())
                    .hasEntrySatisfying("speed", v -> assertThat(v).isCloseTo(100.0 / 3, EXACT))
                    .hasEntrySatisfying("safety", v -> assertThat(v).isCloseTo(20.0 / 3, EXACT))
                    .hasEntrySatisfying("ease", v -> assertThat(v).isCloseTo(80.0 / 3, EXACT));
        }

        @Test
        void decidingCriteriaAreTheWinnersLargestGainsOverTheRunnerUp() {
            // Alpha over Beta: speed +13.3, ease +6.7, safety −13.3 (a loss, so not deciding)
            assertThat(evaluation.decidingCriteria()).containsExactly("speed", "ease");
        }
    }

    @Nested
    class Ties {

        @Test
        void equalScoresShareTheRankAndTheNextRankIsSkipped() {
            // Alpha 5+2+8 = 15, Beta 3+6+6 = 15, Gamma 1+10+2 = 13, out of 5 × 5
            Evaluation evaluation = evaluate(Map.of("speed", 1, "safety", 2, "ease", 2));

            assertThat(evaluation.ranking()).extracting(FrameworkScore::rank).containsExactly(1, 1, 3);
            assertThat(evaluation.ranking())
                    .extracting(FrameworkScore::score)
                    .satisfiesExactly(
                            a -> assertThat(a).isCloseTo(60.0, EXACT),
                            b -> assertThat(b).isCloseTo(60.0, EXACT),
                            c -> assertThat(c).isCloseTo(52.0, EXACT));
        }

        @Test
        void aSharedFirstPlaceHasNoWinnerNoMarginAndNoDecidingCriteria() {
            Evaluation evaluation = evaluate(Map.of("speed", 1, "safety", 1));

            assertThat(evaluation.ranking()).extracting(FrameworkScore::rank).containsExactly(1, 1, 1);
            assertThat(evaluation.winner()).isNull();
            assertThat(evaluation.winnerId()).isEmpty();
            assertThat(evaluation.margin()).isZero();
            assertThat(evaluation.decidingCriteria()).isEmpty();
        }

        @Test
        void tiedFrameworksKeepTheKnowledgeBaseOrder() {
            Evaluation evaluation = evaluate(Map.of("speed", 1, "safety", 1));

            assertThat(evaluation.ranking())
                    .extracting(FrameworkScore::framework)
                    .containsExactly("alpha", "beta", "gamma");
        }
    }

    @Nested
    class Inputs {

        @Test
        void allWeightsZeroAreRejected() {
            Answers.Builder builder = Answers.builder(List.of("speed", "safety", "ease"), "")
                    .put("speed", 0)
                    .put("safety", 0);

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidAnswersException.class)
                    .hasMessageContaining("give at least one criterion a weight above 0");
        }

        @Test
        void noAnswersAtAllAreRejectedToo() {
            assertThatThrownBy(() -> Answers.builder(List.of("speed"), "").build())
                    .isInstanceOf(InvalidAnswersException.class);
        }

        @Test
        void theVersionOfTheKnowledgeBaseIsStated() {
            assertThat(evaluate(Map.of("ease", 1)).knowledgeBaseVersion()).isEqualTo("test-1");
        }
    }
}
