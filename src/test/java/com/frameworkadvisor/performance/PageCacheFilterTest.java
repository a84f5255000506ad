package com.frameworkadvisor.performance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

class PageCacheFilterTest {

    private final AtomicInteger renders = new AtomicInteger();
    private final PageCacheFilter filter = new PageCacheFilter(1024 * 1024, AcceptHeaderLocaleResolver::new);

    /** Stands in for a page: renders the request's address, query and language, like the share link on a results page. */
    private final Page page = (request, response) -> {
        renders.incrementAndGet();
        response.setLocale(request.getLocale());
        response.setContentType("text/html;charset=UTF-8");
        response.addHeader("X-Page", "rendered");
        response.getWriter()
                .write("<p>" + request.getServerName() + request.getRequestURI() + "?" + request.getQueryString() + " "
                        + request.getLocale().toLanguageTag() + " Größe</p>");
    };

    @Test
    void aPageAskedForOnceIsRenderedStraightIntoTheResponseAndNotKept() throws Exception {
        MockHttpServletResponse once = get("/results", "orm=5&admin=3", page);

        assertThat(once.getContentAsString()).isEqualTo("<p>localhost/results?orm=5&admin=3 en Größe</p>");
        assertThat(filter.size()).isZero();
    }

    @Test
    void aPageAskedForAgainIsKeptAndThenAnsweredFromMemoryExactlyAsItWasRendered() throws Exception {
        MockHttpServletResponse first = get("/results", "orm=5&admin=3", page);
        MockHttpServletResponse second = get("/results", "orm=5&admin=3", page);
        MockHttpServletResponse third = get("/results", "orm=5&admin=3", page);

        assertThat(renders).hasValue(2);
        assertThat(filter.size()).isEqualTo(1);
        for (MockHttpServletResponse kept : List.of(second, third)) {
            assertThat(kept.getStatus()).isEqualTo(200);
            assertThat(kept.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
            assertThat(kept.getContentType()).isEqualTo("text/html;charset=UTF-8");
            assertThat(kept.getLocale()).isEqualTo(Locale.ENGLISH);
            assertThat(kept.getHeader("X-Page")).isEqualTo("rendered");
            assertThat(kept.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
        }
    }

    @Test
    void anotherQueryAddressOrLanguageIsAnotherPage() throws Exception {
        get("/results", "orm=5", page);
        get("/results", "orm=4", page);
        MockHttpServletRequest otherHost = request("/results", "orm=5");
        otherHost.setServerName("advisor.example");
        run(otherHost, page);
        MockHttpServletRequest german = request("/results", "orm=5");
        german.addHeader("Accept-Language", "de");
        german.addPreferredLocale(Locale.GERMAN);
        MockHttpServletResponse inGerman = run(german, page);

        assertThat(renders).hasValue(4);
        assertThat(inGerman.getContentAsString()).contains(" de ");
    }

    @Test
    void onlyThePurePagesAreKept() throws Exception {
        get("/results.md", "orm=5", page);
        get("/results.md", "orm=5", page);
        get("/rooms/abc", null, page);
        get("/rooms/abc", null, page);

        assertThat(renders).hasValue(4);
    }

    @Test
    void errorsRedirectsCookiesAndSessionsAreNeverKept() throws Exception {
        Page invalid = (request, response) -> {
            renders.incrementAndGet();
            response.setStatus(400);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("invalid");
        };
        Page missing = (request, response) -> {
            renders.incrementAndGet();
            response.sendError(404, "There is no preset called 'x'.");
        };
        Page withCookie = (request, response) -> {
            page.handle(request, response);
            response.addCookie(new Cookie("room", "1"));
        };
        Page withSession = (request, response) -> {
            request.getSession(true);
            page.handle(request, response);
        };

        for (Page p : new Page[] {invalid, missing, withCookie, withSession}) {
            MockHttpServletResponse first = get("/", "profile=x", p);
            get("/", "profile=x", p);
            assertThat(first.getStatus()).isIn(200, 400, 404);
        }

        assertThat(renders).hasValue(8);
        assertThat(get("/", "profile=x", invalid).getContentAsString()).isEqualTo("invalid");
        MockHttpServletResponse notFound = get("/", "profile=x", missing);
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getErrorMessage()).isEqualTo("There is no preset called 'x'.");
    }

    @Test
    void theOldestPagesAreForgottenBeyondTheSizeLimitUnlessAskedForAgain() throws Exception {
        PageCacheFilter small = new PageCacheFilter(4 * 1024, AcceptHeaderLocaleResolver::new);
        Page big = (request, response) -> {
            renders.incrementAndGet();
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("x".repeat(1000));
        };
        for (String query : List.of("orm=1", "orm=1", "orm=2", "orm=2")) {
            run(small, request("/results", query), big);
        }
        run(small, request("/results", "orm=1"), big); // asked for again: orm=1 gets a second chance
        for (String query : List.of("orm=3", "orm=3")) { // kept, over 4 KB with overheads: orm=2 goes, orm=1 stays
            run(small, request("/results", query), big);
        }
        for (String query : List.of("orm=4", "orm=4")) { // kept: then orm=3 goes, the oldest not asked for again
            run(small, request("/results", query), big);
        }
        assertThat(renders).hasValue(8);

        renders.set(0);
        run(small, request("/results", "orm=1"), big);
        run(small, request("/results", "orm=4"), big);
        assertThat(renders).hasValue(0);
        run(small, request("/results", "orm=2"), big);
        assertThat(renders).hasValue(1);
        assertThat(small.size()).isLessThanOrEqualTo(2);
    }

    @Test
    void theSamePageAskedForWhileItIsRenderedIsRenderedOnce() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch othersWaiting = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        PageCacheFilter watched = new PageCacheFilter(1024 * 1024, AcceptHeaderLocaleResolver::new) {
            @Override
            void waitingForAnotherRender() {
                othersWaiting.countDown();
            }
        };
        Page slow = (request, response) -> {
            rendering.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            page.handle(request, response);
        };
        run(watched, request("/compare", null), page); // the first time, a page is only rendered
        renders.set(0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<MockHttpServletResponse> leader = pool.submit(() -> run(watched, request("/compare", null), slow));
            assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
            Future<MockHttpServletResponse> follower = pool.submit(() -> run(watched, request("/compare", null), slow));
            Future<MockHttpServletResponse> another = pool.submit(() -> run(watched, request("/compare", null), slow));
            assertThat(othersWaiting.await(10, TimeUnit.SECONDS))
                    .as("both later requests wait for the one rendering the page, rather than render it too")
                    .isTrue();
            release.countDown();

            String body = leader.get(10, TimeUnit.SECONDS).getContentAsString();
            assertThat(follower.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo(body);
            assertThat(another.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo(body);
            assertThat(renders).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void otherMethodsPassThrough() throws Exception {
        MockHttpServletRequest head = request("/results", "orm=5");
        head.setMethod("HEAD");
        run(head, page);
        run(request("/results", "orm=5"), page);
        MockHttpServletRequest again = request("/results", "orm=5");
        again.setMethod("HEAD");
        run(again, page);

        assertThat(renders).hasValue(3);
    }

    @Test
    void turnedOffWithSizeZero() throws Exception {
        PageCacheFilter off = new PageCacheFilter(0, AcceptHeaderLocaleResolver::new);
        run(off, request("/results", "orm=5"), page);
        run(off, request("/results", "orm=5"), page);

        assertThat(renders).hasValue(2);
    }

    private MockHttpServletResponse get(String path, String query, Page page) throws Exception {
        return run(request(path, query), page);
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, Page page) throws Exception {
        return run(filter, request, page);
    }

    private static MockHttpServletResponse run(PageCacheFilter filter, MockHttpServletRequest request, Page page)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
                page.handle(req, res);
            }
        }));
        return response;
    }

    private static MockHttpServletRequest request(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        request.addPreferredLocale(Locale.ENGLISH);
        return request;
    }

    @FunctionalInterface
    interface Page {
        void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }
}
