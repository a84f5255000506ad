package com.frameworkadvisor.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A test that drives the running application in a real Chromium browser.
 *
 * <p>Every browser test class uses exactly this Spring configuration, so the test context cache starts the application
 * once per JVM, and {@link PlaywrightExtension} shares one Chromium between all of them. Test methods declare a
 * {@link com.microsoft.playwright.Page} parameter (a fresh browser context, JavaScript on, base URL set to the app)
 * or a {@link BrowserSession} parameter to open further contexts, for example without JavaScript.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(PlaywrightExtension.class)
public @interface BrowserTest {}
