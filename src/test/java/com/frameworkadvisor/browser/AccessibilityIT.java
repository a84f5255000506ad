package com.frameworkadvisor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** axe-core finds no WCAG 2.2 A or AA violation on any page, on a laptop or a phone. */
@BrowserTest
class AccessibilityIT {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    private static void hasNoViolations(Page page, String path) {
        page.navigate(path);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();

        assertThat(results.getViolations()).as("%s:%n%s", path, describe(results.getViolations())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?profile=mvp-deadline", "/results?orm=5&admin=3&flexibility=2", "/results?orm=5&flexibility=4",
            "/compare", "/results?orm=9", "/no-such-page"})
    void pagesMeetWcag22AaOnALaptop(String path, Page page) {
        hasNoViolations(page, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/results?orm=5&admin=3"})
    void pagesMeetWcag22AaOnAPhone(String path, BrowserSession browser) {
        hasNoViolations(browser.newPage(new Browser.NewContextOptions().setViewportSize(375, 812)), path);
    }
}
