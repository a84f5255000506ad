package com.frameworkadvisor.system;

import java.io.IOException;

/** A request body went past the configured limit while it was being read. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes.");
    }
}
