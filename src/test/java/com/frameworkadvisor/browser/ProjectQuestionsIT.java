package com.frameworkadvisor.browser;

import static com.frameworkadvisor.browser.Advisor.shareLink;
import static com.frameworkadvisor.browser.Advisor.verdict;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15's journey, with and without JavaScript, on a laptop and on a 375 px phone: answer the project questions on
 * {@code /}, read the results with a reason beside each weight, fine-tune one weight and keep every other reason,
 * then reopen the link in a fresh context and see the same page. Clicks from {@code /} to the results: eight answers
 * and the submit button (the default candidates stay ticked), nine in all, within the issue's eleven.
 */
@BrowserTest
class ProjectQuestionsIT {

    /** The third persona of the issue: a small JSON API by an experienced team that picks its own components. */
    private static final String[][] PERSONA = {
        {"project-kind", "json-api"},
        {"staff-editing", "no"},
        {"user-accounts", "no"},
        {"team-python", "experienced"},
        {"team-knows", "none"},
        {"deadline", "normal"},
        {"scale", "small"},
        {"own-components", "yes"},
    };

    private static Page open(BrowserSession browser, boolean javaScript, boolean phone) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setJavaScriptEnabled(javaScript);
        options.setViewportSize(phone ? 375 : 1366, phone ? 812 : 650);
        return browser.newPage(options);
    }

    private static Locator reasonOf(Page page, String criterionId) {
        return page.locator("#criterion-" + criterionId + " .reason");
    }

    private static void fitsTheWidth(Page page) {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits)
                .as("%s is %s px wide", page.url(), page.evaluate("() => document.documentElement.scrollWidth"))
                .isEqualTo(true);
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void everyQuestionAndTheSubmitButtonFitOneLaptopScreen(boolean javaScript, BrowserSession browser) {
        Page page = open(browser, javaScript, false);
        page.navigate("/");
        for (String[] answer : PERSONA) {
            assertThat(page.locator("#q-" + answer[0])).isInViewport();
        }
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my recommendation")))
                .isInViewport();
        assertThat(page.locator("input[name=project-kind]").first()).hasAttribute("required", "required");
    }

    @ParameterizedTest(name = "JavaScript {0}, phone {1}")
    @org.junit.jupiter.params.provider.CsvSource({"true, false", "false, false", "true, true", "false, true"})
    void answersFineTunesAndReopensTheSamePage(boolean javaScript, boolean phone, BrowserSession browser) {
        Page page = open(browser, javaScript, phone);
        page.navigate("/");
        if (phone) {
            fitsTheWidth(page);
        }
        int clicks = 0;
        for (String[] answer : PERSONA) {
            page.locator("#" + answer[0] + "-" + answer[1]).click();
            clicks++;
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my recommendation"))
                .click();
        clicks++;
        assertThat(clicks).as("clicks from / to the results").isLessThanOrEqualTo(11);

        assertThat(page).hasURL(Pattern.compile("/results\\?v=2026\\.11\\.3&project-kind=json-api&"));
        assertThat(shareLink(page))
                .hasText(Pattern.compile("/results\\?v=2026\\.11\\.3&project-kind=json-api&staff-editing=no"
                        + "&user-accounts=no&team-python=experienced&team-knows=none&deadline=normal&scale=small"
                        + "&own-components=yes$"));
        assertThat(verdict(page)).hasText(Pattern.compile("^Flask fits this project better"));
        assertThat(page.locator(".described")).containsText("Your team knows none of these frameworks");
        assertThat(reasonOf(page, "flexibility")).hasText("from your answers: Experienced; Yes, we choose our own");
        assertThat(reasonOf(page, "learning-curve")).hasText("default");
        if (phone) {
            fitsTheWidth(page);
        }

        // Fine-tune one weight in the what-if form: it says "set by you", and every other reason stays.
        page.locator("#what-if-learning-curve").selectOption("5");
        page.locator("#what-if button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile("learning-curve=5"));
        assertThat(shareLink(page)).hasText(Pattern.compile("own-components=yes&learning-curve=5$"));
        assertThat(reasonOf(page, "learning-curve")).hasText("set by you");
        assertThat(reasonOf(page, "flexibility")).hasText("from your answers: Experienced; Yes, we choose our own");
        assertThat(reasonOf(page, "api-backend")).hasText(Pattern.compile("^from your answers: A JSON API"));

        String link = shareLink(page).innerText();
        String heading = verdict(page).innerText();
        String described = page.locator(".described").innerText();
        Page fresh = open(browser, javaScript, phone);
        fresh.navigate(link);
        assertThat(verdict(fresh)).hasText(heading);
        assertThat(fresh.locator(".described")).hasText(described);
        assertThat(reasonOf(fresh, "learning-curve")).hasText("set by you");
        assertThat(reasonOf(fresh, "flexibility")).hasText("from your answers: Experienced; Yes, we choose our own");
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void fineTuneOpensTheFullQuestionnairePreFilledWithTheDerivedWeights(boolean javaScript, BrowserSession browser) {
        Page page = open(browser, javaScript, false);
        page.navigate("/results?v=2026.11.3&project-kind=json-api&team-knows=flask");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fine-tune the weights"))
                .click();
        assertThat(page.locator("input[name=api-backend][value='5']")).isChecked();
        assertThat(page.locator("input[name=team-experience][value='4']")).isChecked();
        page.locator("input[name=orm][value='0']").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my recommendation"))
                .click();
        assertThat(shareLink(page)).hasText(Pattern.compile("project-kind=json-api&team-knows=flask&orm=0$"));
        assertThat(reasonOf(page, "api-backend")).hasText(Pattern.compile("^from your answers"));
        assertThat(page.locator(".unweighted")).containsText("ORM and database access (set by you)");
    }
}
