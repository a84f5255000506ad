package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.TestKnowledgeBases;
import com.frameworkadvisor.rooms.GroupCharts.SpreadRow;
import com.frameworkadvisor.scoring.GroupEvaluation;
import com.frameworkadvisor.scoring.GroupScorer;
import com.frameworkadvisor.scoring.MemberAnswers;
import com.frameworkadvisor.scoring.Scorer;
import com.frameworkadvisor.scoring.Weights;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The revealed room's charts, checked against figures worked out by hand for three members on the shipped knowledge
 * base 2026.11.1 (16 criteria, Django and Flask):
 *
 * <pre>
 *            orm  admin  flexibility   (every other criterion 0)
 *   Ada       5     4        0
 *   Grace     0     4        0
 *   Linus     1     4        2
 * </pre>
 *
 * orm: answers 0, 1, 5, so lowest 0, median 1, highest 5, mean 2; a range of 5 makes it disputed, so it comes first.
 * admin: 4, 4, 4, all 4. flexibility: 0, 0, 2, median 0, mean 2/3.
 */
class GroupChartsTest {

    static final KnowledgeBase KB = TestKnowledgeBases.shipped();

    static GroupCharts charts(List<MemberAnswers> members) {
        GroupEvaluation group = new GroupScorer(new Scorer()).evaluate(KB, members);
        return GroupCharts.of(KB, group);
    }

    static MemberAnswers member(String name, Map<String, Integer> weights) {
        return new MemberAnswers(name.toLowerCase(), name, new Weights(weights));
    }

    static final List<MemberAnswers> THREE = List.of(
            member("Ada", Map.of("orm", 5, "admin", 4)),
            member("Grace", Map.of("orm", 0, "admin", 4)),
            member("Linus", Map.of("orm", 1, "admin", 4, "flexibility", 2)));

    static SpreadRow row(GroupCharts charts, String name) {
        return charts.spread().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Nested
    class TheTableAlternative {

        @Test
        void givesLowestMedianHighestAndMeanPerCriterionWithTheDisputedFirst() {
            GroupCharts charts = charts(THREE);

            assertThat(charts.spread()).hasSize(16);
            SpreadRow first = charts.spread().get(0);
            assertThat(first.name()).isEqualTo(KB.criterion("orm").orElseThrow().name());
            assertThat(first.disputed()).isTrue();
            assertThat(List.of(first.min() + "", first.median(), first.max() + "", first.mean()))
                    .containsExactly("0", "1.0", "5", "2.0");
            SpreadRow admin = row(charts, KB.criterion("admin").orElseThrow().name());
            assertThat(List.of(admin.min() + "", admin.median(), admin.max() + "", admin.mean()))
                    .containsExactly("4", "4.0", "4", "4.0");
            assertThat(admin.disputed()).isFalse();
            SpreadRow flexibility =
                    row(charts, KB.criterion("flexibility").orElseThrow().name());
            assertThat(List.of(
                            flexibility.min() + "", flexibility.median(), flexibility.max() + "", flexibility.mean()))
                    .containsExactly("0", "0.0", "2", "0.7");
            assertThat(charts.spread().stream().filter(SpreadRow::disputed)).hasSize(1);
        }

        @Test
        void theMedianOfAnEvenNumberOfAnswersIsTheMeanOfTheMiddleTwo() {
            assertThat(GroupCharts.median(List.of(0, 1, 4, 5))).isEqualTo("2.5");
            assertThat(GroupCharts.median(List.of(3))).isEqualTo("3.0");
        }
    }

    @Nested
    class TheSpreadChart {

        @Test
        void drawsOneDotOnTheAxisAtEachMembersAnswerAndADiamondAtTheMean() {
            SpreadRow orm = charts(THREE).spread().get(0);

            // Row 0's axis is at y 7; answers 0, 1 and 5 at x 0, 20 and 100.
            assertThat(orm.axis()).isEqualTo("7.00");
            assertThat(orm.marks()).isEqualTo("M0.00 7.00h0M20.00 7.00h0M100.00 7.00h0");
            // The mean, 2, at x 40: a diamond from its top corner.
            assertThat(orm.meanMark()).isEqualTo("M40.00 4.60l2.4 2.4l-2.4 2.4l-2.4 -2.4Z");
        }

        @Test
        void setsTheSameAnswersSideBySideCentredOnItInTheirRow() {
            SpreadRow admin = charts(THREE).spread().get(1);

            // Second row: axis at 7 + 8.5. Three 4s around x 80, 1.5 apart.
            assertThat(admin.axis()).isEqualTo("15.50");
            assertThat(admin.marks().split("(?=M)"))
                    .containsExactly("M78.50 15.50h0", "M80.00 15.50h0", "M81.50 15.50h0");
        }

        @Test
        void drawsAMarkForEachOf200MembersAsOnePathPerRow() {
            java.util.Random random = new java.util.Random(19);
            List<MemberAnswers> many = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                many.add(member("M" + i, Map.of("orm", random.nextInt(6), "admin", 1 + random.nextInt(5))));
            }

            GroupCharts charts = charts(many);

            assertThat(charts.spread())
                    .allSatisfy(row ->
                            assertThat(row.marks().split("M", -1).length - 1).isEqualTo(200));
            assertThat(charts.spreadHeight()).isEqualTo((int) Math.ceil(16 * 8.5 + 7));
        }
    }

    @Nested
    class TheRankingBars {

        @Test
        void giveEachFrameworkItsGroupScoreAsTheBarsLengthAndItsShareOfFirstChoices() {
            GroupCharts charts = charts(THREE);

            assertThat(charts.bars()).hasSize(2);
            assertThat(charts.bars()).allSatisfy(bar -> {
                assertThat(Double.parseDouble(bar.width())).isBetween(0.0, 100.0);
                assertThat(bar.width())
                        .startsWith(bar.score().substring(0, bar.score().indexOf('.')));
            });
            assertThat(charts.bars().get(0).rank()).isEqualTo(1);
            assertThat(charts.bars().stream()
                            .mapToDouble(GroupCharts.RankBar::firstChoiceShare)
                            .sum())
                    .isGreaterThanOrEqualTo(1.0);
        }
    }
}
