package com.frameworkadvisor.logging;

import java.util.regex.Pattern;

/**
 * Hides room ids, ballot ids and keys in log lines. Each of them is a capability: whoever reads one in a log could
 * open the room, answer in someone's name or run the meeting. The first four characters stay, enough to tell two
 * rooms apart in the logs, too few (24 of 128 bits) to guess the rest.
 */
final class SecretMasking {

    private static final Pattern SECRET = Pattern.compile(
            "((?:/rooms/|/ballots/|[?&]key=|advisor_facilitator=|advisor_ballot=|X-(?:Facilitator|Ballot)-Key[:=]\\s*)"
                    + "[A-Za-z0-9_-]{4})[A-Za-z0-9_.%-]*",
            Pattern.CASE_INSENSITIVE);

    private SecretMasking() {}

    public static String mask(String line) {
        if (line == null || line.isEmpty()) {
            return line;
        }
        return SECRET.matcher(line).replaceAll("$1…");
    }
}
