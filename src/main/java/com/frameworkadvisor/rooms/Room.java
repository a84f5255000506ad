package com.frameworkadvisor.rooms;

import java.time.Instant;
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
        String knowledgeBaseVersion) {

    static final String OPEN = "open";
    static final String CLOSED = "closed";

    public boolean open() {
        return OPEN.equals(status);
    }

    public boolean decided() {
        return decisionFramework != null;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
