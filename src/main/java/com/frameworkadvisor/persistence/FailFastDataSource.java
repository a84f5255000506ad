package com.frameworkadvisor.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool, except that a request for a connection gives up within half a second, instead of waiting out the
 * pool's whole connection time-out, when the database cannot be reached: the pool holds no connection at all and its
 * last attempt to open one failed (HikariCP then names that failure as the cause of its time-out). Requests are then
 * answered 503 at once by {@link DatabaseUnavailableResolver}, also those already waiting when the database went away.
 * A merely busy pool (connections exist, all in use) is never cut short: the request waits up to
 * {@code spring.datasource.hikari.connection-timeout} as before. For a short while after the database was found
 * unreachable, new requests fail without waiting at all, as long as the pool is still empty.
 *
 * <p>The wait is taken in slices of {@link #SLICE_MILLIS}; HikariCP counts each slice that ends without a connection in
 * its {@code hikaricp.connections.timeout} metric.
 *
 * <p>This depends on HikariCP's internals, not only its API: {@code HikariPool} as the pool's MXBean, its
 * {@code getConnection(timeout)} and {@code getTotalConnections()}, and the cause it attaches to a time-out when the
 * last attempt to connect failed. Kept for its measured effect (ADR 0010: requests during an outage answered in
 * milliseconds instead of after the pool's whole time-out); a HikariCP upgrade must rerun FailFastDataSourceTest and
 * DatabaseUnavailableTest.
 */
final class FailFastDataSource extends DelegatingDataSource {

    static final long SLICE_MILLIS = 500;
    static final long REMEMBER_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final HikariDataSource pool;
    private volatile long unreachableAt;

    FailFastDataSource(HikariDataSource pool) {
        super(pool);
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!(pool.getHikariPoolMXBean() instanceof HikariPool hikari)) {
            return pool.getConnection(); // not started yet: the pool starts on its first use
        }
        long seen = unreachableAt;
        if (seen != 0 && System.nanoTime() - seen < REMEMBER_NANOS && hikari.getTotalConnections() == 0) {
            throw new SQLTransientConnectionException(pool.getPoolName() + " - the database could not be reached a "
                    + "moment ago and the pool has no connection; not waiting for one");
        }
        long start = System.nanoTime();
        long timeout = pool.getConnectionTimeout();
        while (true) {
            long left = timeout - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            try {
                Connection connection = hikari.getConnection(Math.max(1, Math.min(SLICE_MILLIS, left)));
                if (unreachableAt != 0) {
                    unreachableAt = 0;
                }
                return connection;
            } catch (SQLTransientConnectionException timedOut) {
                if (timedOut.getCause() != null && hikari.getTotalConnections() == 0) {
                    unreachableAt = System.nanoTime();
                    throw timedOut;
                }
                if (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= timeout) {
                    throw timedOut;
                }
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool.getConnection(username, password);
    }
}
