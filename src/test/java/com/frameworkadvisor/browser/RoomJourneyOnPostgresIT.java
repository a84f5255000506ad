package com.frameworkadvisor.browser;

import com.frameworkadvisor.support.PostgresInitializer;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The same meeting with rooms in a real PostgreSQL. */
@BrowserTest
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresInitializer.class)
class RoomJourneyOnPostgresIT extends RoomJourneyContract {}
