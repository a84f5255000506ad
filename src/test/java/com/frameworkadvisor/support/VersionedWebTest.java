package com.frameworkadvisor.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Like {@link WebTest}, but with a second knowledge-base version published after the shipped 2026.11.1: the test
 * knowledge directory {@code src/test/resources/knowledge/versions/}, whose 2026.12.1 changes ratings, a rationale
 * and sources, adds the criterion {@code async}, removes {@code hiring} and the preset {@code prototype-beginners},
 * and replaces {@code debugging} by {@code developer-tooling}. These tests share one context too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advisor.knowledge-base=" + VersionedWebTest.KNOWLEDGE)
@Import({Site.class, RoomClient.class})
public @interface VersionedWebTest {

    String KNOWLEDGE = "classpath:knowledge/versions/";
}
