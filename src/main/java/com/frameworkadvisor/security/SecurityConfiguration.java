package com.frameworkadvisor.security;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.Header;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every page is public and nobody signs in: rooms are protected by their unguessable links and keys alone. What
 * Spring Security adds here is CSRF protection for the forms and the security headers on every answer.
 *
 * <p>The CSRF token lives in a cookie, not in a session, so any instance behind a load balancer can check it and no
 * session is ever created. The JSON API is exempt: its room actions are authorised by key headers that a cross-site
 * form cannot send, and it only accepts {@code application/json}, which a form cannot send either.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "form-action 'self'",
            "base-uri 'none'");

    /** Powerful features the application never uses, switched off for it and for anything injected into it. */
    static final String PERMISSIONS_POLICY = String.join(
            ", ",
            "accelerometer=()",
            "camera=()",
            "geolocation=()",
            "gyroscope=()",
            "magnetometer=()",
            "microphone=()",
            "payment=()",
            "usb=()");

    static final String CSRF_COOKIE = "advisor_csrf";

    /** The headers every answer carries, written by hand only where Spring Security's own writers do not run. */
    static final List<Header> ON_EVERY_ANSWER = List.of(
            new Header("Content-Security-Policy", CONTENT_SECURITY_POLICY),
            new Header("X-Content-Type-Options", "nosniff"),
            new Header("X-Frame-Options", "DENY"),
            new Header("Referrer-Policy", "no-referrer"),
            new Header("Permissions-Policy", PERMISSIONS_POLICY));

    @Bean
    WebSecurityCustomizer rejectedRequests() {
        return web -> web.requestRejectedHandler(new RejectedRequestHandler(ON_EVERY_ANSWER));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher rooms = new OrRequestMatcher(paths.matcher("/rooms/**"), paths.matcher("/api/rooms/**"));
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).requireCsrfProtectionMatcher(forms(paths)))
                .addFilterAfter(new CsrfCookieFilter(paths.matcher("/rooms/**")), CsrfFilter.class)
                .exceptionHandling(errors -> errors.accessDeniedHandler(new RefusedFormHandler()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        // Pages and assets keep their own caching (fingerprinted assets are cached for a year);
                        // only rooms, which are private to whoever holds the link, must never be stored.
                        .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                rooms,
                                new StaticHeadersWriter(List.of(
                                        new Header("Cache-Control", "no-store"),
                                        new Header("X-Robots-Tag", "noindex, nofollow"))))));
        return http.build();
    }

    /**
     * Posts outside the API: the only state-changing requests another site can make a browser send. PUT, DELETE and
     * PATCH cannot be sent cross-site without a CORS preflight, which this application never grants.
     */
    private static RequestMatcher forms(PathPatternRequestMatcher.Builder paths) {
        return new AndRequestMatcher(
                paths.matcher(HttpMethod.POST, "/**"), new NegatedRequestMatcher(paths.matcher("/api/**")));
    }

    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(CSRF_COOKIE);
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }
}
