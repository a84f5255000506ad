package com.frameworkadvisor.rooms;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.CriterionSpread;
import com.frameworkadvisor.scoring.FrameworkScore;
import com.frameworkadvisor.scoring.GroupEvaluation;
import com.frameworkadvisor.scoring.MemberResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A room as the API shows it to one caller, as {@link RoomAccess} allows: in a named room, before the reveal anyone
 * with the link sees who answered but not what; once revealed, or for the facilitator, each ballot's answers, reason
 * and the group result too. In an anonymous room, nobody sees a ballot before the reveal, only {@code answered}; after
 * it, ballots carry a {@code label} instead of a name, and pivotal members are only counted. {@code frameworks} are
 * the ids in the room's running, in the knowledge base's order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RoomResponse(
        String id,
        String title,
        String context,
        String status,
        boolean revealed,
        long revision,
        Instant expiresAt,
        String knowledgeBaseVersion,
        List<String> frameworks,

        @io.swagger.v3.oas.annotations.media.Schema(
                description = "The facilitator's answer to team-knows (issue 15): the frameworks the team"
                        + " knows, [\"none\"], or absent when the room was not asked; it rates your team's"
                        + " experience for every member")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<String> teamKnows,

        boolean anonymous,
        boolean reasonRequired,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant closesAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) Integer expectedMembers,
        boolean revealWhenAllAnswered,
        int answered,
        List<BallotView> ballots,
        Decision decision,
        Group group,
        List<Spread> criteria) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BallotView(
            String id,
            String name,
            String label,
            Map<String, Integer> weights,
            Map<String, List<String>> project,
            String winner,
            Map<String, Double> scores,
            String reason) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Decision(String framework, String notes, Instant decidedAt) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Group(
            List<Rank> ranking,
            String winner,
            Map<String, Double> firstChoiceShare,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Member> pivotalMembers,
            int pivotalCount) {}

    record Rank(String framework, int rank, double score) {}

    record Member(String id, String name) {}

    record Spread(String criterion, double mean, int min, int max, double stdDev, boolean disputed) {}

    static RoomResponse of(RoomAccess access, RoomResults results) {
        RoomState state = access.shown();
        boolean showAnswers = access.seesAnswers();
        Room room = state.room();
        Decision decision =
                room.decided() ? new Decision(room.decisionFramework(), room.decisionNotes(), room.decidedAt()) : null;
        Optional<GroupEvaluation> group = showAnswers ? results.evaluate(state) : Optional.empty();
        Map<String, MemberResult> own = new LinkedHashMap<>();
        group.ifPresent(g -> g.members().forEach(m -> own.put(m.id(), m)));
        List<BallotView> ballots = state.ballots().stream()
                .map(b -> showAnswers
                        ? ballot(state.kb(), room, b, own.get(b.id()), results)
                        : new BallotView(b.id(), b.name(), null, null, null, null, null, null))
                .toList();
        return new RoomResponse(
                room.id(),
                room.title(),
                room.context(),
                room.status(),
                room.revealed(),
                room.revision(),
                room.expiresAt(),
                room.knowledgeBaseVersion(),
                state.candidates(),
                room.teamKnows() == null ? null : List.of(room.teamKnows().split(",")),
                room.anonymous(),
                room.reasonRequired(),
                room.closesAt(),
                room.expectedMembers(),
                room.revealWhenAllAnswered(),
                access.answered(),
                ballots,
                decision,
                group.map(g -> group(g, state)).orElse(null),
                showAnswers ? group.map(RoomResponse::criteria).orElse(List.of()) : null);
    }

    private static BallotView ballot(
            KnowledgeBase kb, Room room, Ballot ballot, MemberResult result, RoomResults results) {
        Map<String, Integer> weights =
                results.weightsOf(kb, ballot).map(w -> w.values()).orElse(ballot.weightMap());
        String name = room.anonymous() ? null : ballot.name();
        String label = room.anonymous() ? ballot.name() : null;
        String reason = ballot.reason() == null ? "" : ballot.reason();
        // The member's own answers (the room's team-knows is the room's); absent when they gave weights directly.
        Map<String, List<String>> project = ballot.projectAnswers().answers();
        project = project.isEmpty() ? null : project;
        if (result == null) {
            return new BallotView(ballot.id(), name, label, weights, project, null, Map.of(), reason);
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (FrameworkScore score : result.evaluation().ranking()) {
            scores.put(score.framework(), score.score());
        }
        return new BallotView(ballot.id(), name, label, weights, project, result.winner(), scores, reason);
    }

    private static Group group(GroupEvaluation group, RoomState state) {
        Map<String, String> names = new LinkedHashMap<>();
        state.ballots().forEach(b -> names.put(b.id(), b.name()));
        List<Member> pivotal = state.room().anonymous()
                ? null
                : group.pivotalMembers().stream()
                        .map(id -> new Member(id, names.get(id)))
                        .toList();
        return new Group(
                group.ranking().stream()
                        .map(r -> new Rank(r.framework(), r.rank(), r.score()))
                        .toList(),
                group.winner(),
                group.firstChoiceShare(),
                pivotal,
                group.pivotalMembers().size());
    }

    private static List<Spread> criteria(GroupEvaluation group) {
        return group.criteria().stream().map(RoomResponse::spread).toList();
    }

    private static Spread spread(CriterionSpread c) {
        return new Spread(c.criterion(), c.mean(), c.min(), c.max(), c.stdDev(), c.disputed());
    }
}
