package com.frameworkadvisor.rooms;

import com.frameworkadvisor.scoring.AnswerProblem;
import java.util.List;

/**
 * A key that makes a ballot's submission safe to retry: the API's {@code Idempotency-Key} header or the ballot form's
 * one-time token. At most {@link #MAX} printable ASCII characters, so that any client's UUID or random string fits
 * and nothing else is stored (as a hash) or compared.
 *
 * @param name what the client calls it, for messages: the header's or the field's name
 */
record SubmissionKey(String name, String value) {

    static final int MAX = 64;
    static final String HEADER = "Idempotency-Key";
    static final String FORM_FIELD = "submission";

    /** The checked key, or {@code null} when none was sent; a key that is empty, too long or not printable is refused. */
    static SubmissionKey of(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty() || value.length() > MAX || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidRoomInputException(List.of(new AnswerProblem(
                    name, "must be 1 to " + MAX + " printable ASCII characters without spaces, such as a UUID")));
        }
        return new SubmissionKey(name, value);
    }
}
