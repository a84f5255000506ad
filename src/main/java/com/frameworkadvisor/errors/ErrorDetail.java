package com.frameworkadvisor.errors;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The sentence an error page or problem shows to say what went wrong, for errors answered with {@code sendError}
 * (filters, Spring Security, exception resolvers) rather than with an exception that carries it. It rides on the
 * request into the error dispatch.
 */
public final class ErrorDetail {

    private static final String ATTRIBUTE = ErrorDetail.class.getName();

    private ErrorDetail() {}

    public static void attach(HttpServletRequest request, String detail) {
        request.setAttribute(ATTRIBUTE, detail);
    }

    static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String detail ? detail : null;
    }
}
