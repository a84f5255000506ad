package com.frameworkadvisor.browser;

import com.frameworkadvisor.support.ThreeFrameworksInitializer;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link BrowserTest}, but the current knowledge base has three frameworks, Alpha and Beta in the running by
 * default and Gamma left out ({@link ThreeFrameworksInitializer}). A context of its own, started only by the browser
 * tests of candidates; {@link PlaywrightExtension} still shares its one Chromium.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ThreeFrameworksInitializer.class)
@ExtendWith(PlaywrightExtension.class)
public @interface ThreeFrameworksBrowserTest {}
