package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.WebTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results links are promises: every link in {@code golden/results-links.json}, captured from the application before
 * the code was restructured (src/test/scripts/capture-golden-links), must show exactly what it showed then.
 */
@WebTest
class GoldenLinksTest extends GoldenLinksContract {

    static final String GOLDEN = "/golden/results-links.json";

    static List<GoldenResult> golden() {
        try (InputStream in = GoldenLinksTest.class.getResourceAsStream(GOLDEN)) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<List<GoldenResult>>() {});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class TheGoldenFile {

        @Test
        void holdsAtLeastFiftyLinksWithVariedAnswersAndMustHaves() {
            List<GoldenResult> golden = golden();
            assertThat(golden).hasSizeGreaterThanOrEqualTo(50);
            assertThat(golden).filteredOn(g -> g.link().contains("must=")).hasSizeGreaterThanOrEqualTo(10);
            assertThat(golden).extracting(GoldenResult::headline).anyMatch(h -> h.startsWith("Too close to call"));
            assertThat(golden).extracting(GoldenResult::headline).anyMatch(h -> h.startsWith("Django"));
            assertThat(golden).extracting(GoldenResult::headline).anyMatch(h -> h.startsWith("Flask"));
            assertThat(golden).filteredOn(g -> !g.flips().isEmpty()).isNotEmpty();
        }
    }
}
