package com.frameworkadvisor.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Charges each call of a {@link RateLimited} handler to the client's address and refuses it once the budget is spent.
 * The refusal is an exception, so pages answer with the error page and the API with problem+json, both carrying
 * Retry-After.
 */
class RateLimitInterceptor implements HandlerInterceptor {

    private final RateLimits limits;

    RateLimitInterceptor(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        RateLimited limited =
                handler instanceof HandlerMethod method ? method.getMethodAnnotation(RateLimited.class) : null;
        if (limited != null) {
            limits.charge(limited.value(), request);
        }
        return true;
    }
}
