package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** Every golden link, opened as it was shared (without a version), shows exactly what it showed when captured. */
abstract class GoldenLinksContract {

    @Autowired
    Site site;

    @TestFactory
    Stream<DynamicTest> everyLinkReproducesItsHeadlineRankingScoresContributionsAndTieWeights() {
        return GoldenLinksTest.golden().stream()
                .map(expected -> DynamicTest.dynamicTest(expected.link(), () -> {
                    GoldenResult actual = GoldenResult.capture(site, expected.link());
                    assertThat(actual)
                            .usingRecursiveComparison()
                            .ignoringFields("evaluation")
                            .isEqualTo(expected);
                    // JSON trees compare by value; exact doubles, so a tie weight that moves by 1e-9 fails.
                    assertThat(actual.evaluation()).isEqualTo(expected.evaluation());
                }));
    }
}
