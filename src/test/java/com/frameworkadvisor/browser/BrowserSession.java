package com.frameworkadvisor.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The browser as one test method sees it: any number of fresh, isolated contexts (like separate browser profiles) on
 * the shared Chromium, each with the application as its base URL, so {@code page.navigate("/compare")} works. All
 * of them are closed when the method ends.
 */
public final class BrowserSession implements AutoCloseable {

    /** Long enough for a slow CI machine, short enough that a wrong locator fails the test quickly. */
    private static final double TIMEOUT_MILLIS = 10_000;

    private final Browser browser;
    private final String baseUrl;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private Page page;

    BrowserSession(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** The application's root URL, such as {@code http://localhost:54321}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The method's main page: a desktop-sized window with JavaScript on. */
    public Page page() {
        if (page == null) {
            page = newPage();
        }
        return page;
    }

    /** A page in another fresh context: no cookies, history or storage shared with any other page. */
    public Page newPage() {
        return newPage(new Browser.NewContextOptions());
    }

    /** A page in a fresh context with these options; unless they say otherwise: the app as base URL, 1280x900, en-US. */
    public Page newPage(Browser.NewContextOptions options) {
        if (options.baseURL == null) {
            options.setBaseURL(baseUrl);
        }
        if (options.viewportSize == null) {
            options.setViewportSize(1280, 900);
        }
        if (options.locale == null) {
            options.setLocale("en-US");
        }
        BrowserContext context = browser.newContext(options);
        contexts.add(context);
        context.setDefaultTimeout(TIMEOUT_MILLIS);
        context.setDefaultNavigationTimeout(TIMEOUT_MILLIS);
        return context.newPage();
    }

    void screenshotOpenPages(Path directory, String name) {
        int n = 0;
        for (BrowserContext context : contexts) {
            for (Page open : context.pages()) {
                try {
                    open.screenshot(new Page.ScreenshotOptions()
                            .setFullPage(true)
                            .setPath(directory.resolve(name + (n++ == 0 ? "" : "-" + n) + ".png")));
                } catch (RuntimeException e) {
                    // A diagnostic only; the test's own failure is what matters.
                }
            }
        }
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (BrowserContext context : contexts) {
            try {
                context.close();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        contexts.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
