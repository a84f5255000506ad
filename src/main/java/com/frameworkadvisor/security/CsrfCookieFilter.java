package com.frameworkadvisor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes sure the CSRF cookie is set before a room page starts streaming. Spring Security creates the token only when
 * a form asks for it, and a form near the end of a long page is rendered after the response has been committed, too
 * late to set a cookie. Only room pages carry forms that post, so the other pages stay cookie-free (and cacheable).
 */
class CsrfCookieFilter extends OncePerRequestFilter {

    private final RequestMatcher pagesWithForms;

    CsrfCookieFilter(RequestMatcher pagesWithForms) {
        this.pagesWithForms = pagesWithForms;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !pagesWithForms.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
