package com.frameworkadvisor.browser;

import static com.frameworkadvisor.browser.Advisor.WINNER_VERDICT;
import static com.frameworkadvisor.browser.Advisor.verdict;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * Takes the screenshots shown in the README, into {@code target/screenshots/} (copy them to {@code docs/} when the
 * pages change). Each page is checked first, so a broken page never ends up as a picture.
 */
@BrowserTest
class ReadmeScreenshotsIT {

    private static final Path SCREENSHOTS = Paths.get(System.getProperty("basedir", "."), "target", "screenshots");

    @Test
    void capturesTheQuestionnaireAndAResultAtDesktopSize(BrowserSession browser) {
        Page page = browser.newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));

        page.navigate("/fine-tune");
        assertThat(page.getByText("Show my recommendation")).isVisible();
        Path questionnaire = SCREENSHOTS.resolve("questionnaire.png");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(questionnaire));

        page.navigate("/results?orm=5&admin=4&security=4&flexibility=2");
        assertThat(verdict(page)).hasText(WINNER_VERDICT);
        Path results = SCREENSHOTS.resolve("results.png");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(results));

        assertThat(questionnaire).isNotEmptyFile();
        assertThat(results).isNotEmptyFile();
    }
}
