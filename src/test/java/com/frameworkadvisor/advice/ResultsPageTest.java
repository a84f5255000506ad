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
 * Numbers follow the shipped ratings, the same in 2026.11.1 and 2026.11.2: ORM Django 5 / Flask 3, admin 5 / 2,
 * flexibility 2.5 / 5. A link without {@code v} means 2026.11.1 (links are forever), so those pages carry the notice
 * that today's knowledge base is newer.
 */
@WebTest
class ResultsPageTest {

    @Autowired
    Site site;

    @Nested
    class AClearWinner {

        private final Site.Reply reply = site.page("/results?orm=5&admin=3");
        private final Document page = reply.html();

        @Test
        void headlinesTheWinnerAndBothScores() {
            // Django (25 + 15) / 40 = 100; Flask (15 + 6) / 40 = 52.5
            assertThat(reply.status()).isEqualTo(200);
            assertThat(page.selectFirst("h1").text()).isEqualTo("Django fits this project better — 100 vs 53");
            assertThat(page.title()).startsWith("Django fits this project better");
        }

        @Test
        void ranksTheFrameworks() {
            assertThat(page.select(".ranking li"))
                    .extracting(Element::text)
                    .containsExactly("#1 Django 100.0 out of 100", "#2 Flask 52.5 out of 100");
        }

        @Test
        void explainsEachWeightedCriterionWithRatingsPointsRationaleAndSources() {
            Element orm = page.selectFirst("#criterion-orm");
            assertThat(orm.selectFirst("h3").text()).isEqualTo("ORM and database access Your weight: 5 (Critical)");
            assertThat(orm.select("tbody tr:first-child"))
                    .extracting(Element::text)
                    .containsExactly("Django 5.0 62.5", "Flask 3.0 37.5");
            assertThat(orm.select("tr.rationale").get(1).text()).contains("SQLAlchemy");
            assertThat(orm.select(".sources a").first().attr("href")).startsWith("/compare?v=2026.11.1#source-");
            assertThat(page.select("article.criterion")).hasSize(2);
            assertThat(page.selectFirst(".unweighted").text()).contains("Built-in security");
        }

        @Test
        void namesTheDecidingCriteria() {
            assertThat(page.selectFirst(".deciding").text())
                    .isEqualTo(
                            "Decided mostly by: ORM and database access (+25.0 points), Ready-made admin back office (+22.5 points)");
        }

        @Test
        void statesTheKnowledgeBaseVersion() {
            assertThat(page.selectFirst(".version").text())
                    .isEqualTo("Computed with knowledge base version 2026.11.1.");
        }

        @Test
        void showsItsOwnShareableLinkAndALinkToAdjustTheAnswers() {
            assertThat(page.selectFirst("#share-url").attr("href"))
                    .isEqualTo(site.url("/results?v=2026.11.1&orm=5&admin=3"));
            assertThat(page.selectFirst("a:contains(Adjust your answers)").attr("href"))
                    .isEqualTo("/?v=2026.11.1&orm=5&admin=3");
            assertThat(page.selectFirst("button[data-copy-target=share-url]").hasAttr("hidden"))
                    .isTrue();
        }

        @Test
        void computedWithTodaysKnowledgeBaseItCarriesNoOldResultNotice() {
            Document today = site.page("/results?v=2026.11.3&orm=5&admin=3").html();
            assertThat(today.select(".old-result")).isEmpty();
            assertThat(today.selectFirst("meta[property=og:title]").attr("content"))
                    .isEqualTo("Django fits this project better — 100 vs 53");
        }

        @Test
        void previewsTheVerdictWhenTheLinkIsPasted() {
            assertThat(page.selectFirst("meta[property=og:title]").attr("content"))
                    .isEqualTo("Django fits this project better — 100 vs 53 (knowledge base 2026.11.1, since updated)");
            assertThat(page.selectFirst("meta[name=twitter:title]").attr("content"))
                    .contains("Django");
            assertThat(page.selectFirst("meta[property=og:url]").attr("content"))
                    .isEqualTo(site.url("/results?v=2026.11.1&orm=5&admin=3"));
            assertThat(page.selectFirst("meta[property=og:description]").attr("content"))
                    .contains("2 weighted criteria");
        }
    }

