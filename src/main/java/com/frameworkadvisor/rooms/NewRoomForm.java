package com.frameworkadvisor.rooms;

import java.time.Instant;

/**
 * The posted "open a room" form, every field as typed so that it comes back filled in when something is wrong.
 * Checkboxes send {@code true} when ticked; the closing time comes from a {@code datetime-local} field, in UTC.
 */
record NewRoomForm(
        String title,
        String context,
        String anonymous,
        String reasonRequired,
        String closesAt,
        String expectedMembers,
        String revealWhenAllAnswered) {

    static final NewRoomForm EMPTY = new NewRoomForm("", "", null, null, "", "", null);

    NewRoomForm {
        title = title == null ? "" : title;
        context = context == null ? "" : context;
        closesAt = closesAt == null ? "" : closesAt;
        expectedMembers = expectedMembers == null ? "" : expectedMembers;
    }

    /** The settings chosen, or {@link InvalidRoomInputException} naming a closing time or count that is no such thing. */
    RoomSettings settings() {
        RoomInput input = new RoomInput();
        Instant closing = RoomSettings.instant(input, RoomSettings.CLOSES_AT, closesAt);
        Integer expected = null;
        if (!expectedMembers.isBlank()) {
            try {
                expected = Integer.valueOf(expectedMembers.strip());
            } catch (NumberFormatException e) {
                input.problem(
                        RoomSettings.EXPECTED_MEMBERS, "must be a whole number, but was '" + expectedMembers + "'");
            }
        }
        input.throwIfInvalid();
        return new RoomSettings(
                ticked(anonymous), ticked(reasonRequired), closing, expected, ticked(revealWhenAllAnswered));
    }

    public boolean isTicked(String field) {
        return switch (field) {
            case "anonymous" -> ticked(anonymous);
            case "reasonRequired" -> ticked(reasonRequired);
            default -> ticked(revealWhenAllAnswered);
        };
    }

    private static boolean ticked(String checkbox) {
        return "true".equals(checkbox) || "on".equals(checkbox);
    }
}
