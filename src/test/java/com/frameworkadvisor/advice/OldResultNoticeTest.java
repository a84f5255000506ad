package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.VersionedWebTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A result computed with an older knowledge base says so, and says what today's would say. Test versions: 2026.11.1
 * (the shipped one, released 2026-11-21) and 2026.12.1, in which templating is Flask 4.5 → 4, API backends Django 3.5 →
 * 4.5, "async" is new, "hiring" is gone and "developer-tooling" replaces "debugging". Scores are 100 × Σ w·s ÷ (5 ×
 * Σ w).
 */
@VersionedWebTest
class OldResultNoticeTest {

    @Autowired
    Site site;

    private Element notice(String link) {
        Site.Reply reply = site.page(link);
        assertThat(reply.status()).isEqualTo(200);
        return reply.html().selectFirst("section.old-result");
    }

    private static String today(Element notice) {
        return notice.selectFirst(".old-result-today strong").text();
    }

    private static String todayLink(Element notice) {
        return notice.selectFirst(".old-result-today a").attr("href");
    }

    @Nested
    class WhenTheWinnerStays {

        // orm and admin are rated alike in both versions: Django (25 + 15) / 40 = 100, Flask (15 + 6) / 40 = 52.5.
        private final Element notice = notice("/results?orm=5&admin=3");

        @Test
        void isALabelledSectionRightUnderTheHeadline() {
            assertThat(notice).isNotNull();
            assertThat(notice.attr("aria-labelledby")).isEqualTo("old-result-heading");
            assertThat(notice.selectFirst("h2#old-result-heading").text())
                    .isEqualTo("Computed with an older knowledge base");
            assertThat(notice.previousElementSibling().tagName()).isEqualTo("h1");
        }

        @Test
        void namesTheVersionItsReleaseDateAndTodaysVersion() {
            assertThat(notice.text())
                    .contains("This result was computed with knowledge base 2026.11.1, released on 2026-11-21. "
                            + "Today's version is 2026.12.1.");
        }

        @Test
        void saysTheWinnerStaysWithTodaysScores() {
            assertThat(today(notice))
                    .isEqualTo("With today's knowledge base (2026.12.1), Django still fits better — 100 vs 53.");
        }

        @Test
        void linksToTodaysResultForTheSameAnswersAndToWhatChanged() {
            assertThat(todayLink(notice)).isEqualTo("/results?v=2026.12.1&orm=5&admin=3");
            assertThat(notice.select("a").eachAttr("href")).contains("/knowledge/changes");
        }

        @Test
        void namesTheNewCriterionCountedAtZero() {
            assertThat(notice.selectFirst(".old-result-added").text())
                    .isEqualTo("New since, and counted at 0: Async support.");
            assertThat(notice.select(".old-result-dropped")).isEmpty();
        }
    }

    @Nested
    class WhenTheWinnerChanges {

        // Then: Django (17.5 + 12 + 5) / 45 = 76.7, Flask (22.5 + 13.5 + 3) / 45 = 86.7.
        // Today: Django (22.5 + 12 + 5) / 45 = 87.8, Flask (22.5 + 12 + 3) / 45 = 83.3.
        private final Element notice = notice("/results?api-backend=5&templating=3&orm=1");

        @Test
        void saysTheOtherFrameworkWouldNowFitBetter() {
            assertThat(today(notice))
                    .isEqualTo("With today's knowledge base (2026.12.1), Django would now fit better — 88 vs 83.");
        }

        @Test
        void linksToTodaysResultThatShowsIt() {
            String link = todayLink(notice);
            assertThat(link).isEqualTo("/results?v=2026.12.1&orm=1&templating=3&api-backend=5");
            Document today = site.page(link).html();
            assertThat(today.selectFirst("h1").text()).isEqualTo("Django fits this project better — 88 vs 83");
            assertThat(today.select("section.old-result")).isEmpty();
        }
    }

    @Nested
    class WhenTodayItIsATie {

        // Then Flask 90 vs Django 73.75; today both (22.5 + 12) / 40 = 86.25.
        @Test
        void saysItWouldBeTooCloseToCall() {
            assertThat(today(notice("/results?api-backend=5&templating=3")))
                    .isEqualTo("With today's knowledge base (2026.12.1), it would be too close to call — "
                            + "Django and Flask both score 86.");
        }
    }

