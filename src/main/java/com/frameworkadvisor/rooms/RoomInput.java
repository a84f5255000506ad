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

    private final List<AnswerProblem> problems = new ArrayList<>();

    /** What is wrong with a member's display name, if anything, to report beside the problems with their answers. */
    public static List<AnswerProblem> nameProblems(String name) {
        RoomInput input = new RoomInput();
        input.required("name", name, NAME_MAX);
        return input.problems();
    }

    String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(new AnswerProblem(field, "is required: 1 to " + max + " characters"));
        } else {
            check(field, text, max, false);
        }
        return text;
    }

    String optional(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        check(field, text, max, true);
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
