package com.frameworkadvisor.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.jdbc.BucketTableSettings;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.jdbc.SQLProxyConfiguration;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The buckets of every instance on one PostgreSQL, in table {@code rate_limit_bucket} (Bucket4j's PostgreSQL proxy
 * manager), so a client's budget is the configured one however many instances serve it. Row locks ({@code SELECT …
 * FOR UPDATE}) rather than Bucket4j's advisory locks, whose keys must be numbers: a key here is the action and the
 * client's address.
 *
 * <p>While the database cannot be reached, {@link #tryConsume} gives up at once (the pool fails fast) and the caller
 * falls back to its own memory buckets, so a database outage never stops the pages that need no database.
 */
final class SharedBuckets {

    private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);

    static final String TABLE = "rate_limit_bucket";

    private final ProxyManager<String> buckets;
    private final JdbcClient jdbc;
    private volatile boolean unreachable;

    SharedBuckets(DataSource dataSource, Optional<TimeMeter> clock) {
        ClientSideConfig client = ClientSideConfig.getDefault();
        if (clock.isPresent()) {
            client = client.withClientClock(clock.get());
        }
        SQLProxyConfiguration<String> configuration = SQLProxyConfiguration.builder()
                .withTableSettings(BucketTableSettings.customSettings(TABLE, "id", "state"))
                .withPrimaryKeyMapper(PrimaryKeyMapper.STRING)
                .withClientSideConfig(client)
                .build(dataSource);
        this.buckets = new PostgreSQLSelectForUpdateBasedProxyManager<>(configuration);
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Spends one request from the shared bucket; empty when the database could not be asked. */
    Optional<ConsumptionProbe> tryConsume(String key, BucketConfiguration limit) {
        try {
            ConsumptionProbe probe = buckets.builder().build(key, () -> limit).tryConsumeAndReturnRemaining(1);
            if (unreachable) {
                unreachable = false;
                log.info("Rate limits are shared through the database again");
            }
            return Optional.of(probe);
        } catch (BucketExecutionException e) {
            if (!unreachable) {
                unreachable = true;
                log.warn(
                        "Rate limits fall back to this instance's memory: the database cannot be reached ({})",
                        e.getCause().toString());
            }
            return Optional.empty();
        }
    }

    /** Deletes the buckets nobody used since {@code idleSince}: they would be full again, as if they did not exist. */
    int purgeIdle(Instant idleSince) {
        try {
            int purged = jdbc.sql("DELETE FROM " + TABLE + " WHERE touched_at < ?")
                    .param(Timestamp.from(idleSince))
                    .update();
            if (purged > 0) {
                log.info("Purged {} idle rate-limit buckets", purged);
            }
            return purged;
        } catch (DataAccessException e) {
            log.warn("Could not purge idle rate-limit buckets; trying again at the next purge ({})", e.toString());
            return 0;
        }
    }
}
