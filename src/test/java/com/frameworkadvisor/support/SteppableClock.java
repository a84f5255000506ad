package com.frameworkadvisor.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test moves on instead of waiting: the time of an underlying clock plus however far the test has
 * {@linkplain #advance advanced} it. It only ever moves forward, so whatever the application measured before stays in
 * the past. A test puts one in place of the application's clock with {@code @Import(SteppableClock.Running.class)} or
 * {@code @Import(SteppableClock.Stopped.class)}, and moves it on through {@code @Autowired SteppableClock clock}.
 */
public final class SteppableClock extends Clock {

    private final Clock underlying;
    private final AtomicReference<Duration> advanced;

    private SteppableClock(Clock underlying, AtomicReference<Duration> advanced) {
        this.underlying = underlying;
        this.advanced = advanced;
    }

    /** The system's time, plus what the test advanced: time still passes as usual between the steps. */
    public static SteppableClock running() {
        return new SteppableClock(Clock.systemDefaultZone(), new AtomicReference<>(Duration.ZERO));
    }

    /** The system's time as it is now, standing still until the test advances it. */
    public static SteppableClock stopped() {
        return stoppedAt(Instant.now());
    }

    /** The given instant, standing still until the test advances it. */
    public static SteppableClock stoppedAt(Instant instant) {
        return new SteppableClock(Clock.fixed(instant, ZoneId.systemDefault()), new AtomicReference<>(Duration.ZERO));
    }

    /** Moves this clock, and every clock made from it with another zone, on by a positive duration. */
    public void advance(Duration by) {
        if (by.isNegative() || by.isZero()) {
            throw new IllegalArgumentException("a clock only moves forward, not by " + by);
        }
        advanced.accumulateAndGet(by, Duration::plus);
    }

    /** A {@linkplain #running() running} clock in place of the application's: the one every bean is given. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Running {

        @Bean
        @Primary
        SteppableClock steppableClock() {
            return running();
        }
    }

    /** A {@linkplain #stopped() stopped} clock in place of the application's: the one every bean is given. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Stopped {

        @Bean
        @Primary
        SteppableClock steppableClock() {
            return stopped();
        }
    }

    @Override
    public Instant instant() {
        return underlying.instant().plus(advanced.get());
    }

    @Override
    public ZoneId getZone() {
        return underlying.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SteppableClock(underlying.withZone(zone), advanced);
    }
}
