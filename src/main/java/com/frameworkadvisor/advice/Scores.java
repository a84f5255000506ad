package com.frameworkadvisor.advice;

import java.util.Locale;

/** How scores read on a page: whole points where that is enough to tell two apart. */
public final class Scores {

    private Scores() {}

    public static String points(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public static String whole(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    /** The two headline scores, with one decimal only when whole numbers would make a win look like a tie. */
    public static String[] headline(double first, double second) {
        boolean blurred = whole(first).equals(whole(second));
        return blurred ? new String[] {points(first), points(second)} : new String[] {whole(first), whole(second)};
    }
}
