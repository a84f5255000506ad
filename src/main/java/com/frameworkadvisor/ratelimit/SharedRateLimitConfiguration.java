package com.frameworkadvisor.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Rate limits shared through the database ({@code advisor.rate-limits.shared}, set by the postgres profile), and the
 * purge of buckets idle for longer than the longest window, run as often as the purge of expired rooms.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("advisor.rate-limits.shared")
class SharedRateLimitConfiguration implements SchedulingConfigurer {

    private final SharedBuckets buckets;
    private final RateLimitProperties properties;
    private final Clock clock;
    private final Duration purgeInterval;

    SharedRateLimitConfiguration(
            DataSource dataSource,
            RateLimitProperties properties,
            Clock clock,
            @Value("${advisor.rooms.purge-interval:1h}") Duration purgeInterval) {
        // Bucket4j's own clock (System.currentTimeMillis) unless the application runs on another, as in tests. Wall
        // time, not nanoTime: instances compare the times they write.
        Optional<io.github.bucket4j.TimeMeter> meter = clock.equals(Clock.system(clock.getZone()))
                ? Optional.empty()
                : Optional.of(new RateLimitConfiguration.ClockTimeMeter(clock));
        this.buckets = new SharedBuckets(dataSource, meter);
        this.properties = properties;
        this.clock = clock;
        this.purgeInterval = purgeInterval;
    }

    @Bean
    SharedBuckets sharedBuckets() {
        return buckets;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(
                () -> buckets.purgeIdle(clock.instant().minus(properties.longestWindow())), purgeInterval);
    }
}
