package com.frameworkadvisor.scoring;

import java.util.Objects;

/**
 * One member of a team decision room and how much each criterion matters to them, 0 to 5.
 *
 * @param id identifies the member within the room; ids are unique in a group
 * @param name what the room shows for the member
 * @param weights the member's answers; members of a room have no must-haves
 */
public record MemberAnswers(String id, String name, Weights weights) {

    public MemberAnswers {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(weights, "weights");
    }
}
