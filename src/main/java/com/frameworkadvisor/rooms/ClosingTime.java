package com.frameworkadvisor.rooms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A room's closing time in words, in UTC with a phrase relative to now: "closes in 2 days, on 3 Dec at 17:00 UTC".
 * Pages may add the reader's local time with JavaScript from {@link Described#iso()}.
 */
@Component
class ClosingTime {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern(
                    "d MMM 'at' HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FIELD =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Clock clock;

    ClosingTime(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param sentence "closes in 2 days, on 3 Dec at 17:00 UTC" or "closed on 3 Dec at 17:00 UTC"
     * @param iso the instant, for a {@code <time datetime>}
     * @param field the instant as a {@code datetime-local} field's value, in UTC
     * @param past whether it has come
     */
    record Described(String sentence, String iso, String field, boolean past) {}

    /** The room's closing time described, or {@code null} when it has none. */
    Described describe(Room room) {
        Instant closesAt = room.closesAt();
        if (closesAt == null) {
            return null;
        }
        Instant now = clock.instant();
        String when = DAY_AND_TIME.format(closesAt);
        boolean past = !now.isBefore(closesAt);
        String sentence = past
                ? "Answering closed on " + when + "."
                : "Closes " + relative(Duration.between(now, closesAt)) + ", on " + when + ".";
        return new Described(sentence, closesAt.toString(), FIELD.format(closesAt), past);
    }

    /** "in 2 days", "in 3 hours", "in 5 minutes", "in less than a minute": rounded down, so never later than it is. */
    static String relative(Duration until) {
        if (until.toDays() >= 1) {
            return "in " + plural(until.toDays(), "day");
        }
        if (until.toHours() >= 1) {
            return "in " + plural(until.toHours(), "hour");
        }
        if (until.toMinutes() >= 1) {
            return "in " + plural(until.toMinutes(), "minute");
        }
        return "in less than a minute";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
