package com.frameworkadvisor.browser;

import static com.frameworkadvisor.browser.Advisor.ranking;
import static com.frameworkadvisor.browser.Advisor.shareLink;
import static com.frameworkadvisor.browser.Advisor.submit;
import static com.frameworkadvisor.browser.Advisor.verdict;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's journey with today's knowledge base (2026.11.3, whose ratings are 2026.11.2's): FastAPI is one checkbox away, a three-way result can be
 * shared and reopened elsewhere, and an API-first answer set with the default candidates brings FastAPI up.
 */
@BrowserTest
class FastApiJourneyIT {

    @Nested
    class AddingFastApi {

        @Test
        void givesAThreeWayResultThatReopensTheSameInAFreshBrowser(BrowserSession browser) {
            Page page = browser.page();
            page.navigate("/fine-tune");
            assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("FastAPI")))
                    .not()
                    .isChecked();

            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("FastAPI"))
                    .check();
            submit(page);

            assertThat(page).hasURL(Pattern.compile("/results\\?v=2026\\.11\\.3&.*fw=fastapi"));
            java.util.List<String> threeWay = ranking(page);
            assertThat(threeWay).hasSize(3).anySatisfy(line -> assertThat(line).contains("FastAPI"));
            String shared = shareLink(page).innerText();
            assertThat(shared).contains("v=2026.11.3", "fw=django,flask,fastapi");
            String headline = verdict(page).innerText();

            Page elsewhere = browser.newPage();
            elsewhere.navigate(shared);

            assertThat(verdict(elsewhere)).hasText(headline);
            assertThat(ranking(elsewhere)).isEqualTo(threeWay);
        }
    }

    @Nested
    class AnApiFirstAnswerSetWithTheDefaults {

        @Test
        void namesFastApiAsLeftOutWithItsScoreAndALinkThatIncludesIt(Page page) {
            page.navigate("/fine-tune");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("API or microservice with custom components"))
                    .click();
            submit(page);

            assertThat(verdict(page)).hasText(Pattern.compile("^Django fits this project better"));
            assertThat(page.locator(".left-out"))
                    .containsText("FastAPI was left out, yet would fit best with the same answers: 83.7 out of 100.");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the result with FastAPI included"))
                    .click();

            assertThat(verdict(page)).hasText(Pattern.compile("^FastAPI fits this project best"));
            assertThat(ranking(page)).hasSize(3).first().asString().startsWith("#1 FastAPI");
            assertThat(page.locator(".left-out")).hasCount(0);
        }
    }
}
