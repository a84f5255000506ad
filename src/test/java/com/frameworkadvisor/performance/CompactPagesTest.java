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

/** What a first visit downloads: pages without indentation, and only the stylesheets and scripts the page uses, compacted. */
@WebTest
class CompactPagesTest {

    private static final String ALL_CRITERIA = "/results?orm=3&admin=2&security=3&templating=2&development-speed=3"
            + "&learning-curve=3&project-structure=2&debugging=2&documentation=2&flexibility=3&performance=2&scalability=3"
            + "&api-backend=2&community=3&hiring=2&extensions=2";

    @Autowired
    Site site;

    @Nested
    class Pages {

        @ParameterizedTest
        @ValueSource(strings = {"/", ALL_CRITERIA, "/compare", "/rooms/new", "/no-such-page"})
        void carryNoTemplateIndentation(String path) {
            assertThat(site.page(path).body()).doesNotContain("\n ", "\n\t", "  <");
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
        void areServedCompactedVersionedAndCachedForAYear(String file, String selector, String attribute)
                throws IOException {
            String url =
                    site.page("/results?orm=5").html().selectFirst(selector).attr(attribute);
            Site.Reply asset = site.get(url, "*/*");
            String source = new ClassPathResource("static/" + file).getContentAsString(StandardCharsets.UTF_8);

            assertThat(asset.status()).isEqualTo(200);
            assertThat(asset.response().headers().firstValue("Cache-Control")).hasValue("max-age=31536000");
            String expected = file.endsWith(".css") ? CompactAssets.css(source) : CompactAssets.js(source);
            assertThat(asset.body()).isEqualTo(expected).hasSizeLessThan(source.length() * 85 / 100);
        }

        @Test
        void theIconIsServedAtItsVersionedAddress() {
            String url = site.page("/").html().selectFirst("link[rel=icon]").attr("href");
            Site.Reply icon = site.get(url, "*/*");

            assertThat(url).matches("/favicon-[0-9a-f]{32}\\.svg");
            assertThat(icon.status()).isEqualTo(200);
            assertThat(icon.response().headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        }
    }
}
