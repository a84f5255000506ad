package com.frameworkadvisor.rooms;

import java.util.Optional;

/**
 * Who is looking at a room, and so what they may see: the one rule for the room's pages, its API and its exports.
 * Anyone with the room's link sees who has answered; the answers and the group result are for everyone once the
 * facilitator reveals them, and for the facilitator at any time. A member always sees their own ballot.
 *
 * @param facilitator whether the caller gave the room's facilitator key
 * @param own the caller's own ballot, when they gave its key
 */
record RoomAccess(RoomState state, boolean facilitator, Optional<Ballot> own) {

    boolean seesAnswers() {
        return facilitator || state.room().revealed();
    }

    /** The room with its answers, or {@link RoomException#hidden()} for a caller who may not see them yet. */
    RoomState answers() {
        if (!seesAnswers()) {
            throw RoomException.hidden();
        }
        return state;
    }
}
