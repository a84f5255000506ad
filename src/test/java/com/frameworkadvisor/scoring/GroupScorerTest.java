package com.frameworkadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.TestKnowledgeBases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-computed numbers on the three-framework test knowledge base: Alpha, Beta and Gamma rated on speed (5, 3, 1),
 * safety (1, 3, 5), ease (4, 3, 1) and docs (3, 3, 2). A member's score is {@code 20 × Σ (w_c ÷ Σw) × s_c}.
 */
class GroupScorerTest {

    private static final Offset<Double> EXACT = within(1e-9);
    private final KnowledgeBase kb = TestKnowledgeBases.threeFrameworks();
    private final GroupScorer groupScorer = new GroupScorer(new Scorer());

    private static MemberAnswers member(String id, Map<String, Integer> weights) {
        return new MemberAnswers(id, id.toUpperCase(), new Weights(weights));
    }

    private GroupEvaluation evaluate(MemberAnswers... members) {
        return groupScorer.evaluate(kb, List.of(members));
    }

    private static double scoreOf(GroupEvaluation group, String framework) {
        return group.ranking().stream()
                .filter(r -> r.framework().equals(framework))
                .findFirst()
                .orElseThrow()
                .score();
    }

    @Nested
    class Candidates {

        @Test
        void rankEveryBallotAndTheGroupAmongThemAlone() {
            GroupEvaluation group = groupScorer.evaluate(
                    kb,
                    List.of("gamma", "alpha"),
                    List.of(member("a", Map.of("speed", 5)), member("b", Map.of("ease", 5))));

            assertThat(group.ranking()).extracting(GroupRank::framework).containsExactly("alpha", "gamma");
            assertThat(group.members())
                    .allSatisfy(m -> assertThat(m.evaluation().ranking()).hasSize(2));
            assertThat(group.firstChoiceShare()).containsOnlyKeys("alpha", "gamma");
        }
    }

    @Nested
    class EqualVoice {

        @Test
        void aMemberAnsweringFivesWeighsNoMoreThanOneAnsweringOnes() {
            // Loud: speed 5, safety 5 → ½, ½. Quiet: ease 1 → 1. Group: speed ¼, safety ¼, ease ½, docs 0.
            // (Pooling the raw answers would give ease only 1/11.)
            GroupEvaluation group =
                    evaluate(member("loud", Map.of("speed", 5, "safety", 5)), member("quiet", Map.of("ease", 1)));

            assertThat(group.groupWeights())
                    .containsExactly(
                            entry("speed", 0.25), entry("safety", 0.25), entry("ease", 0.5), entry("docs", 0.0));
        }

        @Test
        void answeringInOnesOrFivesGivesTheSameGroupResult() {
            GroupEvaluation fives =
                    evaluate(member("a", Map.of("speed", 5, "safety", 5)), member("b", Map.of("ease", 1)));
            GroupEvaluation ones =
                    evaluate(member("a", Map.of("speed", 1, "safety", 1)), member("b", Map.of("ease", 1)));

            assertThat(ones.groupWeights()).isEqualTo(fives.groupWeights());
            assertThat(ones.ranking()).isEqualTo(fives.ranking());
        }

        @Test
        void groupWeightsAreTheMeanOfNormalisedWeightsAndSumToOne() {
            // A speed 4 → speed 1. B safety 2, ease 2 → ½, ½. C safety 1, docs 3 → ¼, ¾.
            // speed (1+0+0)/3 = 1/3, safety (0+½+¼)/3 = ¼, ease (0+½+0)/3 = 1/6, docs (0+0+¾)/3 = ¼
            GroupEvaluation group = evaluate(
                    member("a", Map.of("speed", 4)),
                    member("b", Map.of("safety", 2, "ease", 2)),
                    member("c", Map.of("safety", 1, "docs", 3)));

            assertThat(group.groupWeights()).containsOnlyKeys("speed", "safety", "ease", "docs");
            assertThat(group.groupWeights().keySet()).containsExactly("speed", "safety", "ease", "docs");
            assertThat(group.groupWeights().get("speed")).isCloseTo(1.0 / 3, EXACT);
            assertThat(group.groupWeights().get("safety")).isCloseTo(0.25, EXACT);
            assertThat(group.groupWeights().get("ease")).isCloseTo(1.0 / 6, EXACT);
            assertThat(group.groupWeights().get("docs")).isCloseTo(0.25, EXACT);
            assertThat(group.groupWeights().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum())
                    .isCloseTo(1.0, EXACT);
        }
    }

