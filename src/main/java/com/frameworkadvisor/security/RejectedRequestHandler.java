package com.frameworkadvisor.security;

import com.frameworkadvisor.errors.ErrorDetail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.Header;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Answers a request that Spring Security's firewall refuses (an address with {@code //}, {@code ;}, encoded slashes
 * and the like) with a 400 that says so. The firewall runs before any other filter, so the security headers are
 * written here, or that answer alone would go out without them.
 */
class RejectedRequestHandler implements RequestRejectedHandler {

    static final String DETAIL = "This address is not one this site uses: it contains characters or sequences, "
            + "such as // or ;, that are refused for safety.";

    private final StaticHeadersWriter headers;

    RejectedRequestHandler(List<Header> headers) {
        this.headers = new StaticHeadersWriter(headers);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        headers.writeHeaders(request, response);
        ErrorDetail.attach(request, DETAIL);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
