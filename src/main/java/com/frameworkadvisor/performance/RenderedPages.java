package com.frameworkadvisor.performance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The pages that are a pure function of their inputs: the address asked for (the share link on a page is absolute),
 * the canonical link, the language, the current knowledge-base version and the build. From those inputs, before
 * anything is rendered, a controller gets the page's validator (a weak ETag): a browser that already holds the page gets
 * 304 Not Modified and nothing is rendered. Otherwise the page is rendered once and kept (Caffeine, up to
 * {@code advisor.page-cache.max-size}; its admission policy keeps the links asked for again and again and lets one-off
 * answer sets pass), and later requests are answered with the kept text. The controller runs every time, so metrics and
 * counters see every request, but for a kept page it builds no model: the rendering, about 10 ms of CPU for a results
 * page, and most of the model's cost (charts, formatted numbers) are saved.
 *
 * <p>Pages say {@code Cache-Control: no-cache}: a browser may keep one but asks each time whether it is still current,
 * since the page chrome, notices and asset links change between deploys. HTML is never {@code immutable}.
 */
@Component
@EnableConfigurationProperties(PageCacheProperties.class)
public class RenderedPages {

    private static final String HTML = "text/html;charset=UTF-8";

    private final Cache<Page, byte[]> kept;
    private final ViewResolver templates;
    private final String build;

    RenderedPages(
            PageCacheProperties properties,
            @Qualifier("thymeleafViewResolver") ViewResolver templates,
            ObjectProvider<BuildProperties> build) {
        this.kept = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .<Page, byte[]>weigher((page, body) -> body.length)
                .build();
        this.templates = templates;
        // The packaged jar knows when it was built; without it (tests, an IDE), each start is a build of its own.
        BuildProperties info = build.getIfAvailable();
        this.build = info == null ? "started " + Instant.now() : info.getVersion() + " " + info.getTime();
    }

    /**
     * The page as given by its inputs. The query is the canonical one where a page has it (the same answers in another
     * order are the same results page), else the request's.
     */
    public Page page(ServletWebRequest web, Locale locale, String query, String knowledgeBaseVersion) {
        HttpServletRequest request = web.getRequest();
        String address = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getRequestURI();
        return new Page(address, query == null ? "" : query, locale, knowledgeBaseVersion, build);
    }

    /** One page's inputs; two requests with equal inputs are answered with the same bytes. */
    public record Page(String address, String query, Locale locale, String knowledgeBaseVersion, String build) {

        /** The validator: a hash of the inputs, weak because Tomcat compresses the bytes on the way out. */
        public String etag() {
            try {
                byte[] hash =
                        MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
                return "W/\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }

    /** Answers 304 Not Modified when the browser holds this page already; sets the validator otherwise. */
    public boolean notModified(ServletWebRequest web, Page page) {
        web.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        return web.checkNotModified(page.etag());
    }

    /** Whether the page is kept, so answering it costs next to nothing. */
    public boolean isKept(Page page) {
        return kept.getIfPresent(page) != null;
    }

    /** The view that answers with the kept page, or renders the template into the response and keeps the result. */
    public View view(Page page, String template) {
        return new KeptOrRendered(page, template);
    }

    private final class KeptOrRendered implements View {

        private final Page page;
        private final String template;

        KeptOrRendered(Page page, String template) {
            this.page = page;
            this.template = template;
        }

        @Override
        public String getContentType() {
            return HTML;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            byte[] body = kept.getIfPresent(page);
            if (body != null) {
                response.setContentType(HTML);
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                return;
            }
            View view = templates.resolveViewName(template, page.locale());
            if (view == null) {
                throw new IllegalStateException("no template " + template);
            }
            ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
            view.render(model, request, rendered);
            // Only a complete page that is the same for everyone: never one that set a cookie.
            if (rendered.getStatus() == HttpServletResponse.SC_OK
                    && !response.containsHeader(HttpHeaders.SET_COOKIE)
                    && request.getSession(false) == null) {
                kept.put(page, rendered.getContentAsByteArray());
            }
            rendered.copyBodyToResponse();
        }
    }

    int size() {
        return (int) kept.estimatedSize();
    }
}
