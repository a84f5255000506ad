package com.frameworkadvisor.rooms;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A stored room. Its ballots are a separate aggregate, so members can answer concurrently. */
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
        String frameworks) {

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
}
