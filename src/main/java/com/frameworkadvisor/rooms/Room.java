package com.frameworkadvisor.rooms;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored room. Its ballots are a separate aggregate, so members can answer concurrently.
 *
 * @param frameworks the room's candidates as a comma list of ids, or {@code null} for the pinned version's defaults
 * @param anonymous whether ballots are shown as "Member n" and never with a name; fixed at creation
 * @param reasonRequired whether every ballot must give a reason
 * @param closesAt when answering closes by itself, or {@code null}
 * @param expectedMembers how many members the room expects, or {@code null}
 * @param revealWhenAllAnswered whether the room reveals itself once {@code expectedMembers} have answered
 * @param autoRevealed whether it has done so, so it never does again
 * @param teamKnows the facilitator's answer to {@code team-knows} (issue 15): the frameworks the team knows as a comma
 *     list, or {@code none}; it rates "Your team's experience" for every member. {@code null}: not asked
 */
@Table
public record Room(
        @Id String id,
        String facilitatorKeyHash,
        String title,
        String context,
        String status,
        boolean revealed,
        String decisionFramework,
        String decisionNotes,
        Instant decidedAt,
        Instant createdAt,
        Instant expiresAt,
        long revision,
        String knowledgeBaseVersion,
        String frameworks,
        boolean anonymous,
        boolean reasonRequired,
        Instant closesAt,
        Integer expectedMembers,
        boolean revealWhenAllAnswered,
        boolean autoRevealed,
        String teamKnows) {

    static final String OPEN = "open";
    static final String CLOSED = "closed";

    public boolean open() {
        return OPEN.equals(status);
    }

    /**
     * The ids of the frameworks in the room's running, in the knowledge base's order; empty means the default
     * candidates of the version the room pins ({@code frameworks} is stored NULL then).
     */
    public List<String> candidates() {
        return frameworks == null ? List.of() : List.of(frameworks.split(","));
    }

    public boolean decided() {
        return decisionFramework != null;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Whether the closing time has come; the scheduled close may not have run yet. */
    boolean pastDeadline(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }

    /** The room as it stands at {@code now}: closed once its deadline has passed, whether or not the job ran. */
    Room asOf(Instant now) {
        if (!open() || !pastDeadline(now)) {
            return this;
        }
        return new Room(
                id,
                facilitatorKeyHash,
                title,
                context,
                CLOSED,
                revealed,
                decisionFramework,
                decisionNotes,
                decidedAt,
                createdAt,
                expiresAt,
                revision,
                knowledgeBaseVersion,
                frameworks,
                anonymous,
                reasonRequired,
                closesAt,
                expectedMembers,
                revealWhenAllAnswered,
                autoRevealed,
                teamKnows);
    }

    /**
     * The frameworks the facilitator said the team knows, or empty when they said none or were not asked; see
     * {@link #teamKnows}.
     */
    public List<String> teamKnowsIds() {
        if (teamKnows == null || teamKnows.isEmpty() || teamKnows.equals("none")) {
            return List.of();
        }
        return List.of(teamKnows.split(","));
    }
}
