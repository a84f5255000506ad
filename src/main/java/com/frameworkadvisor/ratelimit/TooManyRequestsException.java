package com.frameworkadvisor.ratelimit;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A client spent its budget for an action: 429, with Retry-After in whole seconds and a sentence saying so. */
class TooManyRequestsException extends ErrorResponseException {

    TooManyRequestsException(LimitedAction action, Duration wait) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(action, seconds(wait)), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait)));
    }

    private static long seconds(Duration wait) {
        // Rounded up: a client that waits exactly this long is served.
        return Math.max(1, wait.plusNanos(999_999_999).toSeconds());
    }

    private static ProblemDetail problem(LimitedAction action, long seconds) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests "
                        + action.description() + " from your address. Please try again in " + seconds
                        + (seconds == 1 ? " second." : " seconds."));
        problem.setProperty("retryAfterSeconds", seconds);
        return problem;
    }
}
