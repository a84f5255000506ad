package com.frameworkadvisor.rooms;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * How a room runs, chosen when it is opened: read from the API body or the page's form, then checked by
 * {@link #check} against the clock and the limits.
 *
 * @param anonymous ballots are shown as "Member n" and never with a name; it can never be undone
 * @param reasonRequired every ballot must give a reason
 * @param closesAt when answering closes by itself, or {@code null}
 * @param expectedMembers how many members the room expects, or {@code null}
 * @param revealWhenAllAnswered reveal once {@code expectedMembers} have answered
 */
record RoomSettings(
        boolean anonymous,
        boolean reasonRequired,
        Instant closesAt,
        Integer expectedMembers,
        boolean revealWhenAllAnswered) {

    static final String CLOSES_AT = "closesAt";
    static final String EXPECTED_MEMBERS = "expectedMembers";
    static final String REVEAL_WHEN_ALL_ANSWERED = "revealWhenAllAnswered";
    static final int MIN_EXPECTED = 2;

    static final RoomSettings DEFAULTS = new RoomSettings(false, false, null, null, false);

    /** Records in {@code input} what is wrong with these settings for a room opened at {@code now}. */
    void check(RoomInput input, Instant now, Duration retention, int maxBallots) {
        checkClosingTime(input, CLOSES_AT, closesAt, now, now.plus(retention));
        if (expectedMembers != null && (expectedMembers < MIN_EXPECTED || expectedMembers > maxBallots)) {
            input.problem(
                    EXPECTED_MEMBERS,
                    "must be a whole number from " + MIN_EXPECTED + " to " + maxBallots + ", but was "
                            + expectedMembers);
        }
        if (revealWhenAllAnswered && expectedMembers == null) {
            input.problem(
                    REVEAL_WHEN_ALL_ANSWERED,
                    "needs expectedMembers: the room reveals itself once that many have answered");
        }
    }

    /** A closing time must be in the future and no later than the room's expiry; {@code null} is none. */
    static void checkClosingTime(RoomInput input, String field, Instant closesAt, Instant now, Instant expiresAt) {
        if (closesAt == null) {
            return;
        }
        if (!closesAt.isAfter(now)) {
            input.problem(field, "must be in the future, but was " + closesAt + " (now: " + now + ")");
        } else if (closesAt.isAfter(expiresAt)) {
            input.problem(field, "must be no later than the room's expiry, " + expiresAt + ", but was " + closesAt);
        }
    }

    /**
     * An ISO-8601 instant ({@code 2026-12-03T17:00:00Z}), date-time with offset, or date-time without one, read as
     * UTC (what a page's {@code datetime-local} field sends). Blank is none; anything else is a problem of the field.
     */
    static Instant instant(RoomInput input, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException noOffset) {
                try {
                    return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    input.problem(
                            field, "must be an ISO-8601 instant such as 2026-12-03T17:00:00Z, but was '" + value + "'");
                    return null;
                }
            }
        }
    }
}
