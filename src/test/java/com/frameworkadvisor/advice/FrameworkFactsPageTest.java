package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The dated evidence of 2026.11.2 as a reader sees it: each framework's facts "as of" their month on the compare page
 * and in the API, every rating's month, and every source's address and checked month. Months read "November 2026",
 * never as an age.
 */
@WebTest
class FrameworkFactsPageTest {

    @Autowired
    Site site;

    private Document compare() {
        return site.page("/compare").html();
    }

    private Element facts(String framework) {
        return compare().getElementById("framework-" + framework);
    }

    @Nested
    class OnTheComparePage {

        @Test
        void djangoShowsItsLatestReleaseLtsAndTheMonthTheyWereChecked() {
            Element django = facts("django");

            assertThat(django.selectFirst("h4").text()).isEqualTo("Facts as of November 2026");
            assertThat(django.select("dl.facts dt").eachText())
                    .containsExactly("Latest release", "Support window", "Supported Python", "Maintained by");
            assertThat(django.select("dl.facts dd").eachText())
                    .contains(
                            "6.1, released on 5 August 2026",
                            "5.2 (LTS): security fixes until April 2028",
                            "3.12–3.14 (Django 6.1); 3.10–3.14 (Django 5.2 LTS)")
                    .anySatisfy(dd -> assertThat(dd).contains("DEP 0020", "April 2030"));
            assertThat(django.text()).contains("First released 2005, BSD-3-Clause licence.");
            assertThat(django.select("p.sources a").eachAttr("href"))
                    .contains("/compare?v=2026.11.3#source-django-dep-0020");
        }

        @Test
        void saysPlainlyWhenNoSupportWindowIsPublishedOrNoDatedReleaseWasVerified() {
            assertThat(facts("flask").select("dl.facts dd").eachText())
                    .contains("3.1.3, released on 18 February 2026")
                    .anySatisfy(dd -> assertThat(dd).startsWith("Pallets publishes no support window and no LTS"));
            assertThat(facts("fastapi").select("dl.facts dd").eachText())
                    .contains("Not given: no dated release could be verified.")
                    .anySatisfy(dd -> assertThat(dd).startsWith("FastAPI publishes no support window and no LTS"));
        }

        @Test
        void neverShowsARelativeAge() {
            assertThat(compare().select("main").text()).doesNotContainPattern("\\b(ago|months old|years old)\\b");
        }

        @Test
        void datesEveryRating() {
            Element orm = compare().getElementById("criterion-orm");
            assertThat(orm.select("tr.rationale"))
                    .hasSize(3)
                    .allSatisfy(row -> assertThat(row.text()).contains("As of November 2026."));
        }

        @Test
        void givesEverySourceItsAddressAndTheMonthItWasChecked() {
            Element survey = compare().getElementById("source-jetbrains-state-of-python-2025");
            assertThat(survey.select("a").eachAttr("href"))
                    .containsExactly("https://blog.jetbrains.com/pycharm/2025/08/the-state-of-python-2025/");
            assertThat(survey.text()).contains("Survey report", "(checked November 2026, published 2025)");
            assertThat(compare()
                            .getElementById("source-pallets-security-policy")
                            .text())
                    .contains("Security policy", "(checked November 2026)");
        }
    }

    @Nested
    class OnTheResultsPage {

        @Test
        void datesEachRatingItExplains() {
            Element orm = site.page("/results?v=2026.11.2&orm=5").html().getElementById("criterion-orm");
            assertThat(orm.select("tr.rationale"))
                    .allSatisfy(row -> assertThat(row.text()).contains("As of November 2026."));
        }
    }

    @Nested
    class InTheApi {

        @Test
        void servesTheFactsWithTheirMonth() {
            JsonNode django = site.get("/api/knowledge-base", "application/json")
                    .json()
                    .get("frameworks")
                    .get(0);

            assertThat(django.get("facts").get("asOf").asString()).isEqualTo("2026-11");
            assertThat(django.get("facts").get("latestRelease").get("date").asString())
                    .isEqualTo("2026-08-05");
            assertThat(django.get("facts").get("lts").get(0).get("endOfSupport").asString())
                    .isEqualTo("2028-04");
        }
    }
}
