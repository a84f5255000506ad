package com.frameworkadvisor.rooms;

import com.frameworkadvisor.advice.ResultsLink;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One member's stored answers, e.g. weights {@code orm=5&admin=3} (criteria left out weigh 0). */
@Table
public record Ballot(
        @Id String id,
        String roomId,
        String keyHash,
        String name,
        String weights,
        Instant createdAt,
        Instant updatedAt) {

    /** The stored weights by criterion id; the knowledge base decides later which ids still count. */
    public Map<String, Integer> weightMap() {
        return ResultsLink.storedWeights(weights);
    }
}
