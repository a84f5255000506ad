package com.frameworkadvisor.performance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * The rendered pages kept in memory (Caffeine, up to {@code advisor.page-cache.max-size}; its admission policy keeps
 * the links asked for again and again and lets one-off answer sets pass), each once it has been rendered a second
 * time. A page is kept under two keys: its
 * {@linkplain RenderedPages.Page inputs}, which the controller knows after reading the answers, and the {@link Address}
 * it was asked at, which {@link KeptPagesFilter} can look up without reading anything.
 */
@Component
@EnableConfigurationProperties(PageCacheProperties.class)
class KeptPages {

    /** How many pages rendered once are remembered (a validator each, under 100 bytes). */
    static final int RENDERED_ONCE = 10_000;

    private final Cache<Object, KeptPage> pages;
    /**
     * The latest rendering of each page that revisions replace (room pages), apart from the others: a new revision
     * replaces its predecessor under the same key, which the cache always accepts. Among the other pages, a new
     * revision would have to win admission against pages asked for many times, as the earlier revisions were, and
     * mostly lose, so that every viewer of a busy room would render the page again.
     */
    private final Cache<Slot, Latest> latest;
    /**
     * The validators of pages rendered once and not kept: a page is kept when it is rendered a second time. Most
     * pages are one person's own result, never asked for again; keeping each of them (some 90 KB) until the store
     * evicted it made the collector copy and promote them, and cost a fresh results page about a fifth of its CPU
     * (docs/performance.md, issue 20). A shared link is rendered twice instead of once.
     */
    private final Cache<String, Boolean> renderedOnce;
    /** The paths pages were kept at, so that a request for anything else passes at the cost of one set look-up. */
    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    private final String build;

    KeptPages(PageCacheProperties properties, ObjectProvider<BuildProperties> build) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .<Object, KeptPage>weigher((key, page) -> page.body().length)
                .build();
        this.renderedOnce = Caffeine.newBuilder().maximumSize(RENDERED_ONCE).build();
        this.latest = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes() / 4)
                .<Slot, Latest>weigher((key, kept) -> kept.page().body().length)
                .build();
        // The packaged jar knows when it was built; without it (tests, an IDE), each start is a build of its own.
        BuildProperties info = build.getIfAvailable();
        this.build = info == null ? "started " + Instant.now() : info.getVersion() + " " + info.getTime();
    }

    /** The build serving the pages: a page of another build may link other assets and say other things. */
    String build() {
        return build;
    }

    /**
     * A page as the browser asked for it: the address with its query exactly as sent (unparsed, so the same answers in
     * another order are another address), the language, the current knowledge-base version and the build.
     */
    record Address(String url, String query, Locale locale, String knowledgeBaseVersion, String build) {}

    /** A page's bytes, its validator (computed once, from its inputs) and the route that answered it, for metrics. */
    record KeptPage(byte[] body, String etag, String route) {}

    Address address(HttpServletRequest request, Locale locale, String knowledgeBaseVersion) {
        String query = request.getQueryString();
        return new Address(url(request), query == null ? "" : query, locale, knowledgeBaseVersion, build);
    }

    /** The absolute address, since a page's share link is absolute: another host is another page. */
    static String url(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getRequestURI();
    }

    /** Whether a page was ever kept at this path (the request URI, query left out). */
    boolean anyAt(String path) {
        return paths.contains(path);
    }

    /** The address a page of revisions is kept at: its inputs but the query, which names the revision. */
    private record Slot(String address, Locale locale, String knowledgeBaseVersion, String build) {

        Slot(RenderedPages.Page inputs) {
            this(inputs.address(), inputs.locale(), inputs.knowledgeBaseVersion(), inputs.build());
        }
    }

    private record Latest(RenderedPages.Page inputs, KeptPage page) {}

    KeptPage find(RenderedPages.Page inputs) {
        if (inputs.latestOnly()) {
            Latest kept = latest.getIfPresent(new Slot(inputs));
            return kept != null && kept.inputs().equals(inputs) ? kept.page() : null;
        }
        return pages.getIfPresent(inputs);
    }

    KeptPage find(Address address) {
        return pages.getIfPresent(address);
    }

    /**
     * Keeps the page under its inputs and, when it was asked for at its route's own path (not at an encoded variant,
     * so the set of paths stays as small as the set of routes), under its address.
     */
    void keep(RenderedPages.Page inputs, Address address, KeptPage page, HttpServletRequest request) {
        if (inputs.latestOnly()) {
            latest.put(new Slot(inputs), new Latest(inputs, page));
            return;
        }
        if (renderedOnce.asMap().remove(page.etag()) == null) {
            renderedOnce.put(page.etag(), Boolean.TRUE);
            return;
        }
        pages.put(inputs, page);
        keepAt(inputs, address, page, request);
    }

    /**
     * Keeps a page already kept under its inputs under the address it was just asked at as well; never a page of
     * revisions, whose address does not say which revision it shows.
     */
    void keepAt(RenderedPages.Page inputs, Address address, KeptPage page, HttpServletRequest request) {
        if (!inputs.latestOnly() && request.getRequestURI().equals(request.getContextPath() + page.route())) {
            paths.add(request.getRequestURI());
            pages.put(address, page);
        }
    }
}