    @Nested
    class WhenAnAnsweredCriterionIsGone {

        // Today only orm counts: Django 25 / 25 = 100, Flask 15 / 25 = 60.
        private final Element notice = notice("/results?orm=5&hiring=4&must=hiring");

        @Test
        void namesTheDroppedAnswerWithItsWeight() {
            assertThat(notice.selectFirst(".old-result-dropped").text())
                    .isEqualTo("No longer asked, so left out: Ease of hiring (your weight: 4).");
        }

        @Test
        void computesTodaysVerdictWithoutIt() {
            assertThat(today(notice))
                    .isEqualTo("With today's knowledge base (2026.12.1), Django still fits better — 100 vs 60.");
            assertThat(todayLink(notice)).isEqualTo("/results?v=2026.12.1&orm=5");
        }
    }

    @Nested
    class WhenACriterionWasReplaced {

        // developer-tooling rates as debugging did: Django 4 × 4 / 20 = 80, Flask 4.5 × 4 / 20 = 90.
        private final Element notice = notice("/results?debugging=4&must=debugging");

        @Test
        void carriesTheAnswerAndSaysSo() {
            assertThat(notice.selectFirst(".old-result-renamed").text())
                    .isEqualTo("Debugging and development server is now Developer tooling; your answer carries over.");
            assertThat(notice.select(".old-result-dropped")).isEmpty();
        }

        @Test
        void computesTodaysVerdictWithTheReplacingCriterion() {
            assertThat(today(notice))
                    .isEqualTo("With today's knowledge base (2026.12.1), Flask still fits better — 90 vs 80.");
            assertThat(todayLink(notice)).isEqualTo("/results?v=2026.12.1&developer-tooling=4&must=developer-tooling");
        }
    }

    @Nested
    class WhenNothingSurvives {

        private final Element notice = notice("/results?hiring=3");

        @Test
        void saysTodaysKnowledgeCannotRankTheAnswers() {
            assertThat(notice.selectFirst(".old-result-today strong").text())
                    .isEqualTo("None of your answers is asked in today's knowledge base (2026.12.1), so it cannot rank "
                            + "the frameworks with them.");
            assertThat(notice.selectFirst(".old-result-dropped").text())
                    .isEqualTo("No longer asked, so left out: Ease of hiring (your weight: 3).");
        }

        @Test
        void linksToTodaysQuestionnaireInsteadOfAResult() {
            assertThat(todayLink(notice)).isEqualTo("/");
            assertThat(notice.select("a[href^=/results]")).isEmpty();
        }
    }

    @Nested
    class ALinkPreview {

        private final Document page = site.page("/results?orm=5&admin=3").html();

        @Test
        void saysTheKnowledgeBaseHasSinceBeenUpdated() {
            assertThat(page.selectFirst("meta[property=og:title]").attr("content"))
                    .isEqualTo("Django fits this project better — 100 vs 53 (knowledge base 2026.11.1, since updated)");
            assertThat(page.selectFirst("meta[property=og:description]").attr("content"))
                    .isEqualTo("Ranked on 2 weighted criteria with cited evidence (knowledge base 2026.11.1, since "
                            + "updated).");
            assertThat(page.selectFirst("meta[name=twitter:title]").attr("content"))
                    .endsWith("(knowledge base 2026.11.1, since updated)");
        }

        @Test
        void keepsTheOldVerdictAsTheHeadlineAndSaysWhichVersionComputedIt() {
            assertThat(page.selectFirst("h1").text()).isEqualTo("Django fits this project better — 100 vs 53");
            assertThat(page.selectFirst(".version").text())
                    .isEqualTo("Computed with knowledge base version 2026.11.1.");
            assertThat(page.selectFirst(".site-footer").text()).contains("2026.12.1");
        }
    }

    @Nested
    class TheDecisionRecord {

