package com.frameworkadvisor.security;

import com.frameworkadvisor.errors.ErrorDetail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Every page is public, so the only thing Spring Security ever refuses is a form without a valid CSRF token: one sent
 * from another site, or from a page so old that its token cookie is gone. The error page says which, in words.
 */
class RefusedFormHandler implements AccessDeniedHandler {

    static final String EXPIRED_FORM = "This form could not be accepted: it was not sent from a page of this site, "
            + "or the page is too old. Go back, reload the page and send the form again.";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        ErrorDetail.attach(request, refused instanceof CsrfException ? EXPIRED_FORM : "This action is not allowed.");
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
