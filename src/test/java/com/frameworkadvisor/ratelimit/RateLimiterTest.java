package com.frameworkadvisor.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    static final class ManualClock implements TimeMeter {

        final AtomicLong nanos = new AtomicLong();

        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration by) {
            nanos.addAndGet(by.toNanos());
        }
    }

    final ManualClock clock = new ManualClock();

    RateLimiter limiter(boolean enabled) {
        return new RateLimiter(
                new RateLimitProperties(
                        enabled, 2, Duration.ofMinutes(10), 3, Duration.ofMinutes(1), 4, Duration.ofSeconds(30)),
                clock);
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
