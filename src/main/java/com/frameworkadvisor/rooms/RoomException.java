package com.frameworkadvisor.rooms;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A room request that cannot be served, with the status and sentence both the pages and the API show: unknown (404),
 * expired (410), wrong key (403), closed or full (409).
 */
class RoomException extends ResponseStatusException {

    RoomException(HttpStatus status, String reason) {
        super(status, reason);
    }

    public static RoomException notFound() {
        return new RoomException(
                HttpStatus.NOT_FOUND, "There is no room at this address. Check that the link was copied in full.");
    }

    public static RoomException expired() {
        return new RoomException(
                HttpStatus.GONE,
                "This room has expired and its answers were deleted. Start a new room to decide again.");
    }

    public static RoomException notFacilitator() {
        return new RoomException(
                HttpStatus.FORBIDDEN,
                "Only the room's facilitator can do this: the facilitator key is missing or wrong.");
    }

    public static RoomException notBallotOwner() {
        return new RoomException(
                HttpStatus.FORBIDDEN,
                "Only the member who sent this ballot can change it: the ballot key is missing or wrong.");
    }

    public static RoomException unknownBallot() {
        return new RoomException(HttpStatus.NOT_FOUND, "This room has no such ballot; it may have been removed.");
    }

    public static RoomException closed() {
        return new RoomException(
                HttpStatus.CONFLICT,
                "Answering is closed in this room. Ask the facilitator to reopen it to add or change answers.");
    }

    public static RoomException full(int maxBallots) {
        return new RoomException(
                HttpStatus.CONFLICT,
                "This room already has " + maxBallots + " ballots, the most a room takes (limit: " + maxBallots
                        + " ballots per room).");
    }

    public static RoomException hidden(boolean anonymous) {
        return new RoomException(
                HttpStatus.FORBIDDEN,
                anonymous
                        ? "This room is anonymous: nobody, the facilitator included, sees the answers before the reveal."
                        : "The answers are hidden until the facilitator reveals them.");
    }

    public static RoomException pastDeadline() {
        return new RoomException(
                HttpStatus.CONFLICT,
                "Answering in this room closed at its closing time. Ask the facilitator to reopen it to add or change"
                        + " answers.");
    }

    public static RoomException notYetRevealed() {
        return new RoomException(
                HttpStatus.CONFLICT,
                "In an anonymous room, a ballot can be removed only after the reveal, by its label (Member n).");
    }

    /**
     * A submission key used again with other answers: a retry must repeat its request exactly.
     *
     * @param key what the client calls the key: the header or the form field
     */
    public static RoomException submissionReused(String key) {
        return new RoomException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                key + " was already used in this room for a ballot with other answers. A retry must send the same"
                        + " answers; new answers need a new " + key + ", or change the ballot with its key.");
    }
}
