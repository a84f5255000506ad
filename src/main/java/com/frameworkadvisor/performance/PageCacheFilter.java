package com.frameworkadvisor.performance;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.FastByteArrayOutputStream;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Serves the pages that are a pure function of their URL from memory once they have been rendered: the questionnaire,
 * the results (the URL is the result, so a shared link is opened again and again) and the comparison of the whole
 * knowledge base. The knowledge base and the texts are fixed while the application runs, so such a page only changes
 * with the address it was asked for (the share link on it is absolute), the query and the language.
 *
 * <p>A page is kept from the second time it is asked for: most answer sets are asked for once, and those are rendered
 * straight into the response with no extra work or memory. Only successful HTML answers to GET are kept, never one
 * that sets a cookie, opens a session or says it is private. Pages are kept up to {@code advisor.page-cache.max-size}
 * in total; beyond that the oldest are forgotten first, unless they were asked for again since.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Pages whose content depends only on the request's address, query and language. */
    static final Set<String> PURE_PAGES = Set.of("/", "/results", "/compare");

    /** How long a request waits for another one rendering the same page before it renders the page itself. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(5);

    /** Slots for {@link #seenBefore}, a power of two: 8,192 ints, 32 KB. */
    private static final int RECENTLY_SEEN = 8192;

    /** What a kept page costs beyond its body, roughly: the key, headers and object overhead. */
    private static final int OVERHEAD = 512;

    private final long maxBytes;
    private final Supplier<LocaleResolver> locales;
    private final Map<Key, Page> pages = new ConcurrentHashMap<>();
    private final Map<Key, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();
    private final Queue<Key> oldestFirst = new ConcurrentLinkedQueue<>();
    private final AtomicLong bytes = new AtomicLong();
    /** Hashes of recently asked-for pages, by slot; races between requests only make a page wait one more request. */
    private final int[] recentlySeen = new int[RECENTLY_SEEN];

    PageCacheFilter(long maxBytes, Supplier<LocaleResolver> locales) {
        this.maxBytes = maxBytes;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return maxBytes <= 0
                || !HttpMethod.GET.matches(request.getMethod())
                || !PURE_PAGES.contains(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Key key = new Key(
                request.getScheme(),
                request.getServerName(),
                request.getServerPort(),
                request.getRequestURI(),
                request.getQueryString(),
                locales.get().resolveLocale(request));
        Page page = pages.get(key);
        if (page == null && !seenBefore(key)) {
            // Most answer sets are asked for once: those are rendered straight into the response, as without this.
            chain.doFilter(request, response);
            return;
        }
        if (page == null) {
            // One request renders a missing page; the same page asked for meanwhile (a link just posted to a team chat)
            // waits for it rather than rendering it again. When it cannot be kept, each renders its own answer.
            CompletableFuture<Page> mine = new CompletableFuture<>();
            CompletableFuture<Page> leader = rendering.putIfAbsent(key, mine);
            if (leader == null) {
                try {
                    mine.complete(render(key, request, response, chain));
                } finally {
                    mine.complete(null);
                    rendering.remove(key, mine);
                }
                return;
            }
            waitingForAnotherRender();
            page = await(leader);
            if (page == null) {
                render(key, request, response, chain);
                return;
            }
        }
        page.used = true;
        page.writeTo(response);
    }

    /**
     * Called as a request starts waiting for another one that is rendering the same page. Does nothing here; a test
     * overrides it to learn that the request waits, before it lets the rendering finish.
     */
    void waitingForAnotherRender() {}

    /** Renders the page into the response, and keeps it when it may be; returns the kept page or null. */
    private Page render(Key key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        Page page = null;
        if (capture.keepable() && request.getSession(false) == null) {
            page = new Page(capture.getContentType(), capture.getLocale(), capture.headers(), body);
            keep(key, page);
        }
        capture.sendBody(body);
        return page;
    }

    private static Page await(CompletableFuture<Page> leader) {
        try {
            return leader.get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /**
     * Whether the page was asked for recently, remembering that it now was. An approximation (pages that share a slot
     * forget each other), which only decides whether a page is worth keeping.
     */
    private boolean seenBefore(Key key) {
        int hash = key.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (recentlySeen.length - 1);
        if (recentlySeen[slot] == hash) {
            return true;
        }
        recentlySeen[slot] = hash;
        return false;
    }

    int size() {
        return pages.size();
    }

    private void keep(Key key, Page page) {
        long cost = page.cost();
        if (cost > maxBytes || pages.putIfAbsent(key, page) != null) {
            return;
        }
        oldestFirst.add(key);
        long total = bytes.addAndGet(cost);
        // Oldest first, but a page asked for since it was last looked at here gets another round (the "clock" policy),
        // so a link that keeps being opened stays while one-off answers pass through.
        int secondChances = pages.size();
        while (total > maxBytes) {
            Key oldest = oldestFirst.poll();
            if (oldest == null) {
                return;
            }
            Page candidate = pages.get(oldest);
            if (candidate != null && candidate.used && oldest != key && secondChances-- > 0) {
                candidate.used = false;
                oldestFirst.add(oldest);
                continue;
            }
            Page forgotten = pages.remove(oldest);
            total = forgotten == null ? bytes.get() : bytes.addAndGet(-forgotten.cost());
        }
    }

    private record Key(String scheme, String host, int port, String path, String query, Locale locale) {}

    private record Header(String name, String value) {}

    private static final class Page {

        private final String contentType;
        private final Locale locale;
        private final List<Header> headers;
        private final byte[] body;
        /** Asked for again since the eviction last passed; a lost update only costs a page its second chance. */
        boolean used;

        Page(String contentType, Locale locale, List<Header> headers, byte[] body) {
            this.contentType = contentType;
            this.locale = locale;
            this.headers = headers;
            this.body = body;
        }

        long cost() {
            return (long) body.length + OVERHEAD;
        }

        /** As the page was first answered: DispatcherServlet sets the locale (Content-Language), the view the type. */
        void writeTo(HttpServletResponse response) throws IOException {
            response.setLocale(locale);
            response.setContentType(contentType);
            for (Header header : headers) {
                response.addHeader(header.name(), header.value());
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /**
     * Holds the body back while the page is rendered, and notes the headers set on the way. After an error or a
     * redirect it steps aside: the container writes those answers, and they are never kept.
     */
    private static final class Capture extends HttpServletResponseWrapper {

        private final FastByteArrayOutputStream buffer = new FastByteArrayOutputStream(16 * 1024);
        private final List<Header> headers = new ArrayList<>();
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean personal;
        private boolean steppedAside;

        Capture(HttpServletResponse response) {
            super(response);
        }

        boolean keepable() {
            String type = getContentType();
            return !steppedAside && !personal && getStatus() == SC_OK && type != null && type.startsWith("text/html");
        }

        List<Header> headers() {
            return List.copyOf(headers);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        void sendBody(byte[] body) throws IOException {
            if (steppedAside || body.length == 0) {
                return;
            }
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (!response.isCommitted()) {
                response.setContentLength(body.length);
            }
            response.getOutputStream().write(body);
        }

        /** An error or a redirect clears the buffer (Servlet 6.0, 5.3) and is written by the container. */
        private void stepAside() {
            if (writer != null) {
                writer.flush();
            }
            buffer.reset();
            steppedAside = true;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (steppedAside) {
                return super.getOutputStream();
            }
            if (writer != null) {
                throw new IllegalStateException("getWriter() has already been called for this response");
            }
            if (stream == null) {
                stream = new BufferStream(buffer);
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (steppedAside) {
                return super.getWriter();
            }
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() has already been called for this response");
            }
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(buffer, charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (steppedAside) {
                super.flushBuffer();
            } else if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            if (writer != null) {
                writer.flush();
            }
            buffer.reset();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            if (writer != null) {
                writer.flush();
            }
            buffer.reset();
            headers.clear();
            personal = false;
            super.reset();
        }

        @Override
        public void setContentLength(int length) {
            // The length of what is finally sent is set when it is sent.
        }

        @Override
        public void setContentLengthLong(long length) {
            // As above.
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            stepAside();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            stepAside();
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            stepAside();
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(Cookie cookie) {
            personal = true;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            note(name, value, true);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            note(name, value, false);
            super.addHeader(name, value);
        }

        @Override
        public void setDateHeader(String name, long date) {
            // A date would be frozen in a kept page.
            personal = true;
            super.setDateHeader(name, date);
        }

        @Override
        public void addDateHeader(String name, long date) {
            personal = true;
            super.addDateHeader(name, date);
        }

        @Override
        public void setIntHeader(String name, int value) {
            note(name, Integer.toString(value), true);
            super.setIntHeader(name, value);
        }

        @Override
        public void addIntHeader(String name, int value) {
            note(name, Integer.toString(value), false);
            super.addIntHeader(name, value);
        }

        private void note(String name, String value, boolean replace) {
            if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
                personal = true;
                return;
            }
            if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)
                    || HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                    || HttpHeaders.CONTENT_LANGUAGE.equalsIgnoreCase(name)) {
                // Sent again from the kept type and locale, and the length of the kept body.
                return;
            }
            if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)
                    && value != null
                    && (value.contains("private") || value.contains("no-store"))) {
                personal = true;
            }
            if (replace) {
                headers.removeIf(h -> h.name().equalsIgnoreCase(name));
            }
            if (value != null) {
                headers.add(new Header(name, value));
            }
        }
    }

    private static final class BufferStream extends ServletOutputStream {

        private final FastByteArrayOutputStream buffer;

        BufferStream(FastByteArrayOutputStream buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) throws IOException {
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            buffer.write(b, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("a page being kept is written synchronously");
        }
    }
}
