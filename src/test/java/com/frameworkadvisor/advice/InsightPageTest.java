package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How solid the result is, must-haves, the what-if form, charts and the decision record. Numbers follow the shipped
 * ratings: ORM Django 5 / Flask 3, admin 5 / 2, flexibility 2.5 / 5.
 */
@WebTest
class InsightPageTest {

    @Autowired
    Site site;

    @Nested
    class Robustness {

        @Test
        void aClearResultIsRobust() {
            // Lead 19 (40 vs 21): flexibility would need 19 / 2.5 = 7.6, beyond 5
            assertThat(site.page("/results?orm=5&admin=3")
                            .html()
                            .selectFirst(".robustness")
                            .text())
                    .isEqualTo("Robust: no single answer between 0 and 5 changes the winner.");
        }

        @Test
        void aFragileResultNamesTheNearestAnswerThatFlipsItAndSaysItIsClose() {
            // Django 20 + 7.5 = 27.5, Flask 12 + 15 = 27: flexibility ties at 3 + 0.5 / 2.5 = 3.2
            Document page = site.page("/results?orm=4&flexibility=3").html();

            assertThat(page.selectFirst(".robustness").text())
                    .isEqualTo(
                            "Sensitive: Flask would win if Flexibility and control mattered 3.2 or more (you said 3). "
                                    + "A close call: the margin is only 1.4 points.");
            assertThat(page.select(".flips li"))
                    .extracting(Element::text)
                    .contains("ORM and database access at 3.8 or less (you said 4) for Flask");
        }

        @Test
        void aTieSaysSoInsteadOfARobustnessVerdict() {
            assertThat(site.page("/results?orm=5&flexibility=4")
                            .html()
                            .selectFirst(".robustness")
                            .text())
                    .isEqualTo("Too close to call: the frameworks score the same with these answers.");
        }
    }

    @Nested
    class MustHaves {

        private final Document page =
                site.page("/results?orm=5&admin=3&must=admin,orm").html();

        @Test
        void sayWhichMustHavesEachFrameworkFailsAndStateTheRule() {
            assertThat(page.select(".must-haves li"))
                    .extracting(Element::text)
                    .containsExactly(
                            "Django meets every must-have.",
                            "Flask fails these must-haves: Ready-made admin back office");
            assertThat(page.selectFirst(".must-haves").text())
                    .contains("A framework rated below 3 on a must-have fails it");
        }

        @Test
        void travelInTheShareableLinkAsOneList() {
            assertThat(page.selectFirst("#share-url").attr("href"))
                    .isEqualTo(site.url("/results?v=2026.11.1&orm=5&admin=3&must=orm,admin"));
        }

        @Test
        void fromTheFormsCheckboxesMeanTheSame() {
            Document fromForm =
                    site.page("/results?orm=5&admin=3&must=admin&must=orm").html();

            assertThat(fromForm.selectFirst("#share-url").attr("href"))
                    .isEqualTo(site.url("/results?v=2026.11.1&orm=5&admin=3&must=orm,admin"));
        }

        @Test
        void canLiftAFrameworkThatScoresLowerToTheTop() {
            // flexibility alone favours Flask 100 to 50, but Flask is rated 2 on admin, a must-have
            Document mustAdmin = site.page("/results?flexibility=5&must=admin").html();

            assertThat(mustAdmin.selectFirst("h1").text()).startsWith("Django fits this project better");
        }

