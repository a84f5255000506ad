package com.frameworkadvisor.ratelimit;

import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the rate limits in front of every {@link RateLimited} handler. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration implements WebMvcConfigurer {

    private final RateLimits limits;

    RateLimitConfiguration(
            RateLimitProperties properties, MeterRegistry meters, Clock clock, Optional<SharedBuckets> shared) {
        this.limits = new RateLimits(new RateLimiter(properties, timeMeter(clock), shared), meters);
    }

    @Bean
    RateLimits rateLimits() {
        return limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RateLimitInterceptor(limits));
    }

    /**
     * The time the buckets refill by, from the application's clock. On the system clock it is Bucket4j's
     * {@code System.nanoTime()}, which is monotonic: setting the wall clock neither refills nor drains a bucket. Any
     * other clock, such as one a test moves on, is followed as it reads.
     */
    static TimeMeter timeMeter(Clock clock) {
        return clock.equals(Clock.system(clock.getZone())) ? TimeMeter.SYSTEM_NANOTIME : new ClockTimeMeter(clock);
    }

    /** Bucket4j's time read from a {@link Clock}: nanoseconds since the epoch. */
    record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
