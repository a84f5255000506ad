package com.frameworkadvisor.errors;

import java.io.IOException;

/** A request body went past a limit while it was being read: answered 413 with this message, as a page or a problem. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes.");
    }
}
