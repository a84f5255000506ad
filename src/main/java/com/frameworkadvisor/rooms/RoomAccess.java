package com.frameworkadvisor.rooms;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is looking at a room, and so what they may see: the one rule for the room's pages, its API, its live stream
 * (which carries only revisions, so each page fetches its own view through this) and its exports.
 *
 * <p>In a named room, anyone with the room's link sees who has answered; the answers, reasons and the group result are
 * for everyone once revealed, and for the facilitator at any time.
 *
 * <p>In an anonymous room, before the reveal nobody but a ballot's owner sees anything of that ballot, the facilitator
 * included: the others see a count. After the reveal every ballot is shown as "Member n", with its answers and
 * reason but with no id, name or time, in the order of the labels, which were drawn at random. Whatever a ballot
 * carries is covered, because the renderers are only ever given the ballots as {@link #shown()} makes them.
 *
 * <p>A member always sees their own ballot ({@link #own()}).
 *
 * @param facilitator whether the caller gave the room's facilitator key
 * @param own the caller's own ballot, when they gave its key
 */
record RoomAccess(RoomState state, boolean facilitator, Optional<Ballot> own) {

    /** The prefix of the id an anonymous room's ballot is shown with, and removed by: {@code member-3}. */
    static final String LABEL_ID = "member-";

    boolean seesAnswers() {
        Room room = state.room();
        return room.revealed() || (facilitator && !room.anonymous());
    }

    /** How many ballots the room has: what everyone may know. */
    int answered() {
        return state.ballots().size();
    }

    /**
     * The room with the ballots this caller may see listed, as they may see them. Whether their answers may be read
     * too is {@link #seesAnswers()}.
     */
    RoomState shown() {
        Room room = state.room();
        if (!room.anonymous()) {
            return state;
        }
        if (!room.revealed()) {
            return new RoomState(room, List.of(), state.kb());
        }
        List<Ballot> labelled = state.ballots().stream()
                .map(RoomAccess::labelled)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Ballot::label))
                .toList();
        return new RoomState(room, labelled, state.kb());
    }

    /** The room with its answers, or {@link RoomException#hidden()} for a caller who may not see them yet. */
    RoomState answers() {
        if (!seesAnswers()) {
            throw RoomException.hidden(state.room().anonymous());
        }
        return shown();
    }

    /** "Member n" for the label n. */
    static String labelName(int label) {
        return "Member " + label;
    }

    /** The ballot as others see it in a revealed anonymous room: what it says, nothing of who or when. */
    private static Ballot labelled(Ballot ballot) {
        if (ballot.label() == null) {
            return null; // labels are drawn in the reveal's transaction; none is missing once revealed
        }
        return new Ballot(
                LABEL_ID + ballot.label(),
                ballot.roomId(),
                "",
                labelName(ballot.label()),
                ballot.weights(),
                null,
                null,
                ballot.reason(),
                ballot.label(),
                ballot.project());
    }
}
