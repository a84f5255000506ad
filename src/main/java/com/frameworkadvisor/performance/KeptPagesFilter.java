package com.frameworkadvisor.performance;

import com.frameworkadvisor.knowledge.KnowledgeBases;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers a GET or HEAD of a page already {@linkplain KeptPages kept} at exactly this address (path, query as sent,
 * language, knowledge-base version, build) with the kept bytes, before Spring MVC, reading nothing of the query. On any
 * miss the request goes on to the controller, which checks validators, renders and keeps as {@link RenderedPages}
 * says. Running the whole Spring MVC dispatch for a kept page cost it half its rate (docs/performance.md, ADR 0016).
 *
 * <p>It runs after Boot's observation filter, so {@code http.server.requests} counts every kept page under its route,
 * and after Spring Security's filter chain, so a kept page gets the same security headers as a rendered one. It never
 * reaches the rate limiter: a kept page costs nothing to answer, and the README promises that cached pages are free.
 */
@Component
@Order(KeptPagesFilter.ORDER)
class KeptPagesFilter extends OncePerRequestFilter {

    /** After Boot's {@code ServerHttpObservationFilter} (highest precedence + 1) and Spring Security's chain (-100). */
    static final int ORDER = 0;

    private final KeptPages kept;
    private final KnowledgeBases kbs;
    private final LocaleResolver locales;

    KeptPagesFilter(KeptPages kept, KnowledgeBases kbs, LocaleResolver locales) {
        this.kept = kept;
        this.kbs = kbs;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !(method.equals("GET") || method.equals("HEAD")) || !kept.anyAt(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = locales.resolveLocale(request);
        KeptPages.KeptPage page =
                kept.find(kept.address(request, locale, kbs.current().version()));
        if (page == null) {
            chain.doFilter(request, response);
            return;
        }
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(observation -> observation.setPathPattern(page.route()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
            return;
        }
        // As the DispatcherServlet does before a view renders: it sets Content-Language.
        response.setLocale(locale);
        RenderedPages.write(page.body(), response);
    }
}
