package com.frameworkadvisor.browser;

import static com.frameworkadvisor.browser.Advisor.answer;
import static com.frameworkadvisor.browser.Advisor.question;
import static com.frameworkadvisor.browser.Advisor.submit;
import static com.frameworkadvisor.browser.Advisor.verdict;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Changing an answer on the results page, and ruling frameworks out with must-haves. Shipped ratings: ORM Django 5 /
 * Flask 3, admin 5 / 2, flexibility 2.5 / 5.
 */
@BrowserTest
class WhatIfAndMustHavesIT {

    private static final String CLOSE_CALL = "/results?orm=4&flexibility=3";

    private static void chooseInWhatIf(Page page, String criterionName, String option) {
        page.getByRole(
                        AriaRole.COMBOBOX,
                        new Page.GetByRoleOptions().setName(criterionName).setExact(true))
                .selectOption(option);
    }

    @Nested
    class WhatIf {

        @Test
        void changingAWeightUpdatesTheVerdictAndTheLinkInPlace(Page page) {
            page.navigate(CLOSE_CALL);
            assertThat(verdict(page)).hasText(Pattern.compile("^Django fits this project better"));
            assertThat(page.locator(".robustness"))
                    .containsText("Flask would win if Flexibility and control mattered 3.2 or more");
            page.evaluate("() => window.notReloaded = true");

            chooseInWhatIf(page, "Flexibility and control", "5");

            assertThat(verdict(page)).hasText(Pattern.compile("^Flask fits this project better"));
            assertThat(page).hasURL(Pattern.compile("/results\\?v=2026\\.11\\.1&orm=4&flexibility=5$"));
            assertThat(page.locator("#share-url"))
                    .hasText(Pattern.compile("/results\\?v=2026\\.11\\.1&orm=4&flexibility=5$"));
            assertThat(page.getByRole(AriaRole.STATUS)
                            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Updated:")))
                    .containsText("Flask fits this project better");
            // The same document: the page was updated, not reloaded.
            org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.notReloaded === true"))
                    .isEqualTo(true);
        }

        @Test
        void theUpdatedLinkReproducesTheNewResultInAFreshBrowser(BrowserSession browser) {
            Page page = browser.page();
            page.navigate(CLOSE_CALL);
            chooseInWhatIf(page, "Flexibility and control", "5");
            assertThat(verdict(page)).hasText(Pattern.compile("^Flask"));
            String verdictText = verdict(page).innerText();

            Page elsewhere = browser.newPage();
            elsewhere.navigate(page.url());

            assertThat(verdict(elsewhere)).hasText(verdictText);
        }

        @Test
        void withoutJavaScriptTheFormSubmitsToTheSamePage(BrowserSession browser) {
            Page page = browser.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
            page.navigate(CLOSE_CALL);

            chooseInWhatIf(page, "Flexibility and control", "5");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Update the result"))
                    .click();

            assertThat(page).hasURL(Pattern.compile("/results\\?v=2026\\.11\\.1&.*flexibility=5"));
            assertThat(verdict(page)).hasText(Pattern.compile("^Flask fits this project better"));
        }
    }

    @Nested
    class MustHaves {

        @Test
        void aMustHaveFromTheQuestionnaireRulesOutTheFrameworkThatFailsIt(Page page) {
            page.navigate("/fine-tune");
            for (String criterion : new String[] {
                // Every criterion of today's knowledge base (2026.11.3) the questionnaire asks without project answers,
                // but
                // flexibility (your team's experience is asked once the team said which frameworks it knows).
                "orm",
                "admin",
                "security",
                "templating",
                "api-backend",
                "async-realtime",
                "request-validation",
                "api-docs",
                "learning-curve",
                "testing",
                "debugging",
                "team-conventions",
                "performance",
                "ecosystem",
                "hiring",
                "long-term-support"
            }) {
                answer(page, criterion, 0);
            }
            answer(page, "flexibility", 5);
            question(page, "admin").getByRole(AriaRole.CHECKBOX).check();
            submit(page);

            assertThat(page).hasURL(Pattern.compile("/results\\?v=2026\\.11\\.3&.*must=admin"));
            assertThat(verdict(page)).hasText(Pattern.compile("^Django fits this project better"));
            assertThat(page.getByText("Flask fails these must-haves: Ready-made admin back office"))
                    .isVisible();
            assertThat(page.getByText("A framework rated below 3 on a must-have fails it"))
                    .isVisible();
        }

        @Test
        void aMustHaveTickedInWhatIfTakesEffectAtOnce(Page page) {
            page.navigate("/results?flexibility=5");
            assertThat(verdict(page)).hasText(Pattern.compile("^Flask"));

            page.getByRole(
                            AriaRole.CHECKBOX,
                            new Page.GetByRoleOptions().setName("must-have Ready-made admin back office"))
                    .check();

            assertThat(verdict(page)).hasText(Pattern.compile("^Django"));
            assertThat(page).hasURL(Pattern.compile("/results\\?v=2026\\.11\\.1&flexibility=5&must=admin$"));
        }
    }
}