        @Test
        void carriesTheNoticeAsText() {
            Site.Reply reply = site.get("/results.md?orm=5&hiring=4", "text/markdown");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body())
                    .contains("> This result was computed with knowledge base 2026.11.1, released on 2026-11-21. ")
                    .contains("Django still fits better")
                    .contains("Today's result: <" + site.url("/results?v=2026.12.1&orm=5") + ">")
                    .contains("Ease of hiring (your weight: 4)")
                    .contains("Async support")
                    .contains("<" + site.url("/knowledge/changes") + ">");
        }

        @Test
        void saysSoWhenNothingSurvives() {
            String markdown = site.get("/results.md?hiring=3", "text/markdown").body();

            assertThat(markdown)
                    .contains("None of your answers is asked in today's knowledge base (2026.12.1)")
                    .contains("Ease of hiring (your weight: 3)")
                    .doesNotContain("Today's result");
        }

        @Test
        void ofTodaysVersionCarriesNone() {
            assertThat(site.get("/results.md?v=2026.12.1&orm=5", "text/markdown")
                            .body())
                    .doesNotContain("older knowledge base")
                    .doesNotContain("since updated")
                    .doesNotContain("Today's result");
        }
    }

    @Nested
    class ACurrentLink {

        @Test
        void showsNoNotice() {
            Document page = site.page("/results?v=2026.12.1&orm=5&async=3").html();

            assertThat(page.select("section.old-result")).isEmpty();
            assertThat(page.selectFirst("meta[property=og:title]").attr("content"))
                    .doesNotContain("since updated");
        }
    }

    @Nested
    class AdjustingTheAnswersOfAnOldResult {

        private final Document result =
                site.page("/results?orm=4&hiring=3&debugging=2&must=debugging").html();
        private final String adjust =
                result.selectFirst("a:contains(Adjust your answers)").attr("href");
        private final Document questionnaire = site.page(adjust).html();

        private String checked(String criterion) {
            return questionnaire
                    .selectFirst("input[type=radio][name=" + criterion + "][checked]")
                    .attr("value");
        }

        @Test
        void opensTodaysQuestionnaireFromTheOldLinksAnswers() {
            assertThat(adjust).isEqualTo("/?v=2026.11.1&orm=4&debugging=2&hiring=3&must=debugging");
            assertThat(questionnaire.select("input[type=radio][name=hiring]")).isEmpty();
            assertThat(questionnaire.select("input[type=radio][name=async]")).isNotEmpty();
        }

        @Test
        void carriesTheAnswersOverToTodaysCriteria() {
            assertThat(checked("orm")).isEqualTo("4");
            assertThat(checked("developer-tooling")).isEqualTo("2");
            assertThat(checked("async")).isEqualTo("0");
            assertThat(checked("security")).isEqualTo("0");
            assertThat(questionnaire
                            .select("input[type=checkbox][name=must][checked]")
                            .eachAttr("value"))
                    .containsExactly("developer-tooling");
        }

        @Test
        void namesTheDroppedAnswersTheCarriedOnesAndTheNewCriteria() {
            Element notice = questionnaire.selectFirst("section.carried");
            assertThat(notice.attr("aria-labelledby")).isEqualTo("carried-heading");
            assertThat(notice.select("p").eachText())
                    .containsExactly(
                            "These answers were given with knowledge base 2026.11.1; they are carried over to today's"
                                    + " version, 2026.12.1.",
                            "Debugging and development server is now Developer tooling; your answer carries over.",
                            "No longer asked, so left out: Ease of hiring (your weight: 3).",
                            "New since, and counted at 0: Async support.");
        }

        @Test
        void answersOfAVersionThisInstanceDoesNotKnowAreA404RatherThanAGuess() {
            assertThat(site.page("/?v=2099.01.1&orm=3").status()).isEqualTo(404);
            assertThat(site.page("/?v=latest&orm=3").status()).isEqualTo(400);
        }

        @Test
        void saysNothingWhenTheAnswersAreTodays() {
            Document today = site.page("/?v=2026.12.1&orm=4&async=2").html();

            assertThat(today.select("section.carried")).isEmpty();
            assertThat(today.selectFirst("input[type=radio][name=async][checked]")
                            .attr("value"))
                    .isEqualTo("2");
        }
    }
}
