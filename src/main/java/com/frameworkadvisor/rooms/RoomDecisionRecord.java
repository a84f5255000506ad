package com.frameworkadvisor.rooms;

import com.frameworkadvisor.advice.DecisionRecord;
import com.frameworkadvisor.advice.Markdown;
import com.frameworkadvisor.advice.ResultsLink;
import com.frameworkadvisor.advice.Scores;
import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.scoring.Answers;
import com.frameworkadvisor.scoring.CriterionSpread;
import com.frameworkadvisor.scoring.GroupEvaluation;
import com.frameworkadvisor.scoring.GroupRank;
import com.frameworkadvisor.scoring.GroupScorer;
import com.frameworkadvisor.scoring.MemberResult;
import com.frameworkadvisor.scoring.Weights;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A room's decision as a Markdown decision record in the MADR layout: what the team weighed, how the options scored
 * for the group, what was chosen and how far the members agreed. Everything a person typed (title, context, names,
 * notes) is escaped, so it reads as text in any Markdown or HTML viewer.
 */
@Component
class RoomDecisionRecord {

    /** How many of the group's most weighted criteria are named as decision drivers. */
    static final int DRIVERS = 5;

    private final RoomResults results;
    private final Clock clock;

    RoomDecisionRecord(RoomResults results, Clock clock) {
        this.results = results;
        this.clock = clock;
    }

    /**
     * The facilitator's answer to {@code team-knows}, which rated "Your team's experience" for every member; empty
     * when the room was not asked it.
     */
    private static String teamKnows(Room room, KnowledgeBase kb) {
        if (room.teamKnows() == null) {
            return "";
        }
        List<String> known = room.teamKnowsIds().stream()
                .map(id -> kb.framework(id).map(f -> f.name()).orElse(id))
                .toList();
        return "\nThe team knows: " + (known.isEmpty() ? "none of the frameworks" : String.join(", ", known))
                + " (the facilitator's answer; rated by you: each framework the team knows scores 5 on your team's"
                + " experience, any other 1).\n";
    }

    /** @param baseUrl where this application is reached, so the members' links work outside it */
    public String render(RoomState state, String baseUrl) {
        Room room = state.room();
        KnowledgeBase kb = state.kb();
        Optional<GroupEvaluation> group = results.evaluate(state);
        Map<String, String> names = new LinkedHashMap<>();
        state.ballots().forEach(b -> names.put(b.id(), b.name()));
        LocalDate date = room.decided() ? LocalDate.ofInstant(room.decidedAt(), clock.getZone()) : LocalDate.now(clock);

        String context = (room.context().isBlank()
                        ? "No context was given when the room was opened."
                        : paragraphs(room.context()))
                + "\n\nWhich web framework should the team use? Each member said privately how much each criterion"
                + " matters (0 = doesn't matter, 5 = critical); the frameworks are rated 1-5 on each from cited"
                + " sources. Every member has an equal voice: each member's weights are scaled to sum to 1 before"
                + " they are averaged into the group weights.\n"
                + teamKnows(room, kb);

        StringBuilder drivers = new StringBuilder();
        group.ifPresentOrElse(
                g -> drivers(kb, drivers, g),
                () -> drivers.append(noGroupResult(state)).append('\n'));

        StringBuilder options = new StringBuilder();
        group.ifPresentOrElse(
                g -> options(kb, options, g),
                () -> state.candidates().stream()
                        .map(id -> kb.framework(id).orElseThrow())
                        .forEach(f -> options.append("* ")
                                .append(Markdown.escape(f.name()))
                                .append('\n')));

        StringBuilder outcome = new StringBuilder();
        if (room.decided()) {
            outcome.append("Chosen option: \"")
                    .append(Markdown.escape(GroupView.frameworkName(kb, room.decisionFramework())))
                    .append('"');
            String notes =
                    room.decisionNotes() == null ? "" : room.decisionNotes().strip();
            if (notes.isEmpty()) {
                outcome.append(". No reasons were recorded with the decision.\n\n");
            } else {
                outcome.append(", because ")
                        .append(Markdown.escape(notes))
                        .append(endsSentence(notes) ? "" : ".")
                        .append("\n\n");
            }
        } else {
            outcome.append("No decision recorded yet.\n\n");
        }
        group.ifPresentOrElse(
                g -> {
                    groupResult(kb, outcome, g, room, names);
                    members(state, outcome, g, baseUrl);
                },
                () -> outcome.append(noGroupResult(state)).append('\n'));
        reasons(state, outcome);

        List<Criterion> compared = group.map(g -> g.mostWeightedCriteria(Integer.MAX_VALUE).stream()
                        .map(id -> kb.criterion(id).orElseThrow())
                        .toList())
                .orElse(kb.criteria());
        return new DecisionRecord(
                        room.title(),
                        List.of(
                                "Status: " + (room.decided() ? "decided" : "proposed"),
                                "Date: " + date,
                                "Decision-makers: " + decisionMakers(room, names)),
                        context,
                        drivers.toString(),
                        options.toString(),
                        outcome.toString(),
                        kb,
                        state.candidates().stream()
                                .map(id -> kb.framework(id).orElseThrow())
                                .toList(),
                        compared,
                        group.isEmpty() ? "No criterion has been weighted yet, so every criterion is compared." : null)
                .toMarkdown();
    }

