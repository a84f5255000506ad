package com.frameworkadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.TestKnowledgeBases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed tie weights on the test knowledge base: Alpha, Beta and Gamma rated on speed (5, 3, 1),
 * safety (1, 3, 5), ease (4, 3, 1) and docs (3, 3, 2). {@code t = w_c − D ÷ d_c}.
 */
class SensitivityTest {

    private final KnowledgeBase kb = TestKnowledgeBases.threeFrameworks();
    private final Scorer scorer = new Scorer();

    private Evaluation evaluate(Map<String, Integer> weights, String... mustHaves) {
        Answers.Builder builder = Answers.builder(List.of("speed", "safety", "ease", "docs"), "");
        weights.forEach(builder::put);
        for (String mustHave : mustHaves) {
            builder.mustHave("must", mustHave);
        }
        return scorer.evaluate(kb, builder.build());
    }

    @Nested
    class TieWeights {

        // Sums: Alpha 10+1+4+3 = 18, Beta 6+3+3+3 = 15, Gamma 2+5+1+2 = 10
        private final Evaluation evaluation = evaluate(Map.of("speed", 2, "safety", 1, "ease", 1, "docs", 1));

        @Test
        void listsEveryReachableTieNearestToTheUsersAnswerFirst() {
            assertThat(evaluation.winner()).isEqualTo("alpha");
            assertThat(evaluation.sensitivity())
                    .extracting(Sensitivity::criterion, Sensitivity::framework)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("speed", "beta"),
                            org.assertj.core.groups.Tuple.tuple("safety", "beta"),
                            org.assertj.core.groups.Tuple.tuple("speed", "gamma"),
                            org.assertj.core.groups.Tuple.tuple("safety", "gamma"));
        }

        @Test
        void computesTheWeightAtWhichTheTwoTie() {
            // Beta: D = 3; speed d = 2 → 2 − 3/2 = 0.5; safety d = −2 → 1 + 3/2 = 2.5
            // Gamma: D = 8; speed d = 4 → 2 − 8/4 = 0; safety d = −4 → 1 + 8/4 = 3
            assertThat(evaluation.sensitivity())
                    .extracting(Sensitivity::tieWeight)
                    .satisfiesExactly(
                            t -> assertThat(t).isCloseTo(0.5, within(1e-12)),
                            t -> assertThat(t).isCloseTo(2.5, within(1e-12)),
                            t -> assertThat(t).isCloseTo(0.0, within(1e-12)),
                            t -> assertThat(t).isCloseTo(3.0, within(1e-12)));
            assertThat(evaluation.robust()).isFalse();
        }

        @Test
        void hasNoneWhereTheTwoAreRatedTheSame() {
            // docs: Alpha and Beta are both rated 3, so d = 0
            assertThat(evaluation.sensitivity())
                    .noneMatch(
                            s -> s.criterion().equals("docs") && s.framework().equals("beta"));
        }

        @Test
        void hasNoneOutsideZeroToFive() {
            // ease, Beta: 1 − 3/1 = −2
            assertThat(evaluation.sensitivity()).noneMatch(s -> s.criterion().equals("ease"));
        }
    }

    @Nested
    class Robust {

        @Test
        void whenEveryTieWeightFallsOutsideZeroToFive() {
            // Alpha 25+4 = 29, Beta 15+3 = 18, Gamma 5+1 = 6; safety for Beta: 0 + 11/2 = 5.5, for Gamma 0 + 23/4
            Evaluation evaluation = evaluate(Map.of("speed", 5, "ease", 1));

            assertThat(evaluation.sensitivity()).isEmpty();
            assertThat(evaluation.robust()).isTrue();
        }

        @Test
        void neverWhenFirstPlaceIsShared() {
            Evaluation evaluation = evaluate(Map.of("speed", 1, "safety", 1));

            assertThat(evaluation.winner()).isNull();
            assertThat(evaluation.sensitivity()).isEmpty();
            assertThat(evaluation.robust()).isFalse();
        }

        @Test
        void aSingleWeightedCriterionCannotBeZeroedToATie() {
            // speed alone: for Beta, t = 3 − 6/2 = 0 would leave no weight at all, which is not an answer;
            // safety at 0 + 6/2 = 3 does tie (Alpha 15 + 3, Beta 9 + 9)
            assertThat(evaluate(Map.of("speed", 3)).sensitivity())
                    .extracting(Sensitivity::criterion, Sensitivity::framework, Sensitivity::tieWeight)
                    .contains(org.assertj.core.groups.Tuple.tuple("safety", "beta", 3.0))
                    .noneMatch(t -> t.toList().get(0).equals("speed"));
        }
    }

    @Nested
    class MustHaves {

        @Test
        void frameworksMeetingThemRankAboveThoseThatDontWhateverTheScores() {
            // speed alone favours Alpha, but Alpha is rated 1 on safety, a must-have
            Evaluation evaluation = evaluate(Map.of("speed", 5), "safety");

            assertThat(evaluation.ranking())
                    .extracting(FrameworkScore::framework)
                    .containsExactly("beta", "gamma", "alpha");
            assertThat(evaluation.ranking()).extracting(FrameworkScore::rank).containsExactly(1, 2, 3);
            assertThat(evaluation.winner()).isEqualTo("beta");
            assertThat(evaluation.ranking().get(2).failedMustHaves()).containsExactly("safety");
            assertThat(evaluation.first().failedMustHaves()).isEmpty();
        }

        @Test
        void aRatingOfThreeMeetsAMustHave() {
            Evaluation evaluation = evaluate(Map.of("speed", 5), "docs");

            assertThat(evaluation.ranking())
                    .extracting(FrameworkScore::failedMustHaves)
                    .containsExactly(List.of(), List.of(), List.of("docs"));
        }

        @Test
        void frameworksOnTheOtherSideOfTheLineCannotFlipTheWinner() {
            Evaluation evaluation = evaluate(Map.of("speed", 5, "safety", 1), "safety");

            assertThat(evaluation.sensitivity()).noneMatch(s -> s.framework().equals("alpha"));
        }
    }
}
