package com.frameworkadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import com.frameworkadvisor.support.WebTest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

@WebTest
class SecurityHeadersTest {

    static final Map<String, String> ON_EVERY_ANSWER = Map.of(
            "Content-Security-Policy",
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                            + "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Permissions-Policy",
                    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
                            + "microphone=(), payment=(), usb=()",
            "X-Frame-Options", "DENY");

    @Autowired
    Site site;

    /** One of each kind of answer: a page, an API answer, a 404, a 400 on a page and in the API, a static file. */
    Stream<Reply> everyKindOfAnswer() {
        String stylesheet =
                site.page("/").html().selectFirst("link[rel=stylesheet]").attr("href");
        return Stream.of(
                expect(200, site.page("/")),
                expect(200, site.get("/api/knowledge-base", "application/json")),
                expect(404, site.page("/no-such-page")),
                expect(404, site.get("/api/no-such-thing", "application/json")),
                expect(400, site.page("/results?orm=9")),
                // Refused by Spring Security's firewall before any filter runs.
                expect(400, site.page("/rooms//join")),
                expect(400, site.get("/api/rooms/x;y=1", "application/json")),
                expect(400, site.postJson("/api/evaluations", "{\"weights\": {\"orm\": 9}}")),
                expect(200, site.page(stylesheet)),
                expect(200, site.page("/robots.txt")));
    }

    private static Reply expect(int status, Reply reply) {
        assertThat(reply.status()).as(reply.response().uri().toString()).isEqualTo(status);
        return reply;
    }

    @Test
    void everyKindOfAnswerCarriesEverySecurityHeader() {
        everyKindOfAnswer()
                .forEach(reply -> ON_EVERY_ANSWER.forEach((name, value) -> assertThat(reply.header(name))
                        .as(name + " on " + reply.response().uri())
                        .contains(value)));
    }

    @Test
    void aStaticFileIsStillCachedForAYearAndPagesMayBeKeptButAreRevalidated() {
        String stylesheet =
                site.page("/").html().selectFirst("link[rel=stylesheet]").attr("href");

        assertThat(site.page(stylesheet).header("Cache-Control")).contains("max-age=31536000");
        assertThat(site.page("/").header("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void noAnswerOpensASession() {
        everyKindOfAnswer()
                .forEach(reply -> assertThat(reply.response().headers().allValues("Set-Cookie"))
                        .noneMatch(c -> c.startsWith("JSESSIONID")));
    }

    @Nested
    class Rooms {

        @ParameterizedTest
        @MethodSource("com.frameworkadvisor.security.SecurityHeadersTest#roomPaths")
        void roomAnswersAreNeverStoredNorIndexed(String kind) {
            Reply room = site.json("POST", "/api/rooms", "{\"title\": \"Headers\"}");
            String id = room.json().get("id").asString();
            Reply reply = switch (kind) {
                case "api" -> room;
                case "api-read" -> site.get("/api/rooms/" + id, "application/json");
                case "page" -> site.page("/rooms/" + id);
                case "new-room-form" -> site.page("/rooms/new");
                case "unknown-room" -> site.page("/rooms/AAAAAAAAAAAAAAAAAAAAAA");
                default -> throw new IllegalArgumentException(kind);
            };

            assertThat(reply.header("Cache-Control")).as(kind).contains("no-store");
            assertThat(reply.header("X-Robots-Tag")).as(kind).contains("noindex, nofollow");
            assertThat(reply.header("Referrer-Policy")).as(kind).contains("no-referrer");
        }

        @Test
        void robotsTxtKeepsRoomsOutOfSearchEngines() {
            Reply robots = site.page("/robots.txt");

            assertThat(robots.contentType()).startsWith("text/plain");
            assertThat(robots.body()).contains("User-agent: *", "Disallow: /rooms/", "Disallow: /api/rooms/");
        }

        @Test
        void otherPagesMayBeIndexed() {
            assertThat(site.page("/").header("X-Robots-Tag")).isEmpty();
            assertThat(site.page("/compare").header("X-Robots-Tag")).isEmpty();
        }
    }

    static Stream<String> roomPaths() {
        return Stream.of("api", "api-read", "page", "new-room-form", "unknown-room");
    }
}
