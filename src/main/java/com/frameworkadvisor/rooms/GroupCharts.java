package com.frameworkadvisor.rooms;

import com.frameworkadvisor.advice.Scores;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.CriterionSpread;
import com.frameworkadvisor.scoring.GroupEvaluation;
import com.frameworkadvisor.scoring.MemberResult;
import com.frameworkadvisor.scoring.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry for the revealed room's two server-rendered SVG charts, in a 0–100 coordinate space like the single
 * result's ({@code advice.Charts}) and drawn with its styles: the group ranking as bars, and the spread of the members'
 * answers, a row per criterion (disputed first), a mark per member's answer and a diamond at the group mean.
 *
 * <p>Each row's marks are one SVG path built here, so a room of 200 members costs 17 paths, not 3,400 elements for
 * the template to loop over. Marks of the same answer are centred on it side by side, ten to a line and up to three
 * lines, and overlap beyond 30; the table alternative ({@link SpreadRow}) gives the figures for any number.
 */
public record GroupCharts(List<RankBar> bars, List<SpreadRow> spread, int spreadHeight) {

    /** The y of the answer scale's labels (0–5), below the last row. */
    public int scaleY() {
        return spreadHeight - 1;
    }

    /** Answers run 0–5, placed at 0–100. */
    static final double STEP = 100.0 / 5;

    static final double ROW = 8.5;
    /** A mark's radius, and the distance between the centres of marks side by side. */
    static final double MARK = 0.7;

    static final double SPACING = 1.5;
    /**
     * A mark: a line of no length, which the stylesheet draws as a dot of diameter 2 × {@link #MARK} (a round cap),
     * so each member costs about 14 bytes of the page rather than 45 for a drawn circle.
     */
    static final String DOT = "h0";

    static final int PER_LINE = 10;
    static final int LINES = 3;

    /**
     * A framework's bar: its group score out of 100, and the share of members for whom it comes first.
     *
     * @param width the bar's length, 0–100
     */
    public record RankBar(int rank, String name, String score, String width, double firstChoiceShare) {}

    /**
     * One criterion's row of the spread chart, and of its table alternative.
     *
     * @param label the y of the row's label; {@code axis} the y of its axis
     * @param marks the path drawing a mark per member's answer
     * @param meanMark the path drawing the diamond at the group mean
     */
    public record SpreadRow(
            String name,
            boolean disputed,
            int min,
            String median,
            int max,
            String mean,
            String label,
            String axis,
            String marks,
            String meanMark) {}

    static GroupCharts of(KnowledgeBase kb, GroupEvaluation group) {
        List<RankBar> bars = group.ranking().stream()
                .map(r -> new RankBar(
                        r.rank(),
                        GroupView.frameworkName(kb, r.framework()),
                        Scores.points(r.score()),
                        coordinate(Math.max(0, Math.min(100, r.score()))),
                        group.firstChoiceShare().getOrDefault(r.framework(), 0.0)))
                .toList();
        List<SpreadRow> spread = new ArrayList<>();
        for (CriterionSpread criterion : group.criteria()) {
            spread.add(row(kb, spread.size(), criterion, answers(group.members(), criterion.criterion())));
        }
        return new GroupCharts(bars, spread, (int) Math.ceil(spread.size() * ROW + 7));
    }

    private static List<Integer> answers(List<MemberResult> members, String criterion) {
        return members.stream()
                .map(m -> m.evaluation().weights().of(criterion))
                .sorted()
                .toList();
    }

    private static SpreadRow row(KnowledgeBase kb, int index, CriterionSpread criterion, List<Integer> sorted) {
        double axis = index * ROW + 7;
        int[] count = new int[Weights.MAX + 1];
        sorted.forEach(answer -> count[answer]++);
        StringBuilder marks = new StringBuilder();
        int[] placed = new int[Weights.MAX + 1];
        for (int answer : sorted) {
            int k = placed[answer]++;
            // Centred on the answer: as many side by side as there are (up to ten), in up to three lines.
            int across = Math.min(count[answer], PER_LINE);
            int lines = Math.min((count[answer] + PER_LINE - 1) / PER_LINE, LINES);
            double dx = (k % PER_LINE - (across - 1) / 2.0) * SPACING;
            double dy = ((k / PER_LINE) % LINES - (lines - 1) / 2.0) * SPACING;
            marks.append('M')
                    .append(coordinate(answer * STEP + dx))
                    .append(' ')
                    .append(coordinate(axis + dy))
                    .append(DOT);
        }
        double meanX = criterion.mean() * STEP;
        String meanMark = "M" + coordinate(meanX) + " " + coordinate(axis - 2.4) + "l2.4 2.4l-2.4 2.4l-2.4 -2.4Z";
        return new SpreadRow(
                kb.criterion(criterion.criterion()).map(c -> c.name()).orElse(criterion.criterion()),
                criterion.disputed(),
                criterion.min(),
                median(sorted),
                criterion.max(),
                Scores.points(criterion.mean()),
                coordinate(axis - 3.2),
                coordinate(axis),
                marks.toString(),
                meanMark);
    }

    /** The middle answer, or the mean of the two middle ones, with one decimal. */
    static String median(List<Integer> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return Scores.points(0);
        }
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return Scores.points(median);
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
