package com.frameworkadvisor.scoring;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The combined result of a team decision room: every member's own ranking and the group's.
 *
 * @param members each member's own evaluation, in the order the members were given
 * @param ranking every framework, best first by group score; equal scores keep the knowledge base's order
 * @param winner the framework alone in first place of the group ranking, or {@code null} when first place is shared
 * @param groupWeights criterion id to group weight, in the knowledge base's criterion order: the mean of the members'
 *     weights after each member's are normalised to sum to 1, so every member has an equal voice; the group weights
 *     sum to 1
 * @param firstChoiceShare every framework id, in the knowledge base's order, to the fraction (0 to 1) of members
 *     whose own ranking puts it first. A member whose own first place is shared counts once for each framework
 *     sharing it, so the shares can add up to more than 1
 * @param pivotalMembers the ids of the members, in the order given, without whom the group winner would differ (a
 *     winner turning into a shared first place, or the reverse, counts as a difference); empty with a single member
 * @param criteria the spread of the members' answers on every criterion: disputed criteria first, widest range
 *     first and equal ranges in the knowledge base's order, then the undisputed ones in the knowledge base's order
 */
public record GroupEvaluation(
        List<MemberResult> members,
        List<GroupRank> ranking,
        String winner,
        Map<String, Double> groupWeights,
        Map<String, Double> firstChoiceShare,
        List<String> pivotalMembers,
        List<CriterionSpread> criteria) {

    public GroupEvaluation {
        members = List.copyOf(members);
        ranking = List.copyOf(ranking);
        groupWeights = Collections.unmodifiableMap(new LinkedHashMap<>(groupWeights));
        firstChoiceShare = Collections.unmodifiableMap(new LinkedHashMap<>(firstChoiceShare));
        pivotalMembers = List.copyOf(pivotalMembers);
        criteria = List.copyOf(criteria);
    }

    /**
     * At most {@code limit} criterion ids with a group weight above 0, highest group weight first; equal group
     * weights keep the knowledge base's order.
     */
    public List<String> mostWeightedCriteria(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        // Stable sort over the map's criterion order, so equal weights stay in knowledge base order.
        return groupWeights.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> e.getValue())
                        .reversed())
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
