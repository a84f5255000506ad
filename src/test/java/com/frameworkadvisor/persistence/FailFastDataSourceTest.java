package com.frameworkadvisor.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A real HikariCP pool: requests for a connection give up within about half a second when the database cannot be
 * reached, but wait the whole connection time-out when the pool is merely busy.
 */
class FailFastDataSourceTest {

    static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Test
    void givesUpAtOnceWhenTheDatabaseCannotBeReached() throws Exception {
        try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:" + closedPort() + "/none", 2)) {
            FailFastDataSource dataSource = new FailFastDataSource(pool);
            millisToFail(dataSource); // the pool starts on its first use, which waits the whole time-out

            long first = millisToFail(dataSource);
            long next = millisToFail(dataSource);

            assertThat(first)
                    .as("a request that finds the pool unable to connect")
                    .isLessThan(TIMEOUT.toMillis() - 1000);
            assertThat(next).as("a request right after it").isLessThan(250);
        }
    }

    @Test
    void waitsTheWholeTimeOutWhenThePoolIsOnlyBusy() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:mem:fail-fast-busy", 1);
                Connection taken = new FailFastDataSource(pool).getConnection()) {
            FailFastDataSource dataSource = new FailFastDataSource(pool);

            assertThat(millisToFail(dataSource)).isGreaterThanOrEqualTo(TIMEOUT.toMillis() - 50);
            assertThat(taken.isValid(1)).isTrue();
        }
    }

    private static long millisToFail(FailFastDataSource dataSource) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> dataSource.getConnection().close())
                .isInstanceOf(SQLTransientConnectionException.class);
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static HikariDataSource pool(String url, int size) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setMaximumPoolSize(size);
        pool.setConnectionTimeout(TIMEOUT.toMillis());
        pool.setInitializationFailTimeout(-1); // start without a database, as after it went away
        return pool;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
