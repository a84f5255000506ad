package com.frameworkadvisor.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.PostgresInitializer;
import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.Site;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.TransactionSystemException;
import tools.jackson.databind.JsonNode;

/**
 * While the database cannot be reached, room requests are answered at once with 503 Service Unavailable and
 * Retry-After: problem details on the API, the error page for browsers; once it is back, they work again. The
 * database "goes away" by a switch in front of the pool that fails every new connection as HikariCP does when its
 * connection time-out runs out (bench/rooms-load --fault pg-restart does it with a real PostgreSQL restart). On
 * PostgreSQL, as several instances run, so the rate limits are shared through the same database and fall back to each
 * instance's memory meanwhile: pages that need no database keep answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresInitializer.class)
@Import({Site.class, RoomClient.class, DatabaseUnavailableTest.Switchable.class})
class DatabaseUnavailableTest {

    @Autowired
    Site site;

    @Autowired
    RoomClient rooms;

    @Autowired
    SwitchableDataSource database;

    @AfterEach
    void databaseBack() {
        database.down = false;
    }

    @Test
    void theApiAnswers503ProblemWithRetryAfterAndWorksAgainOnceTheDatabaseIsBack() {
        OpenedRoom room = rooms.openRoom("Outage");
        database.down = true;

        Site.Reply refused = rooms.sendBallot(room, "Ada", Map.of("orm", 5));

        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).hasValue("5");
        JsonNode problem = refused.json();
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asString()).contains("Please try again in a few seconds.");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/rooms/" + room.id() + "/ballots");
        assertThat(refused.body()).doesNotContain("Exception", "SQL");

        database.down = false;
        Site.Reply accepted = rooms.sendBallot(room, "Ada", Map.of("orm", 5));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    }

    @Test
    void aRoomPageIsAFriendly503Page() {
        OpenedRoom room = rooms.openRoom("Outage");
        database.down = true;

        Site.Reply reply = site.page("/rooms/" + room.id());

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.header("Retry-After")).hasValue("5");
        assertThat(reply.html().selectFirst("h1").text()).isEqualTo("We can't answer right now");
        assertThat(reply.html().selectFirst("main").text()).contains("Please try again in a few seconds.");
        assertThat(reply.body()).doesNotContain("Whitelabel", "Exception", "SQL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/results?orm=5&admin=3", "/compare"})
    void pagesThatNeedNoDatabaseKeepAnswering(String path) {
        database.down = true;

        Site.Reply reply = site.page(path);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.html().selectFirst("h1")).isNotNull();
    }

    @Test
    void theEvaluationApiKeepsAnsweringWithItsRateLimitInMemory() {
        database.down = true;

        Site.Reply reply = site.postJson("/api/evaluations", "{\"weights\": {\"orm\": 5}}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("ranking")).isNotEmpty();
    }

    @Test
    void onlyFailuresToReachTheDatabaseCount() {
        // As HikariCP 7 reports a connection that died mid-transaction: the rollback fails with no SQLSTATE.
        assertThat(DatabaseUnavailableResolver.isDatabaseUnavailable(new TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed"))))
                .as("a rollback that failed on a closed connection")
                .isTrue();
        TransactionSystemException overridden = new TransactionSystemException("rollback failed");
        overridden.initApplicationException(new DataAccessResourceFailureException(
                "PreparedStatementCallback",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertThat(DatabaseUnavailableResolver.isDatabaseUnavailable(overridden))
                .as("a failure on a connection PostgreSQL closed, overridden by the failed rollback")
                .isTrue();
        assertThat(DatabaseUnavailableResolver.isDatabaseUnavailable(
                        new SQLException("FATAL: terminating connection due to administrator command", "57P01")))
                .as("PostgreSQL shutting down")
                .isTrue();
        assertThat(DatabaseUnavailableResolver.isDatabaseUnavailable(
                        new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(DatabaseUnavailableResolver.isDatabaseUnavailable(new IllegalStateException("bug")))
                .isFalse();
    }

    /** Puts the switch in front of the application's pool. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Switchable {

        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource pool && !(bean instanceof SwitchableDataSource)
                            ? new SwitchableDataSource(pool)
                            : bean;
                }
            };
        }
    }

    static class SwitchableDataSource extends DelegatingDataSource {

        volatile boolean down;

        SwitchableDataSource(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down) {
                throw new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 2000ms (total=0, active=0, "
                                + "idle=0, waiting=0)");
            }
            return super.getConnection();
        }
    }
}
