package com.frameworkadvisor.knowledge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The one way a knowledge-base month ({@code YYYY-MM}) or day ({@code YYYY-MM-DD}) is shown to a person: "November
 * 2026", "5 August 2026". Never an age ("3 months ago"): a published version never changes, so its dates must not
 * seem to move. Templates reach it as {@code @months}.
 */
@Component("months")
public final class Months {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** "2026-11" as "November 2026"; the loader has already checked that the month is real. */
    public String month(String yearMonth) {
        return YearMonth.parse(yearMonth).format(MONTH);
    }

    /** "2026-08-05" as "5 August 2026". */
    public String day(String date) {
        return LocalDate.parse(date).format(DAY);
    }
}
