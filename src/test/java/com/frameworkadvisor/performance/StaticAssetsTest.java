package com.frameworkadvisor.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * What a visit downloads besides the page: only the stylesheets and scripts the page uses, each at an address carrying
 * a hash of its content and cached for a year, exactly as written on disk.
 */
@WebTest
class StaticAssetsTest {

    @Autowired
    Site site;

    @Nested
    class Pages {

        @ParameterizedTest
        @ValueSource(strings = {"/", "/results?orm=5&admin=3&must=admin", "/compare", "/rooms/new", "/no-such-page"})
        void linkTheVersionedAssetsAndEveryOtherLinkAsWritten(String path) {
            Document page = site.page(path).html();

            assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).matches("/css/app-[0-9a-f]{32}\\.css");
            assertThat(page.selectFirst("script[src]").attr("src")).matches("/js/app-[0-9a-f]{32}\\.js");
            assertThat(page.selectFirst("link[rel=icon]").attr("href")).matches("/favicon-[0-9a-f]{32}\\.svg");
            assertThat(page.selectFirst("a.brand").attr("href")).isEqualTo("/");
        }

        @Test
        void keepTheirOwnLinksAsWritten() {
            Document results = site.page("/results?orm=5&admin=3").html();

            assertThat(results.select("a[href^=\"/compare?v=2026.11.1#source-\"]"))
                    .isNotEmpty()
                    .allSatisfy(
                            a -> assertThat(a.attr("href")).matches("/compare\\?v=2026\\.11\\.1#source-[a-z0-9-]+"));
            assertThat(results.select("a[href^=/?]"))
                    .extracting(a -> a.attr("href"))
                    .contains("/?v=2026.11.1&orm=5&admin=3");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                /            | app, questionnaire | app
                /results?orm=5&admin=3 | app     | app
                /compare     | app                | app
                /rooms/new   | app, rooms         | app
                """)
        void loadOnlyTheStylesheetsAndScriptsTheyUse(String path, String stylesheets, String scripts) {
            Document page = site.page(path).html();

            assertThat(names(page.select("link[rel=stylesheet]"), "href")).isEqualTo(List.of(stylesheets.split(", ")));
            assertThat(names(page.select("script[src]"), "src")).isEqualTo(List.of(scripts.split(", ")));
        }

        private static List<String> names(List<Element> links, String attribute) {
            return links.stream()
                    .map(e -> e.attr(attribute).replaceAll(".*/([a-z]+)-[0-9a-f]{32}\\.(css|js)$", "$1"))
                    .toList();
        }
    }

    @Nested
    class Assets {

        @ParameterizedTest
        @CsvSource({"css/app.css, link[rel=stylesheet], href", "js/app.js, script[src], src"})
        void areServedAsWrittenAtTheirVersionedAddressAndCachedForAYear(String file, String selector, String attribute)
                throws IOException {
            String url =
                    site.page("/results?orm=5").html().selectFirst(selector).attr(attribute);
            Site.Reply asset = site.get(url, "*/*");

            assertThat(asset.status()).isEqualTo(200);
            assertThat(asset.header("Cache-Control")).hasValue("max-age=31536000");
            assertThat(asset.body())
                    .isEqualTo(new ClassPathResource("static/" + file).getContentAsString(StandardCharsets.UTF_8));
        }

        @Test
        void theIconIsServedAtItsVersionedAddress() {
            String url = site.page("/").html().selectFirst("link[rel=icon]").attr("href");
            Site.Reply icon = site.get(url, "*/*");

            assertThat(url).matches("/favicon-[0-9a-f]{32}\\.svg");
            assertThat(icon.status()).isEqualTo(200);
            assertThat(icon.contentType()).startsWith("image/svg+xml");
        }

        @Test
        void robotsTxtIsServedAtItsFixedAddress() {
            Site.Reply robots = site.get("/robots.txt", "*/*");

            assertThat(robots.status()).isEqualTo(200);
            assertThat(robots.body()).contains("User-agent");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/css/app.css", "/js/app.js"})
        void areServedAtTheirPlainAddressToo(String path) {
            assertThat(site.get(path, "*/*").status()).isEqualTo(200);
        }

        @ParameterizedTest
        @ValueSource(strings = {"/application.properties", "/templates/results.html", "/static/css/app.css"})
        void nothingElseOnTheClasspathIsServed(String path) {
            assertThat(site.get(path, "*/*").status()).isEqualTo(404);
        }
    }
}
