package com.frameworkadvisor.rooms;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import java.util.List;

/** A room as loaded in one read: the room row, its ballots (oldest first) and the knowledge-base version it pins. */
record RoomState(Room room, List<Ballot> ballots, KnowledgeBase kb) {

    public RoomState {
        ballots = List.copyOf(ballots);
    }
}
