package com.frameworkadvisor.browser;

import com.frameworkadvisor.support.VersionedWebTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Like {@link BrowserTest}, but the application has the test knowledge directory with a second published version
 * (see {@link VersionedWebTest}), so old links can be opened. It is a second application context, started only by the
 * browser tests that need it; {@link PlaywrightExtension} still shares its one Chromium with every other browser test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "advisor.knowledge-base=" + VersionedWebTest.KNOWLEDGE)
@ExtendWith(PlaywrightExtension.class)
public @interface VersionedBrowserTest {}
