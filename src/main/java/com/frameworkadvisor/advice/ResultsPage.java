package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.Question;
import com.frameworkadvisor.knowledge.Rating;
import com.frameworkadvisor.knowledge.Source;
import com.frameworkadvisor.scoring.Answers;
import com.frameworkadvisor.scoring.Evaluation;
import com.frameworkadvisor.scoring.FrameworkScore;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the results page shows, resolved from an evaluation and the knowledge base it was computed with.
 *
 * @param leftOut a framework left out of the running that would have ranked first, or {@code null}
 */
record ResultsPage(
        KnowledgeBase kb,
        Evaluation evaluation,
        Verdict verdict,
        Insight insight,
        List<Place> ranking,
        List<Row> weighted,
        List<Criterion> unweighted,
        List<Criterion> mustHaves,
        List<Deciding> deciding,
        Charts charts,
        String query,
        String shareUrl,
        LeftOutWinner leftOut,
        List<Described> described) {

    /**
     * One answered project question, for the "You described" summary: the question and the chosen options.
     *
     * @param none whether it is {@code team-knows} answered with none, which the page states plainly
     */
    record Described(Question question, List<Question.Option> options, boolean none) {

        public String answerText() {
            return options.stream().map(Question.Option::label).collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /**
     * Where a weight came from: {@code you} (set by the user), {@code default}, or {@code answers} with the option
     * labels of the questions that set it; {@code null} reason on a row without project answers.
     */
    record Reason(String kind, String answers) {}

    /** The reason beside a criterion's weight; null without project answers. */
    public Reason reasonOf(String criterionId) {
        return reason(kb, evaluation, criterionId);
    }

    /** The project answers as hidden fields of the what-if and fine-tune forms: question id to its options. */
    public java.util.Map<String, String> projectFields() {
        Answers.Project project = evaluation.answers().project();
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (project != null && project.preset() != null) {
            fields.put(com.frameworkadvisor.knowledge.LinkParameters.PROFILE, project.preset());
        }
        if (project != null) {
            project.answers().answers().forEach((q, options) -> fields.put(q, String.join(",", options)));
        }
        return fields;
    }

    /** The preset the weights started from, or null. */
    public com.frameworkadvisor.knowledge.Profile preset() {
        Answers.Project project = evaluation.answers().project();
        return project == null || project.preset() == null
                ? null
                : kb.profile(project.preset()).orElse(null);
    }

    /** Whether every framework in the running fails a must-have, so none meets them all. */
    public boolean everyoneFailsMustHaves() {
        return !mustHaves.isEmpty()
                && ranking.stream().noneMatch(place -> place.failedMustHaves().isEmpty());
    }

    /** The headline: a winner with the two leading scores, or a shared first place ({@code tied}: all who share it). */
    record Verdict(
            boolean tie,
            String first,
            String second,
            String firstScore,
            String secondScore,
            boolean manyFrameworks,
            List<String> tied) {}

    record Place(Framework framework, int rank, double score, String scoreText, List<Criterion> failedMustHaves) {}

    record Row(Criterion criterion, int weight, boolean mustHave, List<Cell> cells, Reason reason) {

        /** The row of the contributions chart's table: each framework's points from this criterion. */
        public List<String> tableCells() {
            return cells.stream().map(Cell::contribution).toList();
        }
    }

    record Cell(Framework framework, Rating rating, String ratingText, String contribution, List<Source> sources) {}

    record Deciding(Criterion criterion, String advantage) {}

    static ResultsPage of(KnowledgeBase kb, Evaluation evaluation, String shareUrl, LeftOutWinner leftOut) {
        FrameworkScore first = evaluation.first();
        FrameworkScore second = evaluation.runnerUp();
        Verdict verdict = verdict(kb, evaluation);
        List<Place> ranking = evaluation.ranking().stream()
                .map(s -> new Place(
                        kb.framework(s.framework()).orElseThrow(),
                        s.rank(),
                        s.score(),
                        Scores.points(s.score()),
                        criteria(kb, s.failedMustHaves())))
                .toList();
        List<Row> weighted = kb.criteria().stream()
                .filter(c -> evaluation.weights().of(c.id()) > 0
                        || evaluation.answers().mustHaves().contains(c.id()))
                .sorted(byWeight(evaluation))
                .map(c -> row(kb, evaluation, c))
                .toList();
        List<Criterion> unweighted = kb.criteria().stream()
                .filter(c -> weighted.stream().noneMatch(row -> row.criterion().equals(c)))
                .toList();
        List<Deciding> deciding = evaluation.decidingCriteria().stream()
                .map(id -> new Deciding(
                        kb.criterion(id).orElseThrow(),
                        Scores.points(first.contributionOf(id) - second.contributionOf(id))))
                .toList();
        return new ResultsPage(
                kb,
                evaluation,
                verdict,
                Insight.of(kb, evaluation),
                ranking,
                weighted,
                unweighted,
                criteria(kb, evaluation.answers().mustHaves()),
                deciding,
                Charts.of(kb, evaluation),
                ResultsLink.query(kb, evaluation.answers()),
                shareUrl,
                leftOut,
                described(kb, evaluation));
    }

    private static List<Described> described(KnowledgeBase kb, Evaluation evaluation) {
        Answers.Project project = evaluation.answers().project();
        if (project == null) {
            return List.of();
        }
        return kb.questions().stream()
                .filter(q -> project.answers().answered(q.id()))
                .map(q -> {
                    List<String> chosen = project.answers().answers().get(q.id());
                    return new Described(
                            q,
                            chosen.stream()
                                    .map(id -> q.option(id).orElseThrow())
                                    .toList(),
                            q.id().equals(Question.TEAM_KNOWS) && chosen.equals(List.of(Question.NONE)));
                })
                .toList();
    }

    /** The reason beside a weight; null without project answers, where every weight is the user's own. */
    static Reason reason(KnowledgeBase kb, Evaluation evaluation, String criterionId) {
        Answers.Project project = evaluation.answers().project();
        if (project == null) {
            return null;
        }
        List<String> reasons = project.reasons().get(criterionId);
        if (reasons.equals(List.of(Answers.Project.SET_BY_YOU))) {
            return new Reason("you", null);
        }
        if (reasons.equals(List.of(Answers.Project.DEFAULT))) {
            return new Reason("default", null);
        }
        if (reasons.equals(List.of(Answers.Project.PRESET))) {
            return new Reason(
                    "preset", kb.profile(project.preset()).orElseThrow().name());
        }
        return new Reason(
                "answers",
                reasons.stream()
                        .map(q -> kb.question(q).orElseThrow())
                        .map(q -> project.answers().answers().get(q.id()).stream()
                                .map(id -> q.option(id).orElseThrow().label())
                                .collect(java.util.stream.Collectors.joining(", ")))
                        .collect(java.util.stream.Collectors.joining("; ")));
    }

    /** The headline of an evaluation; an old result's notice words today's verdict from it too. */
    static Verdict verdict(KnowledgeBase kb, Evaluation evaluation) {
        FrameworkScore first = evaluation.first();
        FrameworkScore second = evaluation.runnerUp();
        // A shared first place reads as one whole score; a win shows both, with a decimal if rounding would hide it.
        String[] scores = evaluation.winner() == null
                ? new String[] {Scores.whole(first.score()), Scores.whole(second.score())}
                : Scores.headline(first.score(), second.score());
        return new Verdict(
                evaluation.winner() == null,
                name(kb, first.framework()),
                name(kb, second.framework()),
                scores[0],
                scores[1],
                evaluation.ranking().size() > 2,
                evaluation.ranking().stream()
                        .filter(s -> s.rank() == 1)
                        .map(s -> name(kb, s.framework()))
                        .toList());
    }

    /** The ids of the frameworks in the running, in the knowledge base's order: the what-if form's ticked boxes. */
    public List<String> candidates() {
        return kb.inFrameworkOrder(
                evaluation.ranking().stream().map(FrameworkScore::framework).toList());
    }

    /** Most weighted first; equal weights keep the knowledge base's order. */
    static Comparator<Criterion> byWeight(Evaluation evaluation) {
        return Comparator.comparingInt((Criterion c) -> evaluation.weights().of(c.id()))
                .reversed();
    }

    private static Row row(KnowledgeBase kb, Evaluation evaluation, Criterion criterion) {
        List<Cell> cells = evaluation.ranking().stream()
                .map(score -> {
                    Framework framework = kb.framework(score.framework()).orElseThrow();
                    Rating rating = criterion.ratingOf(framework.id());
                    return new Cell(
                            framework,
                            rating,
                            Scores.points(rating.score()),
                            Scores.points(score.contributionOf(criterion.id())),
                            kb.sources(rating.sources()));
                })
                .toList();
        return new Row(
                criterion,
                evaluation.weights().of(criterion.id()),
                evaluation.answers().mustHaves().contains(criterion.id()),
                cells,
                reason(kb, evaluation, criterion.id()));
    }

    private static List<Criterion> criteria(KnowledgeBase kb, List<String> ids) {
        return ids.stream().map(id -> kb.criterion(id).orElseThrow()).toList();
    }

    private static String name(KnowledgeBase kb, String frameworkId) {
        return kb.framework(frameworkId).map(Framework::name).orElse(frameworkId);
    }
}
