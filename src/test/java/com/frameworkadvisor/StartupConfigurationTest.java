package com.frameworkadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.support.WebTest;
import jakarta.servlet.MultipartConfigElement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.web.config.PageableHandlerMethodArgumentResolverCustomizer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.multipart.MultipartResolver;

/** What the start does and leaves out (ADR 0018). */
@WebTest
class StartupConfigurationTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Nested
    class AutoConfigurationsForWhatTheApplicationDoesNotUse {

        @Test
        void areLeftOut() {
            assertThat(context.getBeanNamesForType(MultipartResolver.class)).isEmpty();
            assertThat(context.getBeanNamesForType(MultipartConfigElement.class))
                    .isEmpty();
            assertThat(context.getBeanNamesForType(PageableHandlerMethodArgumentResolverCustomizer.class))
                    .isEmpty();
            assertThat(context.getBeanNamesForType(JdbcClient.class)).isEmpty();
        }
    }

    @Nested
    class WhatMustFailTheStart {

        @Test
        void staysEager() {
            assertThat(definitionOf(KnowledgeBases.class).isLazyInit()).isFalse();
            assertThat(definitionOf(FlywayMigrationInitializer.class).isLazyInit())
                    .isFalse();
            assertThat(definitionOf(Flyway.class).isLazyInit()).isFalse();
            assertThat(definitionOf(DataSource.class).isLazyInit()).isFalse();
        }
    }

    private BeanDefinition definitionOf(Class<?> type) {
        String[] names = context.getBeanNamesForType(type, true, false);
        assertThat(names).hasSize(1);
        return context.getBeanFactory().getBeanDefinition(names[0]);
    }
}
