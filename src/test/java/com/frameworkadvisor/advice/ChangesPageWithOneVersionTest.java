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

/** With only the shipped version published, as in production today, and how every page leads to the changes. */
@WebTest
class ChangesPageWithOneVersionTest {

    @Autowired
    Site site;

    @Nested
    class ThePageOfChanges {

        @Test
        void showsTheShippedVersionAsCurrentWithNoDifferences() {
            Document page = site.page("/knowledge/changes").html();

            assertThat(page.select("main h2").eachText()).containsExactly("Version 2026.11.1 current");
            Element shipped = page.getElementById("version-2026.11.1");
            assertThat(shipped.text())
                    .contains("Published on 2026-11-21.")
                    .contains("The first published version, so there is no earlier one to compare it with.");
            assertThat(shipped.select("h3, table, ul")).isEmpty();
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
        void saysWhichVersionItShowsAndHasNoOtherToLink() {
            Element versions = site.page("/compare").html().selectFirst("main nav.versions");

            assertThat(versions.text()).contains("This is knowledge base version 2026.11.1, the current one.");
            assertThat(versions.select("li")).isEmpty();
            assertThat(versions.select("a").eachAttr("href")).containsExactly("/knowledge/changes");
        }
    }
}
