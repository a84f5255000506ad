package com.frameworkadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.CriterionGroup;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.Rating;
import com.frameworkadvisor.knowledge.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For seeded random knowledge bases and weights: setting a criterion's weight to its computed tie weight makes the two
 * frameworks' scores equal, and every pair left out of the list cannot tie anywhere in 0–5.
 */
class SensitivityPropertyTest {

    private static final double EPSILON = 1e-9;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void tieWeightsAreExactAndComplete(long seed) {
        Random random = new Random(seed);
        KnowledgeBase kb = randomKnowledgeBase(random);
        Weights weights = randomWeights(random, kb);
        Evaluation evaluation = new Scorer().evaluate(kb, weights);
        if (evaluation.winner() == null) {
            assertThat(evaluation.sensitivity()).isEmpty();
            return;
        }
        String winner = evaluation.winner();
        for (Sensitivity tie : evaluation.sensitivity()) {
            Map<String, Double> changed = asDoubles(weights);
            changed.put(tie.criterion(), tie.tieWeight());
            assertThat(tie.tieWeight()).isBetween(0.0, 5.0);
            assertThat(score(kb, changed, tie.framework())).isCloseTo(score(kb, changed, winner), within(EPSILON));
        }
        for (Framework other : kb.frameworks()) {
            for (Criterion criterion : kb.criteria()) {
                boolean listed = evaluation.sensitivity().stream()
                        .anyMatch(s -> s.framework().equals(other.id())
                                && s.criterion().equals(criterion.id()));
                if (!other.id().equals(winner) && !listed) {
                    assertNoTieWithin0To5(kb, weights, winner, other.id(), criterion.id());
                }
            }
        }
    }

    /** The winner's lead is linear in one weight, so it stays positive over 0–5 when it is positive at both ends. */
    private static void assertNoTieWithin0To5(
            KnowledgeBase kb, Weights weights, String winner, String other, String criterion) {
        for (double end : new double[] {0, 5}) {
            Map<String, Double> changed = asDoubles(weights);
            changed.put(criterion, end);
            double total =
                    changed.values().stream().mapToDouble(Double::doubleValue).sum();
            if (total == 0) {
                continue;
            }
            assertThat(lead(kb, changed, winner, other))
                    .as("%s over %s with %s = %s", winner, other, criterion, end)
                    .isGreaterThan(-EPSILON);
        }
    }

    private static double lead(KnowledgeBase kb, Map<String, Double> weights, String winner, String other) {
        return score(kb, weights, winner) - score(kb, weights, other);
    }

    /** The formula as the issue states it, with continuous weights. */
    private static double score(KnowledgeBase kb, Map<String, Double> weights, String framework) {
        double weighted = 0;
        double total = 0;
        for (Criterion criterion : kb.criteria()) {
            double w = weights.getOrDefault(criterion.id(), 0.0);
            weighted += w * criterion.ratingOf(framework).score();
            total += w;
        }
        return 100 * weighted / (5 * total);
    }

    private static Map<String, Double> asDoubles(Weights weights) {
        Map<String, Double> doubles = new LinkedHashMap<>();
        weights.values().forEach((id, w) -> doubles.put(id, (double) w));
        return doubles;
    }

    private static KnowledgeBase randomKnowledgeBase(Random random) {
        int frameworkCount = 2 + random.nextInt(3);
        int criterionCount = 1 + random.nextInt(8);
        List<Framework> frameworks = new ArrayList<>();
        for (int f = 0; f < frameworkCount; f++) {
            frameworks.add(new Framework("f" + f, "F" + f, "Framework " + f, "https://f.example", "MIT", 2000));
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int c = 0; c < criterionCount; c++) {
            Map<String, Rating> ratings = new LinkedHashMap<>();
            for (Framework framework : frameworks) {
                ratings.put(framework.id(), new Rating(1 + random.nextInt(9) / 2.0, "Because.", List.of("s")));
            }
            criteria.add(new Criterion("c" + c, "C" + c, "g", "How much?", "C.", 1, ratings, List.of()));
        }
        return new KnowledgeBase(
                "random-" + random.nextInt(),
                frameworks,
                List.of(new Source("s", "S", "article", null, null)),
                List.of(new CriterionGroup("g", "G")),
                criteria,
                List.of());
    }

    private static Weights randomWeights(Random random, KnowledgeBase kb) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        kb.criteria().forEach(c -> weights.put(c.id(), random.nextInt(6)));
        if (weights.values().stream().allMatch(w -> w == 0)) {
            weights.put(kb.criteria().get(0).id(), 1 + random.nextInt(5));
        }
        return new Weights(weights);
    }
}
