package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.VersionedWebTest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The page of changes, read as a user reads it, with the test knowledge directory's two versions published. What it
 * should say was worked out by hand from the two files; the page computes it.
 */
@VersionedWebTest
class ChangesPageTest {

    @Autowired
    Site site;

    Document page;

    @BeforeEach
    void openThePage() {
        Site.Reply reply = site.page("/knowledge/changes");
        assertThat(reply.status()).isEqualTo(200);
        page = reply.html();
    }

    Element version(String version) {
        Element section = page.getElementById("version-" + version);
        assertThat(section).as("the section of version %s", version).isNotNull();
        return section;
    }

    /** The items of the list under the version's heading of that name. */
    List<String> listUnder(Element version, String heading) {
        Element h3 = version.select("h3").stream()
                .filter(h -> h.text().equals(heading))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no heading " + heading));
        return h3.nextElementSibling().select("li").eachText();
    }

    /** The body rows of the version's table with that caption, each as its cells' texts. */
    List<List<String>> rowsOf(Element version, String caption) {
        Element table = version.select("table").stream()
                .filter(t -> t.selectFirst("caption").text().equals(caption))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table " + caption));
        return table.select("tbody tr").stream()
                .map(tr -> tr.select("th, td").eachText())
                .toList();
    }

    @Nested
    class EveryPublishedVersion {

        @Test
        void isListedNewestFirstUnderItsOwnHeading() {
            assertThat(page.select("main h2").eachText())
                    .containsExactly("Version 2026.12.1 current", "Version 2026.11.1");
        }

        @Test
        void showsItsDateAndSummary() {
            assertThat(version("2026.12.1").text())
                    .contains("Published on 2026-12-01.")
                    .contains("Test version: ratings changed, async added, hiring removed, debugging replaced by"
                            + " developer tooling, a preset removed.");
            assertThat(version("2026.11.1").text())
                    .contains("Published on 2026-11-21.")
                    .contains("The shipped first version, byte for byte.");
        }

        @Test
        void marksOnlyTheCurrentOne() {
            assertThat(page.select("main h2 .badge").eachText()).containsExactly("current");
            assertThat(version("2026.12.1").selectFirst("h2 .badge")).isNotNull();
        }

        @Test
        void linksToItsComparePage() {
            assertThat(version("2026.12.1").select("a[href=/compare?v=2026.12.1]"))
                    .hasSize(1);
            assertThat(version("2026.11.1").select("a[href=/compare?v=2026.11.1]"))
                    .hasSize(1);
        }

        @Test
        void theFirstHasNothingToBeComparedWith() {
            assertThat(version("2026.11.1").text()).contains("The first published version");
            assertThat(version("2026.11.1").select("h3, table, ul")).isEmpty();
        }
    }

    @Nested
    class WhatChangedIn2026_12_1 {

        Element december;

        @BeforeEach
        void theNewerVersion() {
            december = version("2026.12.1");
        }

        @Test
        void isComparedWithTheVersionBeforeIt() {
            assertThat(december.text()).contains("What changed since version 2026.11.1:");
        }

        @Test
        void listsTheCriteriaAddedReplacedAndRemoved() {
            assertThat(listUnder(december, "Criteria"))
                    .containsExactly(
                            "Added: Async support (async)",
                            "Replaced: Debugging and development server (debugging) by Developer tooling"
                                    + " (developer-tooling)",
                            "Removed: Ease of hiring (hiring)");
        }

        @Test
        void listsThePresetRemoved() {
            assertThat(listUnder(december, "Presets"))
                    .containsExactly("Removed: Prototype or a beginner team's first project (prototype-beginners)");
        }

        @Test
        void hasNoFrameworksSectionSinceTheFrameworksStayed() {
            assertThat(december.select("h3").eachText()).doesNotContain("Frameworks");
        }

        @Test
        void tabulatesEachChangedRatingWithItsOldAndNewScore() {
            assertThat(rowsOf(december, "Ratings that changed from version 2026.11.1 to version 2026.12.1"))
                    .containsExactly(
                            List.of("Templating", "Flask", "4.5", "4.0"),
                            List.of("API and single-page-app backends", "Django", "3.5", "4.5"));
        }

        @Test
        void headsTheScoresBeforeAndAfterAndNamesBothVersionsInTheCaption() {
            Element table = december.selectFirst("table.scores-changed");

            assertThat(table.select("thead th").eachText())
                    .containsExactly("Criterion", "Framework", "Before", "After");
            assertThat(table.selectFirst("caption").text()).contains("version 2026.11.1", "version 2026.12.1");
        }

        @Test
        void tabulatesWhichPartOfTheEvidenceChanged() {
            assertThat(rowsOf(
                            december,
                            "Ratings whose rationale or sources changed from version 2026.11.1 to version 2026.12.1"))
                    .containsExactly(
                            List.of("API and single-page-app backends", "Django", "The rationale and the sources"));
        }

        @Test
        void linksAChangedRationaleToWhereTheNewVersionShowsIt() {
            assertThat(december.select("table.evidence-changed a").eachAttr("href"))
                    .containsExactly("/compare?v=2026.12.1#criterion-api-backend");
            Document compare = site.page("/compare?v=2026.12.1").html();
            assertThat(compare.getElementById("criterion-api-backend").text())
                    .contains("Test version: Django REST framework and django-ninja make Django a strong choice for"
                            + " APIs.");
        }

        @Test
        void givesEveryTableColumnAndRowHeaders() {
            Elements tables = december.select("table");
            assertThat(tables).hasSize(2);
            for (Element table : tables) {
                assertThat(table.select("caption").text()).isNotBlank();
                assertThat(table.select("thead th"))
                        .allMatch(th -> th.attr("scope").equals("col"));
                assertThat(table.select("tbody tr"))
                        .allMatch(tr -> tr.child(0).tagName().equals("th")
                                && tr.child(0).attr("scope").equals("row"));
            }
            assertThat(page.select("h1")).hasSize(1);
        }
    }

    @Nested
    class TheComparePage {

        @Test
        void saysTheCurrentVersionIsShownAndLinksTheEarlierOne() {
            Element versions = site.page("/compare").html().selectFirst("main nav.versions");

            assertThat(versions.text()).contains("This is knowledge base version 2026.12.1, the current one.");
            assertThat(versions.select("li a").eachAttr("href")).containsExactly("/compare?v=2026.11.1");
        }

        @Test
        void saysAnEarlierVersionIsShownAndLinksTheCurrentOne() {
            Element versions = site.page("/compare?v=2026.11.1").html().selectFirst("main nav.versions");

            assertThat(versions.text())
                    .contains("This is knowledge base version 2026.11.1, an earlier one; the current version is"
                            + " 2026.12.1.");
            assertThat(versions.select("li a").eachAttr("href")).containsExactly("/compare?v=2026.12.1");
            assertThat(versions.select("li a").eachText()).containsExactly("2026.12.1 (current)");
        }

        @Test
        void linksToWhatChanged() {
            assertThat(site.page("/compare?v=2026.11.1")
                            .html()
                            .select("main a[href=/knowledge/changes]")
                            .eachText())
                    .containsExactly("What changed between versions");
        }
    }
}
