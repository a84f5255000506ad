package com.frameworkadvisor.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.SteppableClock;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** The application's clock, standing still unless a test moves it on. */
    final SteppableClock clock = SteppableClock.stoppedAt(Instant.parse("2026-01-01T09:00:00Z"));

    RateLimiter limiter(boolean enabled) {
        return new RateLimiter(
                new RateLimitProperties(
                        enabled, 2, Duration.ofMinutes(10), 3, Duration.ofMinutes(1), 4, Duration.ofSeconds(30)),
                RateLimitConfiguration.timeMeter(clock));
    }

    @Nested
    class WithinTheBudget {

        @Test
        void everyRequestIsAllowed() {
            RateLimiter limiter = limiter(true);

            for (int i = 0; i < 3; i++) {
                assertThat(limiter.tryAcquire(LimitedAction.BALLOT, "203.0.113.1"))
                        .isEmpty();
            }
        }
    }

    @Nested
    class BeyondTheBudget {

        @Test
        void theNextRequestIsRefusedWithTheTimeUntilOneIsAllowedAgain() {
            RateLimiter limiter = limiter(true);
            limiter.tryAcquire(LimitedAction.ROOM_CREATION, "203.0.113.1");
            limiter.tryAcquire(LimitedAction.ROOM_CREATION, "203.0.113.1");

            // Two per ten minutes refill one every five.
            assertThat(limiter.tryAcquire(LimitedAction.ROOM_CREATION, "203.0.113.1"))
                    .hasValueSatisfying(wait -> assertThat(wait).isEqualTo(Duration.ofMinutes(5)));
        }

        @Test
        void theBudgetRefillsOverTheWindow() {
            RateLimiter limiter = limiter(true);
            for (int i = 0; i < 4; i++) {
                limiter.tryAcquire(LimitedAction.EVALUATION, "203.0.113.1");
            }
            assertThat(limiter.tryAcquire(LimitedAction.EVALUATION, "203.0.113.1"))
                    .isPresent();

            clock.advance(Duration.ofSeconds(30));

            for (int i = 0; i < 4; i++) {
                assertThat(limiter.tryAcquire(LimitedAction.EVALUATION, "203.0.113.1"))
                        .isEmpty();
            }
            assertThat(limiter.tryAcquire(LimitedAction.EVALUATION, "203.0.113.1"))
                    .isPresent();
        }

        @Test
        void otherClientsAndOtherActionsKeepTheirOwnBudget() {
            RateLimiter limiter = limiter(true);
            limiter.tryAcquire(LimitedAction.ROOM_CREATION, "203.0.113.1");
            limiter.tryAcquire(LimitedAction.ROOM_CREATION, "203.0.113.1");

            assertThat(limiter.tryAcquire(LimitedAction.ROOM_CREATION, "203.0.113.1"))
                    .isPresent();
            assertThat(limiter.tryAcquire(LimitedAction.ROOM_CREATION, "203.0.113.2"))
                    .isEmpty();
            assertThat(limiter.tryAcquire(LimitedAction.BALLOT, "203.0.113.1")).isEmpty();
        }
    }

    @Nested
    class Time {

        @Test
        void onTheSystemClockTheBucketsRefillByTheMonotonicNanoTime() {
            assertThat(RateLimitConfiguration.timeMeter(Clock.systemDefaultZone()))
                    .isSameAs(TimeMeter.SYSTEM_NANOTIME);
            assertThat(RateLimitConfiguration.timeMeter(Clock.system(ZoneId.of("Europe/Berlin"))))
                    .isSameAs(TimeMeter.SYSTEM_NANOTIME);
        }

        @Test
        void onAnyOtherClockTheyRefillByThatClock() {
            TimeMeter time = RateLimitConfiguration.timeMeter(clock);
            long before = time.currentTimeNanos();

            clock.advance(Duration.ofSeconds(30));

            assertThat(time.currentTimeNanos() - before)
                    .isEqualTo(Duration.ofSeconds(30).toNanos());
            assertThat(before).isEqualTo(Instant.parse("2026-01-01T09:00:00Z").toEpochMilli() * 1_000_000);
        }
    }

    @Test
    void switchedOffNothingIsEverRefused() {
        RateLimiter limiter = limiter(false);

        for (int i = 0; i < 100; i++) {
            assertThat(limiter.tryAcquire(LimitedAction.ROOM_CREATION, "203.0.113.1"))
                    .isEmpty();
        }
    }

    @Nested
    class Configuration {

        @Test
        void aBudgetBelowOneIsRefusedNamingTheSetting() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RateLimitProperties(
                            true, 0, Duration.ofMinutes(1), 1, Duration.ofMinutes(1), 1, Duration.ofMinutes(1)))
                    .hasMessage("advisor.rate-limits.room-creations must be at least 1, not 0");
        }

        @Test
        void anEmptyWindowIsRefusedNamingTheSetting() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RateLimitProperties(
                            true, 1, Duration.ofMinutes(1), 1, Duration.ZERO, 1, Duration.ofMinutes(1)))
                    .hasMessage("advisor.rate-limits.ballots-window must be positive, not PT0S");
        }
    }
}
