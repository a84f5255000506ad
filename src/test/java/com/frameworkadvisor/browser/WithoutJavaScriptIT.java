package com.frameworkadvisor.browser;

import static com.frameworkadvisor.browser.Advisor.WINNER_VERDICT;
import static com.frameworkadvisor.browser.Advisor.answer;
import static com.frameworkadvisor.browser.Advisor.copyButton;
import static com.frameworkadvisor.browser.Advisor.radio;
import static com.frameworkadvisor.browser.Advisor.shareLink;
import static com.frameworkadvisor.browser.Advisor.submit;
import static com.frameworkadvisor.browser.Advisor.verdict;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JavaScript is only an enhancement: with it switched off, the whole journey still works. */
@BrowserTest
class WithoutJavaScriptIT {

    private Page page;

    @BeforeEach
    void openABrowserWithJavaScriptSwitchedOff(BrowserSession browser) {
        page = browser.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
    }

    @Test
    void aUserFillsInTheQuestionnaireAndGetsARecommendation() {
        page.navigate("/fine-tune");
        answer(page, "orm", 5);
        answer(page, "templating", 0);
        assertThat(radio(page, "orm", 5)).isChecked();
        submit(page);

        assertThat(page).hasURL(Pattern.compile("/results\\?.*\\borm=5\\b.*\\btemplating=0\\b"));
        assertThat(verdict(page)).isVisible();
        assertThat(verdict(page)).hasText(WINNER_VERDICT);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ORM and database access")))
                .containsText("Your weight: 5 (Critical)");
    }

    @Test
    void theResultsPageShowsTheShareLinkButNoCopyButtonThatCouldNotWork() {
        page.navigate("/results?orm=5&admin=3");

        assertThat(verdict(page)).hasText(WINNER_VERDICT);
        assertThat(shareLink(page)).isVisible();
        assertThat(shareLink(page)).hasText(Pattern.compile("/results\\?v=2026\\.11\\.1&orm=5&admin=3$"));
        assertThat(copyButton(page)).hasCount(1);
        assertThat(copyButton(page)).isHidden();
    }
}
