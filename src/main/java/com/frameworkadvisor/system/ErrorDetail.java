package com.frameworkadvisor.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The sentence an error page or problem shows to say what went wrong, for errors raised outside Spring MVC (filters,
 * Spring Security) that cannot throw an exception carrying it. It rides on the request into the error dispatch.
 */
public final class ErrorDetail {

    private static final String ATTRIBUTE = ErrorDetail.class.getName();

    private ErrorDetail() {
    }

    public static void attach(HttpServletRequest request, String detail) {
        request.setAttribute(ATTRIBUTE, detail);
    }

    static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String detail ? detail : null;
    }
}
