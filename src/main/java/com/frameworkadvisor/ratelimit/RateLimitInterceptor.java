package com.frameworkadvisor.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Charges each call of a {@link RateLimited} handler to the client's address and refuses it once the budget is spent.
 * The refusal is an exception, so pages answer with the error page and the API with problem+json, both carrying
 * Retry-After.
 */
class RateLimitInterceptor implements HandlerInterceptor {

    private final RateLimiter limiter;
    private final MeterRegistry meters;

    RateLimitInterceptor(RateLimiter limiter, MeterRegistry meters) {
        this.limiter = limiter;
        this.meters = meters;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        RateLimited limited =
                handler instanceof HandlerMethod method ? method.getMethodAnnotation(RateLimited.class) : null;
        if (limited != null) {
            // The address of the client, or of the proxy in front of it when that proxy is trusted
            // (server.forward-headers-strategy).
            Optional<Duration> wait = limiter.tryAcquire(limited.value(), request.getRemoteAddr());
            if (wait.isPresent()) {
                meters.counter(
                                "advisor.rate_limit.refusals",
                                "action",
                                limited.value().tag())
                        .increment();
                throw new TooManyRequestsException(limited.value(), wait.get());
            }
        }
        return true;
    }
}