        @Test
        void arePreFilledInTheQuestionnaire() {
            Document questionnaire = site.page("/?orm=5&must=admin").html();

            assertThat(questionnaire.select("input[name=must][checked]"))
                    .extracting(e -> e.val())
                    .containsExactly("admin");
            // A questionnaire without v asks today's criteria (2026.11.3): 17 of 18, since your team's experience is
            // asked only once the team said which frameworks it knows.
            assertThat(questionnaire.select("input[name=must]")).hasSize(17);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                must=colour          | 'colour' is not a known criterion
                must=admin,,orm      | must be a comma-separated list of criterion ids such as 'admin,orm', but was 'admin,,orm'
                must=                | must be a comma-separated list of criterion ids
                must=admin,admin     | 'admin' is listed more than once
                """)
        void badListsGetA400NamingTheParameter(String must, String message) {
            Site.Reply reply = site.page("/results?orm=5&" + must);

            assertThat(reply.status()).isEqualTo(400);
            Element problem = reply.html().selectFirst(".problems li");
            assertThat(problem.selectFirst("code").text()).isEqualTo("must");
            assertThat(problem.text()).contains(message);
        }
    }

    @Nested
    class WhatIf {

        private final Document page =
                site.page("/results?orm=5&admin=3&must=admin").html();

        @Test
        void isAPlainFormToTheSameHandlerWithEveryAnswerPreFilled() {
            Element form = page.getElementById("what-if");
            assertThat(form.attr("method")).isEqualTo("get");
            assertThat(form.attr("action")).isEqualTo("/results");
            assertThat(form.selectFirst("select[name=orm] option[selected]").val())
                    .isEqualTo("5");
            assertThat(form.selectFirst("select[name=security] option[selected]")
                            .val())
                    .isEqualTo("0");
            assertThat(form.select("input[name=must][checked]"))
                    .extracting(e -> e.val())
                    .containsExactly("admin");
            assertThat(form.selectFirst("label[for=what-if-orm]").text()).isEqualTo("ORM and database access");
        }
    }

    @Nested
    class Charts {

        private final Document page = site.page("/results?orm=5&admin=3").html();

        @Test
        void stackEachFrameworksPointsByCriterionWithATitleDescriptionAndTable() {
            Element chart = page.selectFirst("svg.contributions");
            assertThat(chart.attr("role")).isEqualTo("img");
            assertThat(chart.selectFirst("title").text()).isEqualTo("Score by criterion");
            assertThat(chart.selectFirst("desc").text()).isNotBlank();
            // Django: ORM 62.5 + admin 37.5; Flask: 37.5 + 15
            assertThat(chart.select("g").get(0).select("rect.segment"))
                    .extracting(r -> r.attr("width"))
                    .containsExactly("62.50", "37.50");
            assertThat(chart.select("g").get(1).select("rect.segment"))
                    .extracting(r -> r.attr("width"))
                    .containsExactly("37.50", "15.00");
            assertThat(page.select(".charts details").get(0).select("tbody tr"))
                    .extracting(Element::text)
                    .containsExactly("ORM and database access 62.5 37.5", "Ready-made admin back office 37.5 15.0");
        }

        @Test
        void plotEachFrameworksRatingsOnTheWeightedCriteria() {
            Element chart = page.selectFirst("svg.profile");
            assertThat(chart.selectFirst("title").text()).isEqualTo("Ratings on the criteria you weighted");
            // ratings 1–5 at x 0–100 on the first row's axis (y 6): Django 5 → 100 (a circle), Flask 3 → 50 (a square)
            assertThat(chart.select("g").get(0).select("path.mark"))
                    .extracting(mark -> mark.className() + " "
                            + mark.attr("d").substring(0, mark.attr("d").indexOf('m')))
                    .containsExactly(
                            "mark series-0 shape-circle M100.00 6.00", "mark series-1 shape-square M50.00 6.00");
        }
    }

    @Nested
    class DecisionRecord {

        private final Site.Reply reply = site.get("/results.md?orm=5&admin=3&must=admin", "text/markdown");

        @Test
        void isMarkdownInTheMadrLayout() {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("text/markdown");
            assertThat(reply.body())
                    .startsWith("# Choose a web framework: Django\n")
                    .contains(
                            "## Context and Problem Statement",
                            "## Decision Drivers",
                            "## Considered Options",
                            "## Decision Outcome",
                            "## Pros and Cons of the Options");
        }

        @Test
        void carriesTheDriversOptionsOutcomeAndVersion() {
            assertThat(reply.body())
                    .contains("* ORM and database access (weight 5)\n")
                    .contains("* Ready-made admin back office (weight 3), must-have")
                    .contains("* Django: 100.0 out of 100\n")
                    .contains("* Flask: 52.5 out of 100, fails must-haves: Ready-made admin back office\n")
                    .contains("Chosen option: \"Django\", because Django fits this project better — 100 vs 53.")
                    .contains("Robust: no single answer between 0 and 5 changes the winner.")
                    .contains("* Good, because of Ready-made admin back office (rated 5.0 of 5)")
                    .contains("* Bad, because of Ready-made admin back office (rated 2.0 of 5)")
                    .contains("knowledge base version 2026.11.1");
        }

        @Test
        void isLinkedFromTheResultsPage() {
            assertThat(site.page("/results?orm=5&admin=3")
                            .html()
                            .selectFirst("a:contains(Decision record)")
                            .attr("href"))
                    .isEqualTo("/results.md?v=2026.11.1&orm=5&admin=3");
        }

        @Test
        void refusesBadAnswersLikeThePage() {
            assertThat(site.page("/results.md?orm=9").status()).isEqualTo(400);
        }
    }
}
