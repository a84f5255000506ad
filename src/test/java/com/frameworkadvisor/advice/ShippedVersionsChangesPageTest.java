package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With the shipped versions published, as in production today (2026.11.1, then 2026.11.2), and how every page leads
 * to the changes.
 */
@WebTest
class ShippedVersionsChangesPageTest {

    @Autowired
    Site site;

    @Nested
    class ThePageOfChanges {

        @Test
        void showsBothShippedVersionsNewestFirst() {
            Document page = site.page("/knowledge/changes").html();

            assertThat(page.select("main h2").eachText())
                    .containsExactly("Version 2026.11.3 current", "Version 2026.11.2", "Version 2026.11.1");
            Element first = page.getElementById("version-2026.11.1");
            assertThat(first.text())
                    .contains("Published on 2026-11-21.")
                    .contains("The first published version, so there is no earlier one to compare it with.");
            assertThat(first.select("h3, table, ul")).isEmpty();
        }

        @Test
        void describesWhat2026_11_2ChangedFastApiTheNewCriteriaAndWhatReplacesWhat() {
            Element knowledgeFor2026 = site.page("/knowledge/changes").html().getElementById("version-2026.11.2");

            assertThat(knowledgeFor2026.text())
                    .contains("Published on 2026-11-29.", "What changed since version 2026.11.1");
            assertThat(knowledgeFor2026.select("ul.frameworks-changed li").eachText())
                    .containsExactly("Added: FastAPI (fastapi)");
            assertThat(knowledgeFor2026.select("ul.criteria-changed li").eachText())
                    .contains(
                            "Added: Async and real time (async-realtime)",
                            "Added: Long-term support and release cadence (long-term-support)",
                            "Removed: Development speed (batteries included) (development-speed)")
                    .anySatisfy(line -> assertThat(line)
                            .startsWith("Replaced: Project structure and conventions (project-structure) by")
                            .contains("(team-conventions)"))
                    .anySatisfy(line -> assertThat(line)
                            .startsWith("Replaced: Community and answers (community) by")
                            .contains("(ecosystem)"));
            assertThat(knowledgeFor2026.select("ul.presets-changed li").eachText())
                    .containsExactly("Added: Async JSON API or real-time service (async-api)");
            assertThat(knowledgeFor2026.select("table.scores-changed tbody tr").eachText())
                    .contains("Templating Django 4.0 4.5")
                    .anySatisfy(row -> assertThat(row).contains("Django 3.5 4.5"));
        }

        @Test
        void isTitledForWhatItShows() {
            Document page = site.page("/knowledge/changes").html();

            assertThat(page.title()).isEqualTo("What changed in the knowledge base — Framework Advisor");
            assertThat(page.select("h1").eachText()).containsExactly("What changed in the knowledge base");
        }
    }

    @Nested
    class TheFooter {

        @ParameterizedTest
        @ValueSource(strings = {"/", "/results?v=2026.11.1&orm=5", "/compare", "/knowledge/changes", "/rooms/new"})
        void linksToTheChangesOnEveryPage(String path) {
            assertThat(site.page(path)
                            .html()
                            .select("footer a[href=/knowledge/changes]")
                            .eachText())
                    .containsExactly("What changed in the knowledge base");
        }
    }

    @Nested
    class TheComparePage {

        @Test
        void saysWhichVersionItShowsAndLinksTheEarlierOne() {
            Element versions = site.page("/compare").html().selectFirst("main nav.versions");

            assertThat(versions.text()).contains("This is knowledge base version 2026.11.3, the current one.");
            assertThat(versions.select("a").eachAttr("href"))
                    .containsExactly("/compare?v=2026.11.2", "/compare?v=2026.11.1", "/knowledge/changes");
        }
    }
}
