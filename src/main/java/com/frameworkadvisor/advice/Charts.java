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

    /** @param labelY the y of the bar's label, @param segmentY that of its segments: the SVG's coordinates */
    record Bar(Framework framework, String score, List<Segment> segments, String labelY, String segmentY) {}

    record Segment(int series, String x, String width, String label, String points) {}

    /** @param labelY the y of the row's label, @param axis the path of its axis line: the SVG's coordinates */
    record ProfileRow(Criterion criterion, int weight, List<Marker> markers, String labelY, String axis) {

        /** The row of the ratings chart's table: each framework's rating on this criterion. */
        public List<String> tableCells() {
            return markers.stream().map(Marker::rating).toList();
        }
    }

    /**
     * One framework's rating on one criterion: {@code x} places ratings 1–5 at 0–100. Each framework has a shape of
     * its own as well as a colour ({@link Shape}), so the chart does not rely on colour alone; {@code path} draws it.
     */
    record Marker(int series, Framework framework, String x, String rating, Shape shape, String path) {}

    /**
     * The marks of the ratings chart, one per framework in ranking order as the colours are: six shapes, more than a
     * version has frameworks, so no two frameworks on one chart share a shape. The legend draws the same shapes
     * (app.css, {@code .shape-*}).
     */
    enum Shape {
        CIRCLE("M%1$s %2$sm-1.7 0a1.7 1.7 0 1 0 3.4 0a1.7 1.7 0 1 0 -3.4 0Z"),
        SQUARE("M%1$s %2$sm-1.5 -1.5h3v3h-3Z"),
        TRIANGLE("M%1$s %2$sm0 -2l2 3.5h-4Z"),
        DIAMOND("M%1$s %2$sm0 -2.1l2.1 2.1l-2.1 2.1l-2.1 -2.1Z"),
        TRIANGLE_DOWN("M%1$s %2$sm0 2l2 -3.5h-4Z"),
        CROSS("M%1$s %2$sm-0.6 -2h1.2v1.4h1.4v1.2h-1.4v1.4h-1.2v-1.4h-1.4v-1.2h1.4Z");

        private final String path;

        Shape(String path) {
            this.path = path;
        }

        static Shape of(int framework) {
            return values()[framework % values().length];
        }

        /** The CSS class of the legend's swatch. */
        public String cssClass() {
            return "shape-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        String at(double x, double y) {
            return String.format(Locale.ROOT, path, coordinate(x), coordinate(y));
        }
    }

    /** An entry of the ratings chart's legend: a framework with its colour and its shape. */
    record Key(int series, Framework framework, Shape shape) {}

    public List<Key> keys() {
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < frameworks.size(); i++) {
            keys.add(new Key(i, frameworks.get(i), Shape.of(i)));
        }
        return keys;
    }

    /** The y of row {@code row}'s axis in the ratings chart; its label and markers are placed from the same. */
    static double profileAxis(int row) {
        return row * 9 + 6;
    }

    /** The contributions chart's viewBox: a 12-unit band per bar. */
    public String contributionsViewBox() {
        return "0 0 100 " + bars.size() * 12;
    }

    /** The ratings chart's viewBox: a 9-unit band per row, with room for the markers at both ends. */
    public String profileViewBox() {
        return "-2 0 104 " + (profile.size() * 9 + 4);
    }

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
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < evaluation.ranking().size(); i++) {
            bars.add(bar(kb, evaluation.ranking().get(i), weighted, i));
        }
        List<ProfileRow> profile = new ArrayList<>();
        for (int row = 0; row < weighted.size(); row++) {
            profile.add(profileRow(row, weighted.get(row), evaluation, frameworks));
        }
        return new Charts(series, bars, profile, frameworks);
    }

    private static Bar bar(KnowledgeBase kb, FrameworkScore score, List<Criterion> weighted, int index) {
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
        // The label sits 3.5 units into the bar's band and the segments 5 units, as the template drew them before.
        return new Bar(
                kb.framework(score.framework()).orElseThrow(),
                Scores.points(score.score()),
                segments,
                Double.toString(index * 12 + 3.5),
                Integer.toString(index * 12 + 5));
    }

    private static ProfileRow profileRow(
            int row, Criterion criterion, Evaluation evaluation, List<Framework> frameworks) {
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < frameworks.size(); i++) {
            double rating = criterion.ratingOf(frameworks.get(i).id()).score();
            double x = (rating - 1) * 25;
            Shape shape = Shape.of(i);
            markers.add(new Marker(
                    i, frameworks.get(i), coordinate(x), Scores.points(rating), shape, shape.at(x, profileAxis(row))));
        }
        return new ProfileRow(
                criterion,
                evaluation.weights().of(criterion.id()),
                markers,
                Integer.toString(row * 9 + 3),
                "M0 " + (row * 9 + 6) + "h100");
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
