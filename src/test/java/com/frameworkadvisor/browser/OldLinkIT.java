package com.frameworkadvisor.browser;

import static com.frameworkadvisor.browser.Advisor.checkedAnswers;
import static com.frameworkadvisor.browser.Advisor.verdict;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An old link, opened after the knowledge base moved on to 2026.12.1 (templating Flask 4.5 → 4, API backends Django
 * 3.5 → 4.5, hiring gone, debugging replaced by developer tooling). Then: Django (17.5 + 12 + 5 + 6 + 4) / 60 = 74.2,
 * Flask (22.5 + 13.5 + 3 + 8 + 4.5) / 60 = 85.8. Today, without hiring: Django (22.5 + 12 + 5 + 4) / 50 = 87, Flask
 * (22.5 + 12 + 3 + 4.5) / 50 = 84.
 */
@VersionedBrowserTest
class OldLinkIT {

    private static final String OLD_LINK = "/results?api-backend=5&templating=3&orm=1&hiring=2&debugging=1";

    private static Locator notice(Page page) {
        return page.getByRole(
                AriaRole.REGION, new Page.GetByRoleOptions().setName("Computed with an older knowledge base"));
    }

    @Test
    void theNoticeSaysWhenTheResultWasComputedAndWhatTodaysKnowledgeWouldSay(Page page) {
        page.navigate(OLD_LINK);

        assertThat(verdict(page)).hasText("Flask fits this project better — 86 vs 74");
        assertThat(notice(page))
                .containsText("computed with knowledge base 2026.11.1, released on 2026-11-21. Today's version is "
                        + "2026.12.1.");
        assertThat(notice(page))
                .containsText("With today's knowledge base (2026.12.1), Django would now fit better — 87 vs 84.");
        assertThat(notice(page)).containsText("No longer asked, so left out: Ease of hiring (your weight: 2).");
        assertThat(notice(page))
                .containsText("Debugging and development server is now Developer tooling; your answer carries over.");
        assertThat(notice(page)).containsText("New since, and counted at 0: Async support.");
        assertThat(notice(page)
                        .getByRole(
                                AriaRole.LINK,
                                new Locator.GetByRoleOptions().setName("What changed in the knowledge base")))
                .hasAttribute("href", "/knowledge/changes");
    }

    @Test
    void theNoticeLeadsToTodaysResultWhoseShareLinkCarriesTodaysVersion(Page page) {
        page.navigate(OLD_LINK);

        notice(page)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("See today's result for the same answers"))
                .click();

        assertThat(page)
                .hasURL(Pattern.compile(
                        "/results\\?v=2026\\.12\\.1&orm=1&templating=3&developer-tooling=1&api-backend=5$"));
        assertThat(verdict(page)).hasText("Django fits this project better — 87 vs 84");
        assertThat(notice(page)).hasCount(0);
        assertThat(page.locator("#share-url")).hasText(Pattern.compile("/results\\?v=2026\\.12\\.1&"));
    }

    @Test
    void adjustingTheAnswersOpensTodaysQuestionnaireWithTheAnswersCarriedAndTheDroppedOnesNamed(Page page) {
        page.navigate(OLD_LINK);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Adjust your answers"))
                .click();

        Locator carried = page.getByRole(
                AriaRole.REGION,
                new Page.GetByRoleOptions().setName("Your answers, carried to today's knowledge base"));
        assertThat(carried).containsText("No longer asked, so left out: Ease of hiring (your weight: 2).");
        assertThat(carried)
                .containsText("Debugging and development server is now Developer tooling; your answer carries over.");
        org.assertj.core.api.Assertions.assertThat(checkedAnswers(page))
                .containsEntry("orm", 1)
                .containsEntry("templating", 3)
                .containsEntry("developer-tooling", 1)
                .containsEntry("api-backend", 5)
                .containsEntry("async", 0)
                .doesNotContainKey("hiring");
    }

    @Test
    void aWhatIfChangeKeepsTheNoticeInStepWithTheAnswers(Page page) {
        page.navigate(OLD_LINK);

        // Without API backends, today: Django (12 + 5 + 4) / 25 = 84, Flask (12 + 3 + 4.5) / 25 = 78.
        page.getByRole(
                        AriaRole.COMBOBOX,
                        new Page.GetByRoleOptions()
                                .setName("API and single-page-app backends")
                                .setExact(true))
                .selectOption("0");

        assertThat(page).hasURL(Pattern.compile("/results\\?v=2026\\.11\\.1&orm=1&templating=3&debugging=1&hiring=2$"));
        assertThat(notice(page))
                .containsText("With today's knowledge base (2026.12.1), Django would now fit better — 84 vs 78.");
    }

    @Test
    void theNoticeIsThereWithoutJavaScriptAndMeetsWcag22Aa(BrowserSession browser) {
        Page withoutScript = browser.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        withoutScript.navigate(OLD_LINK);
        assertThat(notice(withoutScript)).containsText("Django would now fit better");

        Page page = browser.page();
        page.navigate(OLD_LINK);
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        org.assertj.core.api.Assertions.assertThat(results.getViolations())
                .extracting(rule -> rule.getId() + ": " + rule.getHelp())
                .isEmpty();
    }
}
