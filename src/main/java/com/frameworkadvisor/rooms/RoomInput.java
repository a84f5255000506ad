package com.frameworkadvisor.rooms;

import com.frameworkadvisor.scoring.AnswerProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the free-text fields of rooms, ballots and decisions. Lengths count characters as people see them (code
 * points), after trimming; line breaks are allowed only where the field is a paragraph.
 */
final class RoomInput {

    static final int TITLE_MAX = 120;
    static final int CONTEXT_MAX = 2000;
    static final int NAME_MAX = 60;
    static final int NOTES_MAX = 2000;
    static final int REASON_MAX = 500;

    private final List<AnswerProblem> problems = new ArrayList<>();

    /** What is wrong with a member's name and reason in this room, to report beside the problems with their answers. */
    static List<AnswerProblem> memberProblems(Room room, String name, String reason) {
        RoomInput input = new RoomInput();
        input.name(room, name);
        input.reason(room, reason);
        return input.problems();
    }

    /** A name is required in a named room and optional in an anonymous one, where it is for the member's own screen. */
    String name(Room room, String name) {
        return room.anonymous() ? optional("name", name, NAME_MAX, false) : required("name", name, NAME_MAX);
    }

    /** A reason is a paragraph of plain text, required when the room says so. */
    String reason(Room room, String reason) {
        return room.reasonRequired()
                ? required("reason", reason, REASON_MAX, true)
                : optional("reason", reason, REASON_MAX);
    }

    String required(String field, String value, int max) {
        return required(field, value, max, false);
    }

    String required(String field, String value, int max, boolean paragraph) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(new AnswerProblem(field, "is required: 1 to " + max + " characters"));
        } else {
            check(field, text, max, paragraph);
        }
        return text;
    }

    String optional(String field, String value, int max) {
        return optional(field, value, max, true);
    }

    String optional(String field, String value, int max, boolean paragraph) {
        String text = value == null ? "" : value.strip();
        check(field, text, max, paragraph);
        return text;
    }

    void problem(String field, String message) {
        problems.add(new AnswerProblem(field, message));
    }

    List<AnswerProblem> problems() {
        return List.copyOf(problems);
    }

    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidRoomInputException(problems);
        }
    }

    private void check(String field, String text, int max, boolean paragraph) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            problems.add(new AnswerProblem(field, "must be at most " + max + " characters, but has " + length));
        } else if (text.codePoints()
                .anyMatch(c -> Character.isISOControl(c) && !(paragraph && (c == '\n' || c == '\r' || c == '\t')))) {
            problems.add(new AnswerProblem(
                    field,
                    paragraph
                            ? "must not contain control characters other than line breaks and tabs"
                            : "must be a single line without control characters"));
        }
    }
}