    @Nested
    class GroupScores {

        // A speed 4:          Alpha 100, Beta 60, Gamma 20
        // B safety 2, ease 2: Alpha 20×(½+2) = 50, Beta 60, Gamma 20×(5/2+½) = 60
        // C safety 1, docs 3: Alpha 20×(¼+9/4) = 50, Beta 60, Gamma 20×(5/4+3/2) = 55
        private final GroupEvaluation group = evaluate(
                member("a", Map.of("speed", 4)),
                member("b", Map.of("safety", 2, "ease", 2)),
                member("c", Map.of("safety", 1, "docs", 3)));

        @Test
        void aFrameworksGroupScoreIsTheMeanOfTheMembersScores() {
            // Alpha (100+50+50)/3 = 200/3, Beta 60, Gamma (20+60+55)/3 = 45
            assertThat(group.ranking()).extracting(GroupRank::framework).containsExactly("alpha", "beta", "gamma");
            assertThat(group.ranking()).extracting(GroupRank::rank).containsExactly(1, 2, 3);
            assertThat(scoreOf(group, "alpha")).isCloseTo(200.0 / 3, EXACT);
            assertThat(scoreOf(group, "beta")).isCloseTo(60.0, EXACT);
            assertThat(scoreOf(group, "gamma")).isCloseTo(45.0, EXACT);
            assertThat(group.winner()).isEqualTo("alpha");
        }

        @Test
        void theGroupScoreIsAlsoTheScoreUnderTheGroupWeights() {
            // Alpha 20×(5/3 + ¼ + 4/6 + ¾) = 20×10/3 = 200/3
            double alpha = 20
                    * (group.groupWeights().get("speed") * 5
                            + group.groupWeights().get("safety") * 1
                            + group.groupWeights().get("ease") * 4
                            + group.groupWeights().get("docs") * 3);

            assertThat(alpha).isCloseTo(scoreOf(group, "alpha"), EXACT);
        }

        @Test
        void eachMemberKeepsTheirOwnEvaluationInTheOrderGiven() {
            assertThat(group.members()).extracting(MemberResult::id).containsExactly("a", "b", "c");
            assertThat(group.members()).extracting(MemberResult::name).containsExactly("A", "B", "C");
            // B has Beta and Gamma level at 60, so no winner of their own.
            assertThat(group.members()).extracting(MemberResult::winner).containsExactly("alpha", null, "beta");
            assertThat(group.members())
                    .extracting(MemberResult::topScore)
                    .satisfiesExactly(
                            a -> assertThat(a).isCloseTo(100.0, EXACT),
                            b -> assertThat(b).isCloseTo(60.0, EXACT),
                            c -> assertThat(c).isCloseTo(60.0, EXACT));
        }
    }

    @Nested
    class Spread {

        @Test
        void meanMinMaxAndPopulationStandardDeviationOfTheRawAnswers() {
            // speed 1, 2, 4, 5: mean 3; deviations −2, −1, 1, 2; squares 4+1+1+4 = 10; 10/4 = 2.5, √2.5 ≈ 1.5811
            // (the sample deviation would be √(10/3) ≈ 1.8257)
            GroupEvaluation group = evaluate(
                    member("a", Map.of("speed", 1, "safety", 3)),
                    member("b", Map.of("speed", 2, "safety", 3)),
                    member("c", Map.of("speed", 4, "safety", 3)),
                    member("d", Map.of("speed", 5, "safety", 3)));

            CriterionSpread speed = spreadOf(group, "speed");
            assertThat(speed.mean()).isCloseTo(3.0, EXACT);
            assertThat(speed.min()).isEqualTo(1);
            assertThat(speed.max()).isEqualTo(5);
            assertThat(speed.range()).isEqualTo(4);
            assertThat(speed.stdDev()).isCloseTo(Math.sqrt(2.5), EXACT);
            assertThat(speed.disputed()).isTrue();

            CriterionSpread safety = spreadOf(group, "safety");
            assertThat(safety).isEqualTo(new CriterionSpread("safety", 3.0, 3, 3, 0.0, false));
        }