    private static void drivers(KnowledgeBase kb, StringBuilder md, GroupEvaluation group) {
        md.append("The criteria that weigh most for the group, with their share of the group's weight:\n\n");
        for (String id : group.mostWeightedCriteria(DRIVERS)) {
            md.append("* ")
                    .append(Markdown.escape(criterionName(kb, id)))
                    .append(" (group weight ")
                    .append(percent(group.groupWeights().get(id)))
                    .append(")\n");
        }
    }

    private static void options(KnowledgeBase kb, StringBuilder md, GroupEvaluation group) {
        for (GroupRank rank : group.ranking()) {
            md.append("* ")
                    .append(Markdown.escape(GroupView.frameworkName(kb, rank.framework())))
                    .append(": ")
                    .append(Scores.whole(rank.score()))
                    .append(" out of 100 for the group\n");
        }
    }

    private static void groupResult(
            KnowledgeBase kb, StringBuilder md, GroupEvaluation group, Room room, Map<String, String> names) {
        int members = group.members().size();
        List<GroupRank> first =
                group.ranking().stream().filter(r -> r.rank() == 1).toList();
        md.append("Group result of ").append(members).append(members == 1 ? " member: " : " members: ");
        if (group.winner() != null) {
            GroupRank winner = first.get(0);
            Optional<GroupRank> next =
                    group.ranking().stream().filter(r -> r.rank() > 1).findFirst();
            // One decimal when whole points would make the lead look like a tie.
            String[] headline = next.isPresent()
                    ? Scores.headline(winner.score(), next.get().score())
                    : new String[] {Scores.whole(winner.score())};
            md.append('"')
                    .append(Markdown.escape(GroupView.frameworkName(kb, group.winner())))
                    .append("\" comes first with ")
                    .append(headline[0])
                    .append(" out of 100");
            next.ifPresent(n -> md.append(", ahead of \"")
                    .append(Markdown.escape(GroupView.frameworkName(kb, n.framework())))
                    .append("\" with ")
                    .append(headline[1]));
            md.append('.');
        } else {
            List<String> shared = first.stream()
                    .map(r -> "\"" + Markdown.escape(GroupView.frameworkName(kb, r.framework())) + "\"")
                    .toList();
            md.append("first place is shared by ")
                    .append(String.join(", ", shared.subList(0, shared.size() - 1)))
                    .append(" and ")
                    .append(shared.get(shared.size() - 1))
                    .append(" with ")
                    .append(Scores.whole(first.get(0).score()))
                    .append(" out of 100 each.");
        }
        if (room.decided() && first.stream().noneMatch(r -> r.framework().equals(room.decisionFramework()))) {
            md.append(" The chosen option is not the group's first place.");
        }
        md.append("\n\nFirst choice of the members (a member whose own first place is shared counts for each ")
                .append("framework sharing it):\n\n");
        group.firstChoiceShare()
                .forEach((framework, share) -> md.append("* ")
                        .append(Markdown.escape(GroupView.frameworkName(kb, framework)))
                        .append(": ")
                        .append(percent(share))
                        .append('\n'));

        md.append('\n');
        if (members == 1) {
            md.append("Only one member's answers count, so the group result is theirs.\n");
        } else if (group.pivotalMembers().isEmpty()) {
            md.append("No member is pivotal: without any one of them, the group's first place would stay the same.\n");
        } else if (room.anonymous()) {
            int pivotal = group.pivotalMembers().size();
            md.append(pivotal == 1 ? "One member's answers" : pivotal + " members' answers, each on their own,")
                    .append(" would change the group's choice.\n");
        } else {
            md.append("Pivotal members, without any one of whom the group's first place would differ: ")
                    .append(DecisionRecord.escapedList(
                            group.pivotalMembers().stream().map(names::get).toList()))
                    .append(".\n");
        }

        List<CriterionSpread> disputed =
                group.criteria().stream().filter(CriterionSpread::disputed).toList();
        md.append('\n');
        if (disputed.isEmpty()) {
            md.append("No criterion is disputed: on each, the members' answers are less than ")
                    .append(GroupScorer.DISPUTED_SPREAD)
                    .append(" apart.\n");
        } else {
            md.append("Disputed criteria, where the members' answers are ")
                    .append(GroupScorer.DISPUTED_SPREAD)
                    .append(" or more apart:\n\n");
            for (CriterionSpread spread : disputed) {
                md.append("* ")
                        .append(Markdown.escape(criterionName(kb, spread.criterion())))
                        .append(": answers from ")
                        .append(spread.min())
                        .append('–')
                        .append(spread.max())
                        .append('\n');
            }
        }
    }

