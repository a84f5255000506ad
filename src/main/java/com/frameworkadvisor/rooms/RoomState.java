package com.frameworkadvisor.rooms;

import java.util.List;

/** A room as loaded in one read: the room row and its ballots, oldest first. */
record RoomState(Room room, List<Ballot> ballots) {

    public RoomState {
        ballots = List.copyOf(ballots);
    }
}
