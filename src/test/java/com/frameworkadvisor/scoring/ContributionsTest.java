package com.frameworkadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.TestKnowledgeBases;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scorer's array-backed contributions must behave as the ordered, unmodifiable map {@link FrameworkScore}
 * promises, because pages and the API read them as a plain map.
 */
class ContributionsTest {

    private final KnowledgeBase kb = TestKnowledgeBases.threeFrameworks();
    // Alpha on speed (5), safety (1), ease (4) and docs (3), weighted 2, 0, 1, 1: 100 ÷ (5 × 4) = 5 per weighted point.
    private final Map<String, Double> contributions = new Scorer()
            .evaluate(kb, new Weights(Map.of("speed", 2, "ease", 1, "docs", 1)))
            .first()
            .contributions();

    @Test
    void isInCriterionOrderWithEveryCriterion() {
        assertThat(contributions)
                .containsExactly(
                        Map.entry("speed", 50.0),
                        Map.entry("safety", 0.0),
                        Map.entry("ease", 20.0),
                        Map.entry("docs", 15.0));
    }

    @Test
    void equalsAndHashesLikeAnyMapWithTheSameEntries() {
        Map<String, Double> copy = new LinkedHashMap<>(contributions);

        assertThat(contributions).isEqualTo(copy);
        assertThat(copy).isEqualTo(contributions);
        assertThat(contributions).hasSameHashCodeAs(copy);
        assertThat(contributions).hasToString(copy.toString());
    }

    @Test
    void looksUpByCriterionId() {
        assertThat(contributions.get("ease")).isEqualTo(20.0);
        assertThat(contributions.get("unknown")).isNull();
        assertThat(contributions.containsKey("safety")).isTrue();
        assertThat(contributions.containsKey("unknown")).isFalse();
        assertThat(contributions.containsKey(null)).isFalse();
    }

    @Test
    void cannotBeChanged() {
        assertThatThrownBy(() -> contributions.put("speed", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> contributions.remove("speed")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(contributions::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> contributions.entrySet().iterator().next().setValue(1.0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anyOtherMapGivenToAFrameworkScoreIsCopied() {
        Map<String, Double> given = new LinkedHashMap<>(Map.of("speed", 1.0));
        FrameworkScore score = new FrameworkScore("alpha", 1, 1.0, given, List.of());
        given.put("ease", 2.0);

        assertThat(score.contributions()).containsExactly(Map.entry("speed", 1.0));
        assertThatThrownBy(() -> score.contributions().put("ease", 2.0))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
