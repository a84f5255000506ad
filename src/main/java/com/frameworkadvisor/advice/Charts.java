package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.Framework;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.Evaluation;
import com.frameworkadvisor.scoring.FrameworkScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry for the two server-rendered SVG charts, in a 0–100 coordinate space: stacked contribution bars per
 * framework, and each framework's rating on every weighted criterion.
 *
 * <p>Criteria beyond the first {@link #SERIES} by weight share one "other criteria" series: eight hues are as many as
 * colour-blind readers can tell apart (the Okabe–Ito palette in app.css).
 */
record Charts(List<Series> series, List<Bar> bars, List<ProfileRow> profile, List<Framework> frameworks) {

    static final int SERIES = 7;

    /** A legend entry: a criterion, or the rest together ({@code criterion} null). */
    record Series(int index, Criterion criterion) {}

    record Bar(Framework framework, String score, List<Segment> segments) {}

    record Segment(int series, String x, String width, String label, String points) {}

    record ProfileRow(Criterion criterion, int weight, List<Marker> markers) {

        /** The row of the ratings chart's table: each framework's rating on this criterion. */
        public List<String> tableCells() {
            return markers.stream().map(Marker::rating).toList();
        }
    }

    /**
     * One framework's rating on one criterion: {@code x} places ratings 1–5 at 0–100. Alternate frameworks are drawn as
     * circles and squares, so the chart does not rely on colour alone; {@code squareX} is the square's left edge.
     */
    record Marker(int series, Framework framework, String x, String squareX, String rating, boolean circle) {}

    static Charts of(KnowledgeBase kb, Evaluation evaluation) {
        List<Criterion> weighted = kb.criteria().stream()
                .filter(c -> evaluation.weights().of(c.id()) > 0)
                .sorted(ResultsPage.byWeight(evaluation))
                .toList();
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < Math.min(SERIES, weighted.size()); i++) {
            series.add(new Series(i, weighted.get(i)));
        }
        if (weighted.size() > SERIES) {
            series.add(new Series(SERIES, null));
        }
        List<Framework> frameworks = evaluation.ranking().stream()
                .map(s -> kb.framework(s.framework()).orElseThrow())
                .toList();
        List<Bar> bars = evaluation.ranking().stream()
                .map(score -> bar(kb, score, weighted))
                .toList();
        List<ProfileRow> profile = weighted.stream()
                .map(c -> profileRow(c, evaluation, frameworks))
                .toList();
        return new Charts(series, bars, profile, frameworks);
    }

    private static Bar bar(KnowledgeBase kb, FrameworkScore score, List<Criterion> weighted) {
        List<Segment> segments = new ArrayList<>();
        double x = 0;
        double other = 0;
        for (int i = 0; i < weighted.size(); i++) {
            double points = score.contributionOf(weighted.get(i).id());
            if (i < SERIES) {
                segments.add(new Segment(
                        i, coordinate(x), coordinate(points), weighted.get(i).name(), Scores.points(points)));
                x += points;
            } else {
                other += points;
            }
        }
        if (other > 0) {
            segments.add(new Segment(SERIES, coordinate(x), coordinate(other), null, Scores.points(other)));
        }
        return new Bar(kb.framework(score.framework()).orElseThrow(), Scores.points(score.score()), segments);
    }

    private static ProfileRow profileRow(Criterion criterion, Evaluation evaluation, List<Framework> frameworks) {
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < frameworks.size(); i++) {
            double rating = criterion.ratingOf(frameworks.get(i).id()).score();
            double x = (rating - 1) * 25;
            markers.add(new Marker(
                    i, frameworks.get(i), coordinate(x), coordinate(x - 1.5), Scores.points(rating), i % 2 == 0));
        }
        return new ProfileRow(criterion, evaluation.weights().of(criterion.id()), markers);
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
