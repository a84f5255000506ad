package com.frameworkadvisor.rooms;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.Question;
import com.frameworkadvisor.scoring.GroupEvaluation;
import com.frameworkadvisor.scoring.MemberResult;
import com.frameworkadvisor.scoring.Weights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * A room's ballots as CSV for a spreadsheet: one row per ballot in the room's order, with the member's name, when they
 * answered, their own winner, their reason, their answer to each project question (the option ids, comma-separated
 * where a question takes several; empty where they did not answer it) and their weight (0–5) on every criterion of
 * the current knowledge base. A column per question rather than one link-format string, so that a spreadsheet can sort
 * and filter by an answer; {@code team-knows} has none, as the facilitator answered it for the room.
 * An anonymous room's file has the member's label instead of a name and no times. Cells that a spreadsheet would run
 * as a formula are prefixed with a single quote.
 */
@Component
class BallotsCsv {

    static final List<String> LEADING_COLUMNS = List.of("name", "submitted_at", "updated_at", "winner", "reason");
    static final List<String> ANONYMOUS_LEADING_COLUMNS = List.of("member", "winner", "reason");

    private final RoomResults results;

    BallotsCsv(RoomResults results) {
        this.results = results;
    }

    /** @param state the room as its reader may see it ({@link RoomAccess#answers()}) */
    public String write(RoomState state) {
        KnowledgeBase kb = state.kb();
        boolean anonymous = state.room().anonymous();
        List<String> header = new ArrayList<>(anonymous ? ANONYMOUS_LEADING_COLUMNS : LEADING_COLUMNS);
        List<String> questions = memberQuestions(kb);
        header.addAll(questions);
        kb.criteria().forEach(c -> header.add(c.id()));
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get();

        Map<String, MemberResult> own = new HashMap<>();
        results.evaluate(state)
                .map(GroupEvaluation::members)
                .ifPresent(members -> members.forEach(m -> own.put(m.id(), m)));

        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, format)) {
            for (Ballot ballot : state.ballots()) {
                List<String> row = new ArrayList<>(header.size());
                row.add(ballot.name());
                if (!anonymous) {
                    row.add(ballot.createdAt().toString());
                    row.add(ballot.updatedAt().toString());
                }
                MemberResult result = own.get(ballot.id());
                // Empty when the member's own first place is shared or nothing they weighed is left.
                row.add(result == null || result.winner() == null ? "" : result.winner());
                row.add(ballot.reason() == null ? "" : ballot.reason());
                Map<String, List<String>> project = ballot.projectAnswers().answers();
                questions.forEach(q -> row.add(String.join(",", project.getOrDefault(q, List.of()))));
                Optional<Weights> weights = results.weightsOf(state.kb(), ballot);
                for (Criterion criterion : kb.criteria()) {
                    row.add(String.valueOf(
                            weights.map(w -> w.of(criterion.id())).orElse(0)));
                }
                printer.printRecord(row.stream().map(BallotsCsv::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing CSV to memory cannot fail", e);
        }
        return csv.toString();
    }

    /** The questions a member answers: all of the version's but {@code team-knows}, in the knowledge base's order. */
    static List<String> memberQuestions(KnowledgeBase kb) {
        return kb.questions().stream()
                .map(Question::id)
                .filter(id -> !id.equals(Question.TEAM_KNOWS))
                .toList();
    }

    /**
     * The cell as a spreadsheet shows it, never as a formula: one that starts with {@code = + - @}, a tab or a carriage
     * return gets a leading single quote (the OWASP advice against CSV injection).
     */
    static String inert(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
