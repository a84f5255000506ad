package com.frameworkadvisor.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points an application context at a fresh database on the shared embedded PostgreSQL. Use it with
 * {@code @ActiveProfiles("postgres")}: a profile added here comes too late for application-postgres.properties to be
 * read.
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.datasource.url=" + EmbeddedPostgres.newDatabase(),
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=postgres")
                .applyTo(context);
    }
}
