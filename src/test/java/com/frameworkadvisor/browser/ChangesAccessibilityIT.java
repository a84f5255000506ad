package com.frameworkadvisor.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The differences between versions (lists and tables) only show once a second version is published, which the
 * shipped knowledge has not, so axe-core checks them with the test knowledge directory's two versions.
 */
@VersionedBrowserTest
class ChangesAccessibilityIT {

    @Test
    void theChangesBetweenTwoVersionsMeetWcag22AaOnALaptop(Page page) {
        AccessibilityIT.hasNoViolations(page, "/knowledge/changes");
    }

    @Test
    void theChangesBetweenTwoVersionsMeetWcag22AaOnAPhone(BrowserSession browser) {
        AccessibilityIT.hasNoViolations(
                browser.newPage(new Browser.NewContextOptions().setViewportSize(375, 812)), "/knowledge/changes");
    }

    @Test
    void anEarlierVersionsComparePageMeetsWcag22Aa(Page page) {
        AccessibilityIT.hasNoViolations(page, "/compare?v=2026.11.1");
    }
}
