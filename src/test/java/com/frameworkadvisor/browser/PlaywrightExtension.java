package com.frameworkadvisor.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Shares one Playwright and one Chromium between every browser test in the JVM, gives each test method its own
 * {@link BrowserSession} (fresh browser contexts, closed after the method), and saves a screenshot of each open page
 * when a test fails.
 *
 * <p>There is no skipping: if Chromium is missing or does not start, every browser test fails and says why.
 */
final class PlaywrightExtension implements ParameterResolver, AfterTestExecutionCallback {

    /** Where the browser comes from; Failsafe sets it from the {@code chromium.path} Maven property. */
    static final String CHROMIUM_PROPERTY = "advisor.test.chromium";

    private static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

    /**
     * No sandbox because the tests may run as root (containers, CI); no network services because the build machine
     * may be offline and nothing outside the app under test should be contacted.
     */
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PlaywrightExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == BrowserSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        BrowserSession session = session(context);
        return parameter.getParameter().getType() == Page.class ? session.page() : session;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        BrowserSession session = context.getStore(NAMESPACE).get(BrowserSession.class, BrowserSession.class);
        if (session != null && context.getExecutionException().isPresent()) {
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            session.screenshotOpenPages(
                    Paths.get(System.getProperty("basedir", "."), "target", "screenshots", "failures"), name);
        }
    }

    /** The method's session, created on first use and closed (with all its contexts) when the method is done. */
    private static BrowserSession session(ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .computeIfAbsent(
                        BrowserSession.class,
                        key -> new BrowserSession(sharedBrowser(context).browser(), baseUrl(context)),
                        BrowserSession.class);
    }

    private static SharedBrowser sharedBrowser(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(SharedBrowser.class, key -> SharedBrowser.launch(), SharedBrowser.class);
    }

    private static String baseUrl(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        return "http://localhost:" + port;
    }

    /** The one Playwright driver and Chromium of the run; the root store closes it when all tests are done. */
    private record SharedBrowser(Playwright playwright, Browser browser) implements AutoCloseable {

        static SharedBrowser launch() {
            Path chromium = Paths.get(System.getProperty(CHROMIUM_PROPERTY, DEFAULT_CHROMIUM));
            if (!Files.isExecutable(chromium)) {
                throw new IllegalStateException(
                        "The browser tests need Chromium, but there is no executable at " + chromium
                                + ". Install it (Debian: apt-get install chromium) or point -D" + CHROMIUM_PROPERTY
                                + " (Maven: -Dchromium.path) at one.");
            }
            // Never let Playwright download browsers of its own, even when run from an IDE without Failsafe's env.
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(chromium)
                                .setHeadless(true)
                                .setArgs(CHROMIUM_ARGS));
                return new SharedBrowser(playwright, browser);
            } catch (RuntimeException e) {
                playwright.close();
                throw new IllegalStateException("Chromium at " + chromium + " did not start: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                browser.close();
            } finally {
                playwright.close();
            }
        }
    }
}
