package com.frameworkadvisor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the application under test, with replies readable as a page or as JSON. */
@TestComponent
public class Site {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String CSRF_COOKIE = "advisor_csrf";

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final Supplier<String> baseUrl;
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    Site(Environment environment) {
        // The port is only known once the server has started, after this bean was created.
        this(() -> "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"));
    }

    private Site(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A client for an application started outside the test context, such as a second instance or the packaged jar. */
    public static Site at(String baseUrl) {
        return new Site(() -> baseUrl);
    }

    public String url(String path) {
        return baseUrl.get() + path;
    }

    /** A GET asking for the given type, with extra headers given as name, value pairs. */
    public Reply get(String path, String accept, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept), headers)
                .GET());
    }

    public Reply postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    public Reply post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON request with any method, extra headers given as name, value pairs; a null body sends none. */
    public Reply json(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(withHeaders(request, headers));
    }

    /**
     * A form post as a browser sends it from one of our pages: with the CSRF token that the page carried and the cookie
     * it came with. Extra headers (such as Cookie) are given as name, value pairs.
     */
    public Reply form(String path, String body, String... headers) {
        FormToken token = formToken();
        String withToken = (body.isEmpty() ? "" : body + "&") + "_csrf="
                + URLEncoder.encode(token.field(), StandardCharsets.UTF_8);
        String[] withCookie = Arrays.copyOf(headers, headers.length + 2);
        withCookie[headers.length] = "Cookie";
        withCookie[headers.length + 1] = token.cookie();
        return formWithoutToken(path, withToken, withCookie);
    }

    /** A form post as another site could forge it: no CSRF token unless the body carries one. */
    public Reply formWithoutToken(String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,*/*;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(withHeaders(request, headers));
    }

    /** The token a fresh page with a form carries, and the cookie that came with it (name=value). */
    public FormToken formToken() {
        Reply page = page("/rooms/new");
        String cookie = page.cookie(CSRF_COOKIE);
        String field = page.html().select("form input[name=_csrf]").attr("value");
        if (field.isEmpty()) {
            throw new AssertionError("the form on /rooms/new carries no _csrf field");
        }
        return new FormToken(cookie, field);
    }

    /** @param cookie the token cookie as a Cookie header value; @param field the form field's value */
    public record FormToken(String cookie, String field) {}

    /** A GET asking for HTML, with extra headers given as name, value pairs. */
    public Reply page(String path, String... headers) {
        return get(path, "text/html,*/*;q=0.8", headers);
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String body, HttpResponse<String> response) {

        public Document html() {
            return Jsoup.parse(body);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        /** The cookie of that name the reply set, as a Cookie header value (name=value); fails if it set none. */
        public String cookie(String name) {
            return response.headers().allValues("Set-Cookie").stream()
                    .filter(header -> header.startsWith(name + "="))
                    .map(header -> header.indexOf(';') < 0 ? header : header.substring(0, header.indexOf(';')))
                    .findFirst()
                    .orElseThrow(() ->
                            new AssertionError(response.request().uri().getPath() + " set no " + name + " cookie"));
        }
    }
}
