package com.frameworkadvisor.knowledge;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One published knowledge-base version as the manifest lists it. A published version never changes: its file's
 * SHA-256 is checked at every start, and a correction is published as a new version.
 *
 * @param version {@code YYYY.MM.N}, the N-th version published in that month
 * @param released the day it was published
 * @param schema the file name of the JSON Schema it follows; schemas never change once a version uses them
 * @param sha256 the SHA-256 of its file, in lower-case hex
 * @param summary one sentence on what it brought
 */
public record PublishedVersion(String version, LocalDate released, String schema, String sha256, String summary) {

    /** The version format, {@code YYYY.MM.N}. */
    public static final Pattern FORMAT = Pattern.compile("(\\d{4})\\.(0[1-9]|1[0-2])\\.([1-9]\\d{0,3})");

    /** The file that holds this version, beside the manifest. */
    public String file() {
        return version + ".json";
    }

    /** Whether this version was published before the other one: year, then month, then the number within it. */
    public boolean isBefore(PublishedVersion other) {
        int[] mine = parts(version);
        int[] theirs = parts(other.version);
        return java.util.Arrays.compare(mine, theirs) < 0;
    }

    private static int[] parts(String version) {
        var m = FORMAT.matcher(version);
        if (!m.matches()) {
            throw new IllegalArgumentException(version);
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }
}