    /**
     * Each member's own result with a link to it that carries the room's version, so it reproduces after the room has
     * expired.
     */
    private void members(RoomState state, StringBuilder md, GroupEvaluation group, String baseUrl) {
        KnowledgeBase kb = state.kb();
        Map<String, MemberResult> evaluated = new LinkedHashMap<>();
        group.members().forEach(m -> evaluated.put(m.id(), m));
        md.append("\nEach member's own result, and a permanent link to it (knowledge base version ")
                .append(Markdown.escape(kb.version()))
                .append("):\n\n");
        for (Ballot ballot : state.ballots()) {
            MemberResult member = evaluated.get(ballot.id());
            md.append("* ").append(Markdown.escape(ballot.name())).append(": ");
            if (member == null) {
                md.append("weighed no criterion this knowledge base has\n");
                continue;
            }
            if (member.winner() != null) {
                md.append('"')
                        .append(Markdown.escape(GroupView.frameworkName(kb, member.winner())))
                        .append("\" first");
            } else {
                md.append("first place shared");
            }
            Weights weights = results.weightsOf(kb, ballot).orElseThrow();
            // An autolink: the URL is ours (criterion ids and digits), so it needs no escaping and stays clickable.
            md.append(" with ")
                    .append(Scores.whole(member.topScore()))
                    .append(" out of 100, <")
                    .append(baseUrl)
                    .append(ResultsLink.path(kb, Answers.of(weights)))
                    .append(">\n");
        }
    }

    /** Each member's reason as a paragraph of its own, escaped line by line; those who gave none are left out. */
    private static void reasons(RoomState state, StringBuilder md) {
        List<Ballot> withReasons =
                state.ballots().stream().filter(Ballot::hasReason).toList();
        md.append("\n### Reasons given\n\n");
        if (withReasons.isEmpty()) {
            md.append("No member gave a reason.\n");
            return;
        }
        for (Ballot ballot : withReasons) {
            md.append("* ")
                    .append(Markdown.escape(ballot.name()))
                    .append(": ")
                    .append(paragraphs(ballot.reason()).replace("\n", "\n  "))
                    .append('\n');
        }
    }

    private static String decisionMakers(Room room, Map<String, String> names) {
        if (names.isEmpty()) {
            return "no one has answered yet";
        }
        if (room.anonymous()) {
            return names.size() + (names.size() == 1 ? " member" : " members") + ", anonymously";
        }
        return DecisionRecord.escapedList(names.values());
    }

    private String noGroupResult(RoomState state) {
        return state.ballots().isEmpty()
                ? "No one has answered yet, so there is no group result."
                : "None of the answers weighs a criterion the knowledge base still has, so there is no group result.";
    }

    private static String criterionName(KnowledgeBase kb, String id) {
        return kb.criterion(id).map(Criterion::name).orElse(id);
    }

    /** Multi-line text with its line breaks kept, each line escaped on its own so none can start a block. */
    private static String paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\R"))
                .map(String::strip)
                .map(Markdown::escape)
                .collect(Collectors.joining("\n"));
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
