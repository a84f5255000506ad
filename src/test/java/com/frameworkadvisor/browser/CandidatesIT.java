package com.frameworkadvisor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Choosing which frameworks are in the running, in a real browser, with the three-framework knowledge base: Alpha and
 * Beta by default, Gamma left out.
 */
@ThreeFrameworksBrowserTest
class CandidatesIT {

    private static Locator box(Page page, String framework) {
        return page.locator("#questions")
                .getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(framework));
    }

    private static Locator ranking(Page page) {
        return page.locator("ol.ranking li .name");
    }

    @Nested
    class TheQuestionnaire {

        @ParameterizedTest(name = "JavaScript on: {0}")
        @ValueSource(booleans = {true, false})
        void putsTheTickedFrameworksInTheRunning(boolean javaScript, BrowserSession browser) {
            Page page = browser.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript));
            page.navigate("/");
            assertThat(box(page, "Alpha")).isChecked();
            assertThat(box(page, "Beta")).isChecked();
            assertThat(box(page, "Gamma")).not().isChecked();

            box(page, "Beta").uncheck();
            box(page, "Gamma").check();
            page.locator("#questions button[type=submit]").click();

            assertThat(ranking(page)).hasText(new String[] {"Alpha", "Gamma"});
            assertThat(page.locator("#share-url")).hasText(Pattern.compile("fw=alpha,gamma$"));
        }
    }

    @Nested
    class AFrameworkLeftOut {

        @ParameterizedTest(name = "JavaScript on: {0}")
        @ValueSource(booleans = {true, false})
        void isOneClickAway(boolean javaScript, BrowserSession browser) {
            Page page = browser.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript));
            page.navigate("/results?v=2026.12.1&safety=5");
            assertThat(page.locator(".left-out"))
                    .containsText("Gamma was left out, yet would fit best with the same answers: 100.0 out of 100.");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the result with Gamma included"))
                    .click();

            assertThat(ranking(page)).hasText(new String[] {"Gamma", "Beta", "Alpha"});
            assertThat(page.locator(".left-out")).hasCount(0);
        }
    }

    @Nested
    class Accessibility {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "/",
                    "/results?v=2026.12.1&safety=5",
                    "/results?v=2026.12.1&speed=4&safety=3&ease=2&docs=1&fw=alpha,beta,gamma",
                    "/rooms/new"
                })
        void threeWayPagesMeetWcag22Aa(String path, Page page) {
            AccessibilityIT.hasNoViolations(page, path);
        }
    }

    @Nested
    class OnAPhone {

        @ParameterizedTest
        @ValueSource(
                strings = {"/results?v=2026.12.1&speed=4&safety=3&ease=2&docs=1&fw=alpha,beta,gamma", "/compare", "/"})
        void threeFrameworksFitWithoutScrollingSideways(String path, BrowserSession browser) {
            Page phone = browser.newPage(new Browser.NewContextOptions().setViewportSize(375, 812));
            phone.navigate(path);
            assertThat(phone.locator("h1")).isVisible();

            Object fits = phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
            assertThat(fits)
                    .as("%s is %s px wide", path, phone.evaluate("() => document.documentElement.scrollWidth"))
                    .isEqualTo(true);
        }
    }
}
