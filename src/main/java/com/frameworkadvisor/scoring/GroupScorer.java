package com.frameworkadvisor.scoring;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Combines the answers of the members of a team decision room.
 *
 * <p>Each member's weights are normalised to sum to 1 and the group weight of a criterion is the mean of those
 * normalised weights, so every member has an equal voice however high they answer. A framework's group score is the
 * mean of the members' own {@link Scorer} scores, which is the same as scoring it with the group weights:
 * {@code mean_m 20·Σ_c (w_m,c ÷ Σw_m)·s_f,c = 20·Σ_c g_c·s_f,c}.
 */
public final class GroupScorer {

    /** A criterion whose highest and lowest member answers are at least this far apart is disputed. */
    public static final int DISPUTED_SPREAD = 3;

    private final Scorer scorer;

    public GroupScorer(Scorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    /**
     * The group's result for these members.
     *
     * @throws IllegalArgumentException when there are no members, two members share an id, or a member weighs a
     *     criterion the knowledge base does not have
     */
    public GroupEvaluation evaluate(KnowledgeBase kb, List<MemberAnswers> members) {
        return evaluate(kb, List.of(), members);
    }

    /**
     * The group's result for these members with only these frameworks in the running, for every member alike.
     *
     * @param candidates framework ids of the knowledge base; empty means its default candidates
     */
    public GroupEvaluation evaluate(KnowledgeBase kb, List<String> candidates, List<MemberAnswers> members) {
        check(kb, members);
        List<MemberResult> results = members.stream()
                .map(m -> new MemberResult(
                        m.id(),
                        m.name(),
                        scorer.evaluate(kb, Answers.of(m.weights()).withCandidates(candidates))))
                .toList();
        List<Evaluation> evaluations =
                results.stream().map(MemberResult::evaluation).toList();
        List<String> running = candidates.isEmpty() ? kb.candidatesByDefault() : kb.inFrameworkOrder(candidates);
        List<GroupRank> ranking = rank(running, evaluations);
        String winner = winner(ranking);
        return new GroupEvaluation(
                results,
                ranking,
                winner,
                groupWeights(kb, members),
                firstChoiceShare(running, evaluations),
                pivotalMembers(running, results, winner),
                spreads(kb, members));
    }

    private static void check(KnowledgeBase kb, List<MemberAnswers> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a group needs at least one member");
        }
        Set<String> ids = new HashSet<>();
        for (MemberAnswers member : members) {
            if (!ids.add(member.id())) {
                throw new IllegalArgumentException("member id " + member.id() + " is given more than once");
            }
            for (String criterion : member.weights().values().keySet()) {
                if (kb.criterion(criterion).isEmpty()) {
                    throw new IllegalArgumentException(
                            "member " + member.id() + " weighs unknown criterion " + criterion);
                }
            }
        }
    }

    /** Mean scores, best first, stable in knowledge base order, with competition ranks as {@link Scorer} gives them. */
    private static List<GroupRank> rank(List<String> running, List<Evaluation> evaluations) {
        Map<String, Double> sums = new LinkedHashMap<>();
        running.forEach(id -> sums.put(id, 0.0));
        for (Evaluation evaluation : evaluations) {
            evaluation.ranking().forEach(s -> sums.merge(s.framework(), s.score(), Double::sum));
        }
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(sums.entrySet());
        sorted.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> e.getValue())
                .reversed());
        List<GroupRank> ranking = new ArrayList<>();
        int rank = 1;
        double previous = 0;
        for (int i = 0; i < sorted.size(); i++) {
            double score = sorted.get(i).getValue() / evaluations.size();
            if (i > 0 && previous - score > Scorer.TIE_TOLERANCE) {
                rank = i + 1;
            }
            ranking.add(new GroupRank(sorted.get(i).getKey(), rank, score));
            previous = score;
        }
        return ranking;
    }

    private static String winner(List<GroupRank> ranking) {
        return ranking.size() > 1 && ranking.get(1).rank() == 1
                ? null
                : ranking.get(0).framework();
    }

    /**
     * {@code Σ_m w_m,c ÷ Σw_m} over a common denominator, divided once: equal group weights are then equal doubles,
     * so ties among them keep the knowledge base's order.
     */
    private static Map<String, Double> groupWeights(KnowledgeBase kb, List<MemberAnswers> members) {
        BigInteger common = members.stream()
                .map(m -> BigInteger.valueOf(m.weights().total()))
                .reduce(BigInteger.ONE, (a, b) -> a.divide(a.gcd(b)).multiply(b));
        BigDecimal denominator = new BigDecimal(common.multiply(BigInteger.valueOf(members.size())));
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Criterion criterion : kb.criteria()) {
            BigInteger numerator = BigInteger.ZERO;
            for (MemberAnswers member : members) {
                BigInteger factor =
                        common.divide(BigInteger.valueOf(member.weights().total()));
                numerator = numerator.add(
                        factor.multiply(BigInteger.valueOf(member.weights().of(criterion.id()))));
            }
            weights.put(
                    criterion.id(),
                    new BigDecimal(numerator)
                            .divide(denominator, MathContext.DECIMAL128)
                            .doubleValue());
        }
        return weights;
    }

    /** A member whose own first place is shared counts for every framework sharing it. */
    private static Map<String, Double> firstChoiceShare(List<String> running, List<Evaluation> evaluations) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (String framework : running) {
            long firsts = evaluations.stream()
                    .filter(e -> e.ranking().stream()
                            .anyMatch(s -> s.rank() == 1 && s.framework().equals(framework)))
                    .count();
            shares.put(framework, (double) firsts / evaluations.size());
        }
        return shares;
    }

    private static List<String> pivotalMembers(List<String> running, List<MemberResult> results, String winner) {
        if (results.size() < 2) {
            return List.of();
        }
        List<String> pivotal = new ArrayList<>();
        for (MemberResult left : results) {
            List<Evaluation> others = results.stream()
                    .filter(r -> r != left)
                    .map(MemberResult::evaluation)
                    .toList();
            if (!Objects.equals(winner(rank(running, others)), winner)) {
                pivotal.add(left.id());
            }
        }
        return pivotal;
    }

    private static List<CriterionSpread> spreads(KnowledgeBase kb, List<MemberAnswers> members) {
        List<CriterionSpread> spreads = new ArrayList<>();
        for (Criterion criterion : kb.criteria()) {
            int[] answers = members.stream()
                    .mapToInt(m -> m.weights().of(criterion.id()))
                    .toArray();
            double mean = (double) Arrays.stream(answers).sum() / answers.length;
            double squares = Arrays.stream(answers)
                    .mapToDouble(a -> (a - mean) * (a - mean))
                    .sum();
            int min = Arrays.stream(answers).min().orElseThrow();
            int max = Arrays.stream(answers).max().orElseThrow();
            spreads.add(new CriterionSpread(
                    criterion.id(), mean, min, max, Math.sqrt(squares / answers.length), max - min >= DISPUTED_SPREAD));
        }
        // Stable: equal ranges, and all undisputed criteria, keep the knowledge base's order.
        spreads.sort(Comparator.comparing((CriterionSpread s) -> !s.disputed())
                .thenComparingInt(s -> s.disputed() ? -s.range() : 0));
        return spreads;
    }
}
