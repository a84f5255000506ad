package com.frameworkadvisor.rooms;

import com.frameworkadvisor.advice.ResultsLink;
import com.frameworkadvisor.scoring.ProjectAnswers;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One member's stored answers, e.g. weights {@code orm=5&admin=3} (criteria left out weigh 0).
 *
 * @param name the member's name; empty when an anonymous room's member gave none, or once the room closed
 * @param reason why they answered as they did, up to 500 characters; empty when they gave none
 * @param label in an anonymous room, the n of "Member n", drawn once the room is revealed; {@code null} before
 * @param project the member's project answers in the results link's format ({@code project-kind=json-api&scale=small},
 *     without the room's {@code team-knows}); empty when they gave weights directly. {@link #weights} are the final
 *     weights those answers derived, fine-tuned.
 */
@Table
public record Ballot(
        @Id String id,
        String roomId,
        String keyHash,
        String name,
        String weights,
        Instant createdAt,
        Instant updatedAt,
        String reason,
        Integer label,
        String project) {

    /** The stored weights by criterion id; the knowledge base decides later which ids still count. */
    public Map<String, Integer> weightMap() {
        return ResultsLink.storedWeights(weights);
    }

    /** The member's own project answers, read back with the one codec; {@link ProjectAnswers#NONE} for none. */
    public ProjectAnswers projectAnswers() {
        return ResultsLink.storedProject(project);
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
