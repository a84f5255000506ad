package com.frameworkadvisor.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A token bucket per client address and action (Bucket4j), refilled steadily over the action's window. With
 * {@link SharedBuckets} (the postgres profile) every instance spends from the same bucket in the database; otherwise,
 * and while that database cannot be reached, each instance keeps its buckets in memory, in a bounded cache that forgets
 * a client once its bucket would be full again.
 */
class RateLimiter {

    /** Enough distinct clients for a busy day; beyond it the least recently seen are forgotten first. */
    private static final long MAX_CLIENTS = 100_000;

    private final RateLimitProperties properties;
    private final TimeMeter clock;
    private final Optional<SharedBuckets> shared;
    private final Map<LimitedAction, BucketConfiguration> limits = new EnumMap<>(LimitedAction.class);
    private final Cache<Client, Bucket> buckets;

    RateLimiter(RateLimitProperties properties, TimeMeter clock) {
        this(properties, clock, Optional.empty());
    }

    RateLimiter(RateLimitProperties properties, TimeMeter clock, Optional<SharedBuckets> shared) {
        this.properties = properties;
        this.clock = clock;
        this.shared = shared;
        for (LimitedAction action : LimitedAction.values()) {
            RateLimitProperties.Limit limit = properties.limit(action);
            limits.put(
                    action,
                    BucketConfiguration.builder()
                            .addLimit(Bandwidth.builder()
                                    .capacity(limit.requests())
                                    .refillGreedy(limit.requests(), limit.window())
                                    .build())
                            .build());
        }
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
        Client client = new Client(action, address);
        ConsumptionProbe probe = shared.flatMap(s -> s.tryConsume(client.key(), limits.get(action)))
                .orElseGet(() -> inMemory(client).tryConsumeAndReturnRemaining(1));
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket inMemory(Client client) {
        return buckets.get(
                client,
                c -> Bucket.builder()
                        .addLimit(limits.get(c.action()).getBandwidths()[0])
                        .withCustomTimePrecision(clock)
                        .build());
    }

    private record Client(LimitedAction action, String address) {

        /** The row's id in the shared table: the action's name and the address. */
        String key() {
            return action.tag() + "/" + address;
        }
    }
}
