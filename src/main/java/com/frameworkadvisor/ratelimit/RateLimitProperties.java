package com.frameworkadvisor.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests of each limited action one client address may make per window.
 *
 * <p>The defaults leave room for a whole office behind one address: a meeting of a hundred people sending and
 * revising their answers stays far below the ballot budget, while a script hammering the service does not.
 *
 * @param enabled false switches every limit off (load tests drive hundreds of members from one address)
 */
@ConfigurationProperties("advisor.rate-limits")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20") int roomCreations,
        @DefaultValue("10m") Duration roomCreationsWindow,
        @DefaultValue("600") int ballots,
        @DefaultValue("1m") Duration ballotsWindow,
        @DefaultValue("600") int evaluations,
        @DefaultValue("1m") Duration evaluationsWindow) {

    public RateLimitProperties {
        Map.of("room-creations", roomCreations, "ballots", ballots, "evaluations", evaluations)
                .forEach((name, value) -> {
                    if (value < 1) {
                        throw new IllegalArgumentException(
                                "advisor.rate-limits." + name + " must be at least 1, not " + value);
                    }
                });
        Map.of(
                        "room-creations-window",
                        roomCreationsWindow,
                        "ballots-window",
                        ballotsWindow,
                        "evaluations-window",
                        evaluationsWindow)
                .forEach((name, value) -> {
                    if (value.isNegative() || value.isZero()) {
                        throw new IllegalArgumentException(
                                "advisor.rate-limits." + name + " must be positive, not " + value);
                    }
                });
    }

    Limit limit(LimitedAction action) {
        return switch (action) {
            case ROOM_CREATION -> new Limit(roomCreations, roomCreationsWindow);
            case BALLOT -> new Limit(ballots, ballotsWindow);
            case EVALUATION -> new Limit(evaluations, evaluationsWindow);
        };
    }

    Duration longestWindow() {
        return Stream.of(roomCreationsWindow, ballotsWindow, evaluationsWindow)
                .max(Duration::compareTo)
                .orElseThrow();
    }

    /** @param requests how many requests a window allows, refilled steadily over it */
    record Limit(int requests, Duration window) {}
}
