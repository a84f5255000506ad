package com.frameworkadvisor.performance;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The pages that are a pure function of their inputs: the address asked for (the share link on a page is absolute),
 * the canonical link, the language, the current knowledge-base version and the build. From those inputs, before
 * anything is rendered, a controller gets the page's validator (a weak ETag): a browser that already holds the page gets
 * 304 Not Modified and nothing is rendered. Otherwise the page is rendered once and {@linkplain KeptPages kept}; a later
 * request for the same address is answered by {@link KeptPagesFilter} before Spring MVC, and one for the same inputs
 * at another address (the same answers in another order) by the controller with the kept text, building no model.
 *
 * <p>Pages say {@code Cache-Control: no-cache}: a browser may keep one but asks each time whether it is still current,
 * since the page chrome, notices and asset links change between deploys. HTML is never {@code immutable}.
 */
@Component
public class RenderedPages {

    static final String HTML = "text/html;charset=UTF-8";

    private final KeptPages kept;
    private final ViewResolver templates;

    RenderedPages(KeptPages kept, @Qualifier("thymeleafViewResolver") ViewResolver templates) {
        this.kept = kept;
        this.templates = templates;
    }

    /**
     * The page as given by its inputs. The query is the canonical one where a page has it (the same answers in another
     * order are the same results page), else the request's.
     */
    public Page page(ServletWebRequest web, Locale locale, String query, String knowledgeBaseVersion) {
        return new Page(
                KeptPages.url(web.getRequest()),
                query == null ? "" : query,
                locale,
                knowledgeBaseVersion,
                kept.build());
    }

    /**
     * The page of something that changes by revisions (a room), whose query names the revision: only the latest
     * rendering for its address is worth keeping, since an earlier revision is never asked for again once the viewers
     * have moved on.
     */
    public Page latestRevision(ServletWebRequest web, Locale locale, String query, String knowledgeBaseVersion) {
        Page page = page(web, locale, query, knowledgeBaseVersion);
        return new Page(page.address(), page.query(), locale, knowledgeBaseVersion, page.build(), true);
    }

    /**
     * One page's inputs; two requests with equal inputs are answered with the same bytes.
     *
     * @param latestOnly whether only the latest revision of this address is kept ({@link #latestRevision})
     */
    public record Page(
            String address,
            String query,
            Locale locale,
            String knowledgeBaseVersion,
            String build,
            boolean latestOnly) {

        public Page(String address, String query, Locale locale, String knowledgeBaseVersion, String build) {
            this(address, query, locale, knowledgeBaseVersion, build, false);
        }

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
        KeptPages.KeptPage known = kept.find(page);
        return web.checkNotModified(known == null ? page.etag() : known.etag());
    }

    /**
     * The kept page, as a view that writes its bytes, when there is one: answering it costs next to nothing and needs
     * no model. The bytes are taken now, because the store is bounded and may drop the page a moment later; the view
     * then still answers with the whole page rather than render the template without its model.
     */
    public Optional<View> kept(Page page) {
        KeptPages.KeptPage known = kept.find(page);
        return known == null ? Optional.empty() : Optional.of(new Kept(page, known));
    }

    /** The view that answers with the kept page, or renders the template into the response and keeps the result. */
    public View view(Page page, String template) {
        return new KeptOrRendered(page, template);
    }

    private final class Kept implements View {

        private final Page page;
        private final KeptPages.KeptPage known;

        Kept(Page page, KeptPages.KeptPage known) {
            this.page = page;
            this.known = known;
        }

        @Override
        public String getContentType() {
            return HTML;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            kept.keepAt(page, kept.address(request, page.locale(), page.knowledgeBaseVersion()), known, request);
            write(known.body(), response);
        }
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
            KeptPages.KeptPage known = kept.find(page);
            if (known != null) {
                // Rendered meanwhile by another request for the same page.
                new Kept(page, known).render(model, request, response);
                return;
            }
            KeptPages.Address address = kept.address(request, page.locale(), page.knowledgeBaseVersion());
            View view = templates.resolveViewName(template, page.locale());
            if (view == null) {
                throw new IllegalStateException("no template " + template);
            }
            ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
            view.render(model, request, rendered);
            // Only a complete page that is the same for everyone: never one that set a cookie.
            if (rendered.getStatus() == HttpServletResponse.SC_OK
                    && !response.containsHeader(HttpHeaders.SET_COOKIE)
                    && request.getSession(false) == null
                    && request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String route) {
                kept.keep(
                        page,
                        address,
                        new KeptPages.KeptPage(rendered.getContentAsByteArray(), page.etag(), route),
                        request);
            }
            rendered.copyBodyToResponse();
        }
    }

    /** Writes a kept page: the same bytes and headers, whether the controller or {@link KeptPagesFilter} answers. */
    static void write(byte[] body, HttpServletResponse response) throws IOException {
        response.setContentType(HTML);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