        @Test
        void everyCriterionIsListedEvenOneNobodyWeighs() {
            GroupEvaluation group = evaluate(member("a", Map.of("speed", 1)), member("b", Map.of("speed", 2)));

            assertThat(group.criteria())
                    .extracting(CriterionSpread::criterion)
                    .containsExactlyInAnyOrder("speed", "safety", "ease", "docs");
            assertThat(spreadOf(group, "docs")).isEqualTo(new CriterionSpread("docs", 0.0, 0, 0, 0.0, false));
        }

        @Test
        void disputedCriteriaComeFirstWidestRangeFirstAndEqualRangesInKnowledgeBaseOrder() {
            // X speed 1, safety 0, ease 5, docs 4; Y speed 4, safety 5, ease 2, docs 4
            // ranges: speed 3, safety 5, ease 3, docs 0
            GroupEvaluation group = evaluate(
                    member("x", Map.of("speed", 1, "safety", 0, "ease", 5, "docs", 4)),
                    member("y", Map.of("speed", 4, "safety", 5, "ease", 2, "docs", 4)));

            assertThat(group.criteria())
                    .extracting(CriterionSpread::criterion)
                    .containsExactly("safety", "speed", "ease", "docs");
            assertThat(group.criteria()).extracting(CriterionSpread::range).containsExactly(5, 3, 3, 0);
            assertThat(group.criteria()).extracting(CriterionSpread::disputed).containsExactly(true, true, true, false);
        }

        @Test
        void aRangeOfTwoIsNotDisputedAndUndisputedCriteriaKeepKnowledgeBaseOrder() {
            // X speed 5, safety 2, ease 0, docs 1; Y speed 5, safety 0, ease 4, docs 3
            // ranges: speed 0, safety 2, ease 4, docs 2 → only ease is disputed
            GroupEvaluation group = evaluate(
                    member("x", Map.of("speed", 5, "safety", 2, "ease", 0, "docs", 1)),
                    member("y", Map.of("speed", 5, "safety", 0, "ease", 4, "docs", 3)));

            assertThat(group.criteria())
                    .extracting(CriterionSpread::criterion)
                    .containsExactly("ease", "speed", "safety", "docs");
            assertThat(group.criteria())
                    .extracting(CriterionSpread::disputed)
                    .containsExactly(true, false, false, false);
            assertThat(GroupScorer.DISPUTED_SPREAD).isEqualTo(3);
        }

