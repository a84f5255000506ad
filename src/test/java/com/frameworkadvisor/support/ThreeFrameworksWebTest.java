package com.frameworkadvisor.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link WebTest}, but the only published knowledge base has three frameworks, Alpha, Beta and Gamma, of which
 * Alpha and Beta are the default candidates ({@link ThreeFrameworksInitializer}). These tests share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ThreeFrameworksInitializer.class)
@Import({Site.class, RoomClient.class})
public @interface ThreeFrameworksWebTest {}
