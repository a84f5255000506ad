package com.frameworkadvisor.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * Charges one request of an action to the client's address, or refuses it with 429 once the budget is spent. Handlers
 * marked {@link RateLimited} are charged before they run; a handler that can answer some requests without the costly
 * work (a page already rendered, a 304) charges the others itself, so those answers stay free.
 */
public final class RateLimits {

    private final RateLimiter limiter;
    private final MeterRegistry meters;

    RateLimits(RateLimiter limiter, MeterRegistry meters) {
        this.limiter = limiter;
        this.meters = meters;
    }

    /** @throws TooManyRequestsException (429 with Retry-After) when the client's budget for the action is spent */
    public void charge(LimitedAction action, HttpServletRequest request) {
        // The address of the client, or of the proxy in front of it when that proxy is trusted
        // (server.forward-headers-strategy).
        Optional<Duration> wait = limiter.tryAcquire(action, request.getRemoteAddr());
        if (wait.isPresent()) {
            meters.counter("advisor.rate_limit.refusals", "action", action.tag())
                    .increment();
            throw new TooManyRequestsException(action, wait.get());
        }
    }
}
