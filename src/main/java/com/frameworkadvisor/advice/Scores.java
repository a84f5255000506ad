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

    /** Names as a sentence lists them: "Django and Flask", "Alpha, Beta and Gamma". */
    public static String names(java.util.List<String> names) {
        return names.size() < 2
                ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
