package com.frameworkadvisor.rooms;

import java.util.Locale;

/** What a facilitator may do to a whole room, named in lower case in its page and API paths (/rooms/{id}/reveal). */
enum FacilitatorAction {
    REVEAL,
    HIDE,
    CLOSE,
    REOPEN;

    /** The path segments, as a Spring MVC path pattern, so that no other segment reaches a handler. */
    static final String PATHS = "reveal|hide|close|reopen";

    /** The action of a path segment that {@link #PATHS} matched. */
    static FacilitatorAction of(String path) {
        return valueOf(path.toUpperCase(Locale.ROOT));
    }

    /** The part of the room page to return to after this action. */
    String section() {
        return this == REVEAL ? "results" : "facilitation";
    }
}