    @Nested
    class TheSameLink {

        @Test
        void reproducesTheSamePageWhateverTheParameterOrderAndZeroAnswers() {
            Document first = site.page("/results?orm=5&admin=3").html();
            Document second = site.page("/results?admin=3&security=0&orm=5").html();

            assertThat(second.selectFirst("main").text())
                    .isEqualTo(first.selectFirst("main").text());
        }

        @Test
        void survivesTrackingParametersThatChatAppsAppend() {
            Site.Reply reply = site.page("/results?orm=5&admin=3&utm_source=chat&fbclid=IwAR123");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.html().selectFirst("#share-url").attr("href"))
                    .isEqualTo(site.url("/results?v=2026.11.1&orm=5&admin=3"));
        }

        @Test
        void favoursFlaskWhenOnlyFlexibilityMatters() {
            assertThat(site.page("/results?flexibility=5")
                            .html()
                            .selectFirst("h1")
                            .text())
                    .isEqualTo("Flask fits this project better — 100 vs 50");
        }

        @Test
        void saysTooCloseToCallOnATie() {
            // Django (25 + 10) / 45 and Flask (15 + 20) / 45 are both 77.8
            Document page = site.page("/results?orm=5&flexibility=4").html();

            assertThat(page.selectFirst("h1").text()).isEqualTo("Too close to call — Django and Flask both score 78");
            assertThat(page.select(".deciding")).isEmpty();
        }
    }

    @Nested
    class BadParameters {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                orm=9&admin=3            | orm   | must be a whole number from 0 to 5, but was 9
                orm=abc&admin=3          | orm   | must be a whole number from 0 to 5, but was 'abc'
                orm=2.5&admin=3          | orm   | must be a whole number from 0 to 5, but was '2.5'
                orm=-1&admin=3           | orm   | must be a whole number from 0 to 5, but was -1
                colour=3&admin=3         | colour| 'colour' is not a known criterion
                orm=&admin=3             | orm   | has no value
                orm=1&orm=2&admin=3      | orm   | is given more than once
                """)
        void getA400PageNamingTheParameterAndLinkingBackWithTheValidAnswers(
                String query, String parameter, String message) {
            Site.Reply reply = site.page("/results?" + query);

            assertThat(reply.status()).isEqualTo(400);
            Element problem = reply.html().selectFirst(".problems li");
            assertThat(problem.selectFirst("code").text()).isEqualTo(parameter.strip());
            assertThat(problem.text()).contains(message.strip());
            assertThat(reply.html()
                            .selectFirst("a:contains(Back to the questionnaire)")
                            .attr("href"))
                    .isEqualTo("/?v=2026.11.1&admin=3");
        }

        @Test
        void allWeightsZeroAsksForAtLeastOneWeight() {
            Site.Reply reply = site.page("/results?orm=0&admin=0");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.html().selectFirst(".problems").text())
                    .isEqualTo("give at least one criterion a weight above 0");
            assertThat(reply.html()
                            .selectFirst("a:contains(Back to the questionnaire)")
                            .attr("href"))
                    .isEqualTo("/");
        }

        @Test
        void anUnknownNameIsReportedAsUnknownWhateverItsValue() {
            assertThat(site.page("/results?colour=red&admin=3")
                            .html()
                            .selectFirst(".problems")
                            .text())
                    .isEqualTo("colour 'colour' is not a known criterion");
        }

        @Test
        void noAnswersAtAllIsTheSameMistake() {
            assertThat(site.page("/results").status()).isEqualTo(400);
        }

        @Test
        void echoedValuesAreTextNotMarkup() {
            Site.Reply reply = site.page("/results?orm=%3Cscript%3Ealert(1)%3C/script%3E");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.body()).doesNotContain("<script>alert");
            assertThat(reply.html().selectFirst(".problems").text()).contains("'<script>alert(1)</sc…'");
        }
    }
}
