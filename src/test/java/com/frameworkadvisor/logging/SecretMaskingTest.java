package com.frameworkadvisor.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretMaskingTest {

    static final String ROOM = "Qm9vbVJvb21JZDEyMzQ1Ng";
    static final String KEY = "a2V5LWtleS1rZXkta2V5LQ";

    @Nested
    class Secrets {

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "a room path            | GET /rooms/" + ROOM
                            + "/join HTTP/1.1          | GET /rooms/Qm9v…/join HTTP/1.1",
                    "an API path            | PUT /api/rooms/" + ROOM + "/ballots/" + KEY
                            + " | PUT /api/rooms/Qm9v…/ballots/a2V5…",
                    "a facilitator link     | GET /rooms/" + ROOM + "/facilitate?key=" + KEY
                            + " | GET /rooms/Qm9v…/facilitate?key=a2V5…",
                    "a ballot cookie        | Cookie: advisor_ballot=" + ROOM + "." + KEY
                            + "  | Cookie: advisor_ballot=Qm9v…",
                    "a facilitator cookie   | advisor_facilitator=" + KEY
                            + "; Path=/rooms    | advisor_facilitator=a2V5…; Path=/rooms",
                    "a key header           | X-Facilitator-Key: " + KEY
                            + "                 | X-Facilitator-Key: a2V5…",
                    "a ballot key header    | x-ballot-key=" + KEY + "                       | x-ballot-key=a2V5…"
                })
        void areCutToTheirFirstFourCharacters(String what, String line, String masked) {
            assertThat(SecretMasking.mask(line)).isEqualTo(masked);
        }
    }

    @Nested
    class EverythingElse {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "GET /rooms/new HTTP/1.1",
                    "GET /results?orm=5&admin=3 HTTP/1.1",
                    "Purged 3 expired rooms",
                    "Loaded knowledge base file:data/knowledge/ version 2026.11.1 of 2026-11-21: 2 frameworks"
                })
        void isLeftAsItIs(String line) {
            assertThat(SecretMasking.mask(line)).isEqualTo(line);
        }

        @Test
        void nothingIsNothing() {
            assertThat(SecretMasking.mask(null)).isNull();
            assertThat(SecretMasking.mask("")).isEmpty();
        }
    }
}
