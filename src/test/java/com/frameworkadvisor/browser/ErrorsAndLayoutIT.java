package com.frameworkadvisor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What users see when something is wrong, on a phone, and with only a keyboard. */
@BrowserTest
class ErrorsAndLayoutIT {

    @Nested
    class ErrorPages {

        @Test
        void aLinkWithAnAnswerOutOfRangeExplainsWhichAnswerIsWrongAndLeadsBack(Page page) {
            Response response = page.navigate("/results?orm=9");

            assertThat(response.status()).isEqualTo(400);
            assertThat(heading(page)).hasText("Some answers need fixing");
            assertThat(page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("orm")))
                    .hasText(Pattern.compile("orm\\s+must be a whole number from 0 to 5, but was 9"));

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(Pattern.compile("^Back to the questionnaire")))
                    .click();
            // Nothing valid is left to carry back, so the way back is / as it starts: the project questions.
            assertThat(heading(page)).hasText("Describe your project");
        }

        @Test
        void anUnknownPageIsAFriendlyNotFoundPageWithoutInternals(Page page) {
            Response response = page.navigate("/no-such-page");

            assertThat(response.status()).isEqualTo(404);
            assertThat(heading(page)).hasText("We can't find that page");
            assertThat(page.getByText("There is nothing at /no-such-page.")).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the questionnaire")))
                    .isVisible();
            assertThat(page.locator("body")).not().containsText("Whitelabel");
            assertThat(page.locator("body")).not().containsText("Exception");
            assertThat(page.locator("body")).not().containsText(Pattern.compile("at (java|org|com)\\."));
        }
    }

    @Nested
    class SmallScreens {

        @ParameterizedTest
        @ValueSource(strings = {"/", "/results?orm=5&admin=3", "/compare"})
        void pagesFitAPhoneScreenWithoutScrollingSideways(String path, BrowserSession browser) {
            Page phone = browser.newPage(new Browser.NewContextOptions().setViewportSize(375, 812));
            phone.navigate(path);
            assertThat(heading(phone)).isVisible();

            Object fits = phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
            assertThat(fits)
                    .as(
                            "%s is %s px wide in a %s px window",
                            path,
                            phone.evaluate("() => document.documentElement.scrollWidth"),
                            phone.evaluate("() => window.innerWidth"))
                    .isEqualTo(true);
        }
    }

    @Nested
    class Keyboard {

        @Test
        void theFirstTabStopIsTheSkipLinkWhichAppearsAndJumpsToTheContent(Page page) {
            page.navigate("/results?orm=5&admin=3");

            page.keyboard().press("Tab");

            Locator skip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to the content"));
            assertThat(skip).isFocused();
            BoundingBox box = skip.boundingBox();
            assertThat(box.y).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);
            assertThat(box.y + box.height).isLessThanOrEqualTo(page.viewportSize().height);

            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile("#main$"));
        }
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