        private static CriterionSpread spreadOf(GroupEvaluation group, String criterion) {
            return group.criteria().stream()
                    .filter(s -> s.criterion().equals(criterion))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Nested
    class FirstChoiceShares {

        // A speed 1:                   Alpha 100, Beta 60, Gamma 20 → Alpha first
        // B speed 1, safety 2, ease 2: Alpha 60, Beta 60, Gamma 52 → Alpha and Beta share first
        // C speed 1:                   Alpha first
        // D ease 1:                    Alpha 80, Beta 60, Gamma 20 → Alpha first
        private final GroupEvaluation group = evaluate(
                member("a", Map.of("speed", 1)),
                member("b", Map.of("speed", 1, "safety", 2, "ease", 2)),
                member("c", Map.of("speed", 1)),
                member("d", Map.of("ease", 1)));

        @Test
        void aSharedFirstPlaceCountsForEachFrameworkSharingIt() {
            // Alpha 4/4, Beta 1/4 (B only), Gamma 0/4: together 1.25
            assertThat(group.firstChoiceShare())
                    .containsExactly(entry("alpha", 1.0), entry("beta", 0.25), entry("gamma", 0.0));
        }

        @Test
        void theGroupRankingStillUsesMeanScores() {
            // Alpha (100+60+100+80)/4 = 85, Beta 60, Gamma (20+52+20+20)/4 = 28
            assertThat(group.ranking())
                    .extracting(GroupRank::score)
                    .satisfiesExactly(
                            a -> assertThat(a).isCloseTo(85.0, EXACT),
                            b -> assertThat(b).isCloseTo(60.0, EXACT),
                            c -> assertThat(c).isCloseTo(28.0, EXACT));
        }
    }

    @Nested
    class PivotalMembers {

        @Test
        void aMemberWithoutWhomTheWinnerWouldBeATieIsPivotal() {
            // A speed 1: Alpha 100, Beta 60, Gamma 20. B and C speed 1, safety 1: all three 60.
            // Group: Alpha 220/3, Beta 60, Gamma 140/3 → Alpha.
            // Without A: all 60 → no winner, so A is pivotal. Without B (or C): Alpha 80, Beta 60, Gamma 40 → Alpha.
            GroupEvaluation group = evaluate(
                    member("a", Map.of("speed", 1)),
                    member("b", Map.of("speed", 1, "safety", 1)),
                    member("c", Map.of("speed", 1, "safety", 1)));

            assertThat(group.winner()).isEqualTo("alpha");
            assertThat(group.pivotalMembers()).containsExactly("a");
        }

        @Test
        void nobodyIsPivotalWhenEveryoneWantsTheSameWinner() {
            // Alpha is first for each: speed 1 (100/60/20), ease 1 (80/60/20), speed 2 + docs 1 (86.7/60/20)
            GroupEvaluation group = evaluate(
                    member("a", Map.of("speed", 1)),
                    member("b", Map.of("ease", 1)),
                    member("c", Map.of("speed", 2, "docs", 1)));

            assertThat(group.winner()).isEqualTo("alpha");
            assertThat(group.pivotalMembers()).isEmpty();
        }
    }

    @Nested
    class GroupTie {

        // A speed 1: Alpha 100, Beta 60, Gamma 20; B safety 1: 20, 60, 100; C docs 1: 60, 60, 40
        // Group: Alpha 180/3 = 60, Beta 60, Gamma 160/3 ≈ 53.3
        private final GroupEvaluation group = evaluate(
                member("a", Map.of("speed", 1)), member("b", Map.of("safety", 1)), member("c", Map.of("docs", 1)));

        @Test
        void aSharedFirstPlaceHasNoWinnerAndTheNextRankIsSkipped() {
            assertThat(group.winner()).isNull();
            assertThat(group.ranking()).extracting(GroupRank::framework).containsExactly("alpha", "beta", "gamma");
            assertThat(group.ranking()).extracting(GroupRank::rank).containsExactly(1, 1, 3);
            assertThat(scoreOf(group, "gamma")).isCloseTo(160.0 / 3, EXACT);
        }

        @Test
        void turningATieIntoAWinnerIsPivotal() {
            // Without A: Alpha 40, Beta 60, Gamma 70 → Gamma. Without B: Alpha 80 → Alpha. Without C: all 60 → still a
            // tie.
            assertThat(group.pivotalMembers()).containsExactly("a", "b");
        }

        @Test
        void mostWeightedCriteriaLeaveOutUnweightedOnesAndKeepKnowledgeBaseOrderForEqualWeights() {
            // speed, safety, docs ⅓ each; ease 0
            assertThat(group.mostWeightedCriteria(10)).containsExactly("speed", "safety", "docs");
            assertThat(group.mostWeightedCriteria(2)).containsExactly("speed", "safety");
            assertThat(group.mostWeightedCriteria(0)).isEmpty();
        }

        @Test
        void mostWeightedCriteriaPutTheHighestGroupWeightFirst() {
            // docs: (0 + ¾)/2 = 3/8, speed: (1 + 0)/2 = ½, safety ¼/2 = 1/8
            GroupEvaluation weighted =
                    evaluate(member("a", Map.of("speed", 2)), member("b", Map.of("safety", 1, "docs", 3)));

            assertThat(weighted.mostWeightedCriteria(3)).containsExactly("speed", "docs", "safety");
        }
    }

    @Nested
    class SingleMember {

        // speed 4, ease 1 → 0.8, 0.2: Alpha 20×(4+0.8) = 96, Beta 60, Gamma 20×(0.8+0.2) = 20
        private final GroupEvaluation group = evaluate(member("solo", Map.of("speed", 4, "ease", 1)));

        @Test
        void theGroupResultIsTheMembersOwn() {
            assertThat(group.groupWeights())
                    .containsExactly(entry("speed", 0.8), entry("safety", 0.0), entry("ease", 0.2), entry("docs", 0.0));
            assertThat(group.ranking())
                    .extracting(GroupRank::score)
                    .satisfiesExactly(
                            a -> assertThat(a).isCloseTo(96.0, EXACT),
                            b -> assertThat(b).isCloseTo(60.0, EXACT),
                            c -> assertThat(c).isCloseTo(20.0, EXACT));
            assertThat(group.winner())
                    .isEqualTo("alpha")
                    .isEqualTo(group.members().get(0).winner());
            assertThat(group.firstChoiceShare())
                    .containsExactly(entry("alpha", 1.0), entry("beta", 0.0), entry("gamma", 0.0));
        }

        @Test
        void nobodyIsPivotalAndNothingIsDisputed() {
            assertThat(group.pivotalMembers()).isEmpty();
            assertThat(group.criteria()).allSatisfy(s -> {
                assertThat(s.disputed()).isFalse();
                assertThat(s.stdDev()).isZero();
            });
        }
    }

    @Nested
    class Inputs {

        @Test
        void anEmptyGroupIsRejected() {
            assertThatThrownBy(() -> groupScorer.evaluate(kb, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least one member");
        }

        @Test
        void aRepeatedMemberIdIsRejected() {
            assertThatThrownBy(() -> evaluate(member("a", Map.of("speed", 1)), member("a", Map.of("ease", 1))))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aWeightOnAnUnknownCriterionIsRejected() {
            assertThatThrownBy(() -> evaluate(member("a", Map.of("speed", 1, "colour", 2))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("colour");
        }

        @Test
        void theResultCannotBeChanged() {
            GroupEvaluation group = evaluate(member("a", Map.of("speed", 1)));

            assertThatThrownBy(() -> group.groupWeights().put("speed", 2.0))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> group.pivotalMembers().add("b")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Properties {

        static LongStream seeds() {
            return LongStream.rangeClosed(1, 200);
        }

        /** On the shipped knowledge base: scoring with the group weights gives the group score; shares are fractions. */
        @ParameterizedTest(name = "seed {0}")
        @MethodSource("seeds")
        void groupWeightsReproduceTheGroupScoresAndSharesAreFractions(long seed) {
            Random random = new Random(seed);
            KnowledgeBase shipped = TestKnowledgeBases.shipped();
            List<MemberAnswers> members = new ArrayList<>();
            int count = 1 + random.nextInt(8);
            for (int m = 0; m < count; m++) {
                Map<String, Integer> weights = new LinkedHashMap<>();
                shipped.criteria().forEach(c -> weights.put(c.id(), random.nextInt(6)));
                if (weights.values().stream().allMatch(w -> w == 0)) {
                    weights.put(
                            shipped.criteria()
                                    .get(random.nextInt(shipped.criteria().size()))
                                    .id(),
                            1 + random.nextInt(5));
                }
                members.add(new MemberAnswers("m" + m, "Member " + m, new Weights(weights)));
            }

            GroupEvaluation group = groupScorer.evaluate(shipped, members);

            for (GroupRank rank : group.ranking()) {
                double viaGroupWeights = 0;
                for (Criterion criterion : shipped.criteria()) {
                    viaGroupWeights += group.groupWeights().get(criterion.id())
                            * criterion.ratingOf(rank.framework()).score()
                            * 20;
                }
                assertThat(viaGroupWeights).as("framework %s", rank.framework()).isCloseTo(rank.score(), EXACT);
            }
            assertThat(group.groupWeights().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum())
                    .isCloseTo(1.0, EXACT);
            assertThat(group.firstChoiceShare())
                    .hasSize(shipped.frameworks().size())
                    .allSatisfy((framework, share) -> assertThat(share).isBetween(0.0, 1.0));
            assertThat(group.criteria()).hasSize(shipped.criteria().size());
        }
    }
}
