package com.frameworkadvisor.scoring;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the frameworks in the running (the answers' candidates, or else the knowledge base's defaults) by weighted
 * requirements; the others are not scored at all, so rankings, margins and sensitivity are among the candidates only.
 *
 * <p>The score of framework f is {@code 100 × Σ w_c·s_f,c ÷ (5 × Σ w_c)}: the weighted mean of its 1–5 ratings as a
 * share of the best possible 5. The contribution of criterion c is that sum's c-term, so contributions add up to the
 * score. Frameworks that meet every must-have rank above those that don't, whatever their scores.
 *
 * <p>Thread-safe: one instance serves every request.
 */
public final class Scorer {

    /** Scores closer than this are equal: they share a rank and there is no winner. */
    public static final double TIE_TOLERANCE = 1e-9;

    /** A framework rated below this on a must-have criterion fails it. */
    public static final double MUST_HAVE_RATING = 3.0;

    private static final int MAX_DECIDING_CRITERIA = 3;
    private static final double MAX_SCORE = 5.0;

    /** Those meeting every must-have first, then by score; the sort is stable, so equal scores keep the KB's order. */
    private static final Comparator<Scored> BEST_FIRST = Comparator.comparing((Scored s) -> !s.meetsMustHaves())
            .thenComparing(Comparator.comparingDouble(Scored::score).reversed());

    private final SensitivityAnalysis sensitivity = new SensitivityAnalysis();

    /** At most this many tables are kept: far more than the published versions, yet bounded when tests make many. */
    private static final int TABLES = 64;

    /**
     * The ratings of each knowledge base evaluated, newest last. The application keeps every published version for its
     * lifetime and an old result is scored with its own version and today's, so each version's table is built once
     * and kept. Copy-on-write without a lock on purpose: two threads may both build a table for a new knowledge base,
     * or one may drop the other's new table; either way each evaluation uses a right table, and a dropped one is built
     * again when next needed.
     */
    private volatile List<RatingTable> tables = List.of();

    public Evaluation evaluate(KnowledgeBase kb, Weights weights) {
        return evaluate(kb, Answers.of(weights));
    }

    public Evaluation evaluate(KnowledgeBase published, Answers answers) {
        KnowledgeBase kb = answers.ratedVersionOf(published);
        List<String> candidates = candidates(kb, answers);
        if (candidates.size() < 2) {
            throw new IllegalArgumentException("a ranking needs at least two frameworks");
        }
        RatingTable table = tableFor(kb);
        Weights weights = answers.weights();
        int[] weightOf = table.weightsOf(weights);
        int total = weights.total();
        double scale = 100.0 / (MAX_SCORE * total);
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (String candidate : candidates) {
            int f = table.frameworkIndex(candidate);
            double[] contributions = new double[table.criteria()];
            double score = 0;
            for (int c = 0; c < contributions.length; c++) {
                contributions[c] = scale * weightOf[c] * table.score(f, c);
                score += contributions[c];
            }
            scored.add(new Scored(f, score, contributions, failedMustHaves(table, f, answers.mustHaves())));
        }
        scored.sort(BEST_FIRST);
        List<FrameworkScore> ranking = rank(table, scored);

        FrameworkScore first = ranking.get(0);
        FrameworkScore second = ranking.get(1);
        if (second.rank() == 1) {
            return new Evaluation(kb.version(), answers, ranking, null, 0.0, List.of(), List.of());
        }
        return new Evaluation(
                kb.version(),
                answers,
                ranking,
                first.framework(),
                first.score() - second.score(),
                decidingCriteria(table, scored.get(0), scored.get(1)),
                sensitivity.of(table, weightOf, total, first, ranking.subList(1, ranking.size())));
    }

    /** The ids to rank, in the knowledge base's order (so equal scores keep it); an unknown id is a programming error. */
    private static List<String> candidates(KnowledgeBase kb, Answers answers) {
        if (answers.candidates().isEmpty()) {
            return kb.candidatesByDefault();
        }
        List<String> ordered = kb.inFrameworkOrder(answers.candidates());
        if (ordered.size() != answers.candidates().size()) {
            throw new IllegalArgumentException("not frameworks of knowledge base " + kb.version() + ": "
                    + answers.candidates().stream()
                            .filter(id -> !ordered.contains(id))
                            .toList());
        }
        return ordered;
    }

    private RatingTable tableFor(KnowledgeBase kb) {
        List<RatingTable> known = tables;
        for (RatingTable table : known) {
            if (table.isFor(kb)) {
                return table;
            }
        }
        RatingTable built = new RatingTable(kb);
        List<RatingTable> more = new ArrayList<>(known.subList(Math.max(0, known.size() - TABLES + 1), known.size()));
        more.add(built);
        tables = List.copyOf(more);
        return built;
    }

    private static List<String> failedMustHaves(RatingTable table, int framework, List<String> mustHaves) {
        if (mustHaves.isEmpty()) {
            return List.of();
        }
        List<String> failed = new ArrayList<>();
        for (String criterionId : mustHaves) {
            if (table.score(framework, table.criterionIndex(criterionId)) < MUST_HAVE_RATING) {
                failed.add(criterionId);
            }
        }
        return failed;
    }

    private static List<FrameworkScore> rank(RatingTable table, List<Scored> sorted) {
        List<FrameworkScore> ranking = new ArrayList<>(sorted.size());
        int rank = 1;
        for (int i = 0; i < sorted.size(); i++) {
            Scored current = sorted.get(i);
            Scored previous = i == 0 ? null : sorted.get(i - 1);
            if (previous != null
                    && (previous.score() - current.score() > TIE_TOLERANCE
                            || previous.meetsMustHaves() != current.meetsMustHaves())) {
                rank = i + 1;
            }
            ranking.add(new FrameworkScore(
                    table.frameworkId(current.framework()),
                    rank,
                    current.score(),
                    new Contributions(table, current.contributions()),
                    current.failedMustHaves()));
        }
        return ranking;
    }

    /**
     * The criteria with the largest positive advantage {@code first − second}, largest first, at most three; equal
     * advantages keep the criterion order (as a stable sort would), because the first of equals wins each round.
     */
    private static List<String> decidingCriteria(RatingTable table, Scored first, Scored second) {
        double[] advantage = new double[table.criteria()];
        for (int c = 0; c < advantage.length; c++) {
            advantage[c] = first.contributions()[c] - second.contributions()[c];
        }
        List<String> deciding = new ArrayList<>(MAX_DECIDING_CRITERIA);
        boolean[] taken = new boolean[advantage.length];
        while (deciding.size() < MAX_DECIDING_CRITERIA) {
            int best = -1;
            for (int c = 0; c < advantage.length; c++) {
                if (!taken[c] && advantage[c] > TIE_TOLERANCE && (best < 0 || advantage[c] > advantage[best])) {
                    best = c;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            deciding.add(table.criterionId(best));
        }
        return deciding;
    }

    /**
     * A framework's score before ranking, by its position in the knowledge base. {@code contributions} become the
     * ranked {@link FrameworkScore}'s, so nothing changes them after scoring.
     */
    private record Scored(int framework, double score, double[] contributions, List<String> failedMustHaves) {

        boolean meetsMustHaves() {
            return failedMustHaves.isEmpty();
        }
    }
}
