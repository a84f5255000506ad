package com.frameworkadvisor.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WebTest
class ErrorPagesTest {

    @Autowired
    Site site;

    @Test
    void anUnknownPageIsAFriendly404InTheSiteLayout() {
        Site.Reply reply = site.page("/no-such-page");
        Document page = reply.html();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(page.selectFirst("h1").text()).isEqualTo("We can't find that page");
        assertThat(page.selectFirst("main").text()).contains("There is nothing at /no-such-page.");
        assertThat(page.selectFirst("a:contains(Go to the questionnaire)").attr("href"))
                .isEqualTo("/");
        assertThat(reply.body()).doesNotContain("Whitelabel", "Exception", "static resource");
    }

    @Test
    void anAddressRefusedForSafetyIsA400ThatSaysWhy() {
        Site.Reply page = site.page("/rooms//join");
        Site.Reply problem = site.get("/api/rooms/x;y=1", "application/json");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().selectFirst("main").text()).contains("This address is not one this site uses");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.json().get("detail").asString()).contains("such as // or ;");
    }

    @Test
    void aWrongMethodOnAPageIsAFriendly405() {
        Site.Reply reply = site.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.url("/compare")))
                .header("Accept", "text/html")
                .DELETE());

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.html().selectFirst("h1").text()).isEqualTo("That action isn't possible here");
    }

    @Test
    void healthIsExposedForProbes() {
        Site.Reply reply = site.get("/actuator/health", "application/json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void staticAssetsAreVersionedAndCachedLong() {
        String stylesheet =
                site.page("/").html().selectFirst("link[rel=stylesheet]").attr("href");

        assertThat(stylesheet).matches("/css/app-[0-9a-f]{32}\\.css");
        Site.Reply css = site.get(stylesheet, "text/css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
    }
}
