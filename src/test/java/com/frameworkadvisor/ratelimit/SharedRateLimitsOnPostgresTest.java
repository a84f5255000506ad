package com.frameworkadvisor.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import com.frameworkadvisor.support.EmbeddedPostgres;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one PostgreSQL, as behind a load balancer, with a budget of three evaluations an hour: a client
 * spends one budget however its requests are spread, not three on each instance. Each test speaks from its own
 * address (X-Forwarded-For, which Tomcat trusts from a loopback proxy).
 */
class SharedRateLimitsOnPostgresTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    final String client = "192.0.2." + NEXT_ADDRESS.getAndIncrement();

    @BeforeAll
    static void startTwoInstancesOnOneFreshDatabase() {
        String database = EmbeddedPostgres.newDatabase();
        a = start(database);
        b = start(database);
    }

    @AfterAll
    static void stopBothInstances() {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Nested
    class OneClientOnBothInstances {

        @Test
        void spendsOneBudgetAndIsRefusedByEitherInstanceOnceItIsSpent() {
            assertThat(evaluateOn(a).status()).isEqualTo(200);
            assertThat(evaluateOn(b).status()).isEqualTo(200);
            assertThat(evaluateOn(a).status()).isEqualTo(200);

            Reply refusedByB = evaluateOn(b);
            Reply refusedByA = evaluateOn(a);

            assertThat(refusedByB.status()).isEqualTo(429);
            assertThat(refusedByB.header("Retry-After")).isPresent();
            assertThat(refusedByA.status()).isEqualTo(429);
        }

        @Test
        void doesNotSpendAnotherClientsBudget() {
            for (int i = 0; i < 3; i++) {
                evaluateOn(i % 2 == 0 ? a : b);
            }
            assertThat(evaluateOn(a).status()).isEqualTo(429);

            Reply other = site(b).json(
                            "POST",
                            "/api/evaluations",
                            "{\"weights\": {\"orm\": 5}}",
                            "X-Forwarded-For",
                            "192.0.2.250");

            assertThat(other.status()).isEqualTo(200);
        }
    }

    @Nested
    class IdleBuckets {

        @Test
        void arePurgedOnceIdleForLongerThanTheLongestWindowAndTheBudgetIsWholeAgain() {
            for (int i = 0; i < 3; i++) {
                evaluateOn(b);
            }
            assertThat(evaluateOn(a).status()).isEqualTo(429);
            JdbcClient database = JdbcClient.create(a.getBean(DataSource.class));
            assertThat(rows(database)).isPositive();

            a.getBean(SharedBuckets.class).purgeIdle(Instant.now().plusSeconds(60));

            assertThat(rows(database)).isZero();
            assertThat(evaluateOn(b).status()).isEqualTo(200);
        }

        @Test
        void inUseAreKept() {
            evaluateOn(a);
            JdbcClient database = JdbcClient.create(a.getBean(DataSource.class));
            int before = rows(database);

            b.getBean(SharedBuckets.class).purgeIdle(Instant.now().minusSeconds(3600));

            assertThat(rows(database)).isEqualTo(before);
        }

        private int rows(JdbcClient database) {
            return database.sql("SELECT count(*) FROM rate_limit_bucket")
                    .query(Integer.class)
                    .single();
        }
    }

    /**
     * What one busy address costs (an office behind NAT): 16 threads spending from one row, against 16 threads on 16
     * rows, through the application's pool. Printed for docs/reliability.md; it only asserts that nothing failed.
     */
    @Nested
    class OneAddressHammeringOneRow {

        @Test
        void isMeasuredAgainstAsManyAddressesOnTheirOwnRows() throws Exception {
            SharedBuckets buckets = a.getBean(SharedBuckets.class);
            BucketConfiguration plenty = BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder()
                            .capacity(1_000_000)
                            .refillGreedy(1_000_000, Duration.ofMinutes(1))
                            .build())
                    .build();
            for (boolean oneRow : new boolean[] {true, false, true, false}) {
                Measured run = hammer(buckets, plenty, oneRow, Duration.ofSeconds(3));
                System.out.printf(
                        "Shared bucket, %s: %d requests in 3 s (%.0f/s), p50 %.1f ms, p99 %.1f ms, %d fell back%n",
                        oneRow ? "16 threads on one row" : "16 threads on 16 rows",
                        run.latencies().length,
                        run.latencies().length / 3.0,
                        run.percentile(50) / 1e6,
                        run.percentile(99) / 1e6,
                        run.fellBack());
                assertThat(run.fellBack()).isZero();
            }
        }

        private Measured hammer(SharedBuckets buckets, BucketConfiguration limit, boolean oneRow, Duration duration)
                throws Exception {
            int threads = 16;
            long end = System.nanoTime() + duration.toNanos();
            List<Future<long[]>> results = new ArrayList<>();
            AtomicInteger fellBack = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                for (int t = 0; t < threads; t++) {
                    String key = oneRow ? "measure/one" : "measure/" + t;
                    results.add(pool.submit(() -> {
                        List<Long> latencies = new ArrayList<>();
                        while (System.nanoTime() < end) {
                            long start = System.nanoTime();
                            if (buckets.tryConsume(key, limit).isEmpty()) {
                                fellBack.incrementAndGet();
                            }
                            latencies.add(System.nanoTime() - start);
                        }
                        return latencies.stream().mapToLong(Long::longValue).toArray();
                    }));
                }
                List<long[]> all = new ArrayList<>();
                for (Future<long[]> result : results) {
                    all.add(result.get());
                }
                long[] latencies =
                        all.stream().flatMapToLong(LongStream::of).sorted().toArray();
                return new Measured(latencies, fellBack.get());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    record Measured(long[] latencies, int fellBack) {

        double percentile(int p) {
            return latencies.length == 0 ? 0 : latencies[Math.min(latencies.length - 1, latencies.length * p / 100)];
        }
    }

    Reply evaluateOn(ConfigurableApplicationContext instance) {
        return site(instance)
                .json("POST", "/api/evaluations", "{\"weights\": {\"orm\": 5}}", "X-Forwarded-For", client);
    }

    static Site site(ConfigurableApplicationContext instance) {
        return Site.at("http://127.0.0.1:"
                + ((WebServerApplicationContext) instance).getWebServer().getPort());
    }

    static ConfigurableApplicationContext start(String databaseUrl) {
        // Command-line arguments, because they outrank application-postgres.properties; defaults would not.
        return new SpringApplicationBuilder(FrameworkAdvisorApplication.class)
                .run(
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + databaseUrl,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--advisor.rate-limits.evaluations=3",
                        "--advisor.rate-limits.evaluations-window=1h",
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--server.shutdown=immediate");
    }
}
