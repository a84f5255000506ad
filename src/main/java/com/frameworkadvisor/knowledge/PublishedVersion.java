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

    /** Whether this version was published before the other one. */
    public boolean isBefore(PublishedVersion other) {
        return order(version) < order(other.version);
    }

    private static long order(String version) {
        var m = FORMAT.matcher(version);
        if (!m.matches()) {
            throw new IllegalArgumentException(version);
        }
        return Long.parseLong(m.group(1)) * 100_000 + Long.parseLong(m.group(2)) * 10_000 + Long.parseLong(m.group(3));
    }
}
