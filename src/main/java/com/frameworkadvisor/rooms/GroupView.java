package com.frameworkadvisor.rooms;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.CriterionSpread;
import com.frameworkadvisor.scoring.GroupEvaluation;
import com.frameworkadvisor.scoring.MemberResult;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The revealed group result with the knowledge base's names filled in, ready for the room pages.
 *
 * @param winnerName the group's choice, or {@code null} when first place is shared
 * @param pivotalNames the members without whom the group would choose differently; none in an anonymous room
 * @param pivotalCount how many members are pivotal: all an anonymous room says of them
 * @param discussion the disputed criteria, widest spread first
 * @param criteria every criterion, disputed first
 * @param charts the ranking bars and the spread chart
 */
public record GroupView(
        String winnerName,
        List<RankRow> ranking,
        List<MemberRow> members,
        List<String> pivotalNames,
        int pivotalCount,
        List<SpreadRow> discussion,
        List<SpreadRow> criteria,
        GroupCharts charts) {

    /** How many discussion points a projector shows. */
    static final int TOP_POINTS = 3;

    public record RankRow(int rank, String name, double score, double firstChoiceShare) {}

    /**
     * @param winnerName the member's own choice, or {@code null} when their first place is shared
     * @param reason why they answered as they did; empty when they gave none
     */
    public record MemberRow(String name, String winnerName, double topScore, boolean pivotal, String reason) {}

    public record SpreadRow(String name, double mean, int min, int max, double stdDev, boolean disputed) {}

    /** The group result of the ballots as shown ({@link RoomAccess#shown()}); an anonymous room names no one pivotal. */
    static GroupView of(RoomState shown, KnowledgeBase kb, GroupEvaluation group) {
        boolean anonymous = shown.room().anonymous();
        Map<String, String> reasons = new HashMap<>();
        shown.ballots().forEach(b -> reasons.put(b.id(), b.reason() == null ? "" : b.reason()));
        List<RankRow> ranking = group.ranking().stream()
                .map(r -> new RankRow(
                        r.rank(),
                        frameworkName(kb, r.framework()),
                        r.score(),
                        group.firstChoiceShare().getOrDefault(r.framework(), 0.0)))
                .toList();
        List<MemberRow> members = group.members().stream()
                .map(m -> member(
                        kb, m, !anonymous && group.pivotalMembers().contains(m.id()), reasons.getOrDefault(m.id(), "")))
                .toList();
        List<String> pivotal = group.members().stream()
                .filter(m -> !anonymous && group.pivotalMembers().contains(m.id()))
                .map(MemberResult::name)
                .toList();
        List<SpreadRow> criteria =
                group.criteria().stream().map(c -> spread(kb, c)).toList();
        return new GroupView(
                group.winner() == null ? null : frameworkName(kb, group.winner()),
                ranking,
                members,
                pivotal,
                group.pivotalMembers().size(),
                criteria.stream().filter(SpreadRow::disputed).toList(),
                criteria,
                GroupCharts.of(kb, group));
    }

    /**
     * The three criteria to talk about first: disputed ones first, then the widest range of answers, then the
     * largest standard deviation; equal ones in the order {@link #criteria} has them.
     */
    public List<SpreadRow> topDiscussionPoints() {
        return criteria.stream()
                .sorted(Comparator.comparing(SpreadRow::disputed)
                        .thenComparingInt(row -> row.max() - row.min())
                        .thenComparingDouble(SpreadRow::stdDev)
                        .reversed())
                .limit(TOP_POINTS)
                .toList();
    }

    /** The group's first place, shared or not. */
    public List<RankRow> leaders() {
        return ranking.stream().filter(r -> r.rank() == 1).toList();
    }

    private static MemberRow member(KnowledgeBase kb, MemberResult member, boolean pivotal, String reason) {
        String winner = member.winner() == null ? null : frameworkName(kb, member.winner());
        return new MemberRow(member.name(), winner, member.topScore(), pivotal, reason);
    }

    private static SpreadRow spread(KnowledgeBase kb, CriterionSpread spread) {
        String name = kb.criterion(spread.criterion()).map(c -> c.name()).orElse(spread.criterion());
        return new SpreadRow(name, spread.mean(), spread.min(), spread.max(), spread.stdDev(), spread.disputed());
    }

    static String frameworkName(KnowledgeBase kb, String id) {
        return kb.framework(id).map(f -> f.name()).orElse(id);
    }
}
