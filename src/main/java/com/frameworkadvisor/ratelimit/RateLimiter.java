package com.frameworkadvisor.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;

/**
 * A token bucket per client address and action (Bucket4j), refilled steadily over the action's window. Buckets live
 * in memory, in a bounded cache that forgets a client once its bucket would be full again; each instance behind a
 * load balancer keeps its own, so the effective limit is the configured one times the number of instances.
 */
class RateLimiter {

    /** Enough distinct clients for a busy day; beyond it the least recently seen are forgotten first. */
    private static final long MAX_CLIENTS = 100_000;

    private final RateLimitProperties properties;
    private final TimeMeter clock;
    private final Cache<Client, Bucket> buckets;

    RateLimiter(RateLimitProperties properties, TimeMeter clock) {
        this.properties = properties;
        this.clock = clock;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_CLIENTS)
                .expireAfterAccess(properties.longestWindow())
                .build();
    }

    /** Spends one request of the client's budget; empty if allowed, else how long until the next one would be. */
    Optional<Duration> tryAcquire(LimitedAction action, String address) {
        if (!properties.enabled()) {
            return Optional.empty();
        }
        Bucket bucket = buckets.get(new Client(action, address), client -> newBucket(client.action()));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket(LimitedAction action) {
        RateLimitProperties.Limit limit = properties.limit(action);
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.window())
                        .build())
                .withCustomTimePrecision(clock)
                .build();
    }

    private record Client(LimitedAction action, String address) {}
}
