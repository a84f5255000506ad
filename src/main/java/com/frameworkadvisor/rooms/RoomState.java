package com.frameworkadvisor.rooms;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import java.util.List;

/** A room as loaded in one read: the room row, its ballots (oldest first) and the knowledge-base version it pins. */
record RoomState(Room room, List<Ballot> ballots, KnowledgeBase kb) {

    public RoomState {
        ballots = List.copyOf(ballots);
    }

    /** The ids of the frameworks in the room's running, in the knowledge base's order; never empty. */
    List<String> candidates() {
        return candidates(room, kb);
    }

    /** The room's own candidates, or else the default candidates of the version it pins. */
    static List<String> candidates(Room room, KnowledgeBase kb) {
        return room.candidates().isEmpty() ? kb.candidatesByDefault() : kb.inFrameworkOrder(room.candidates());
    }
}
