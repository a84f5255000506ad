package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.KnowledgeDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weights given under 2026.11.1 as 2026.12.1 reads them (the test knowledge directory of {@code @VersionedWebTest}). */
class CarriedOverWeightsTest {

    static final KnowledgeBases KBS = KnowledgeDirectory.load(Path.of("src/test/resources/knowledge/versions"));
    static final KnowledgeBase NEWER = KBS.find("2026.12.1").orElseThrow();

    @Test
    void keepsWhatStaysDropsWhatIsGoneAndWeighsWhatIsNewZero() {
        Map<String, Integer> carried =
                CarriedOverWeights.carry(Map.of("orm", 4, "hiring", 5, "admin", 0), List.of(NEWER));

        assertThat(carried.keySet())
                .containsExactlyElementsOf(
                        NEWER.criteria().stream().map(Criterion::id).toList());
        assertThat(carried).containsEntry("orm", 4).containsEntry("admin", 0).containsEntry("async", 0);
        assertThat(carried).doesNotContainKey("hiring");
        assertThat(carried.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
    }

    @Test
    void aCriterionThatReplacesAnOldOneTakesItsWeight() {
        Map<String, Integer> carried = CarriedOverWeights.carry(Map.of("debugging", 3), List.of(NEWER));

        assertThat(carried).containsEntry("developer-tooling", 3).doesNotContainKey("debugging");
    }

    @Test
    void noLaterVersionLeavesTheWeightsAsGiven() {
        Map<String, Integer> given = Map.of("orm", 4, "hiring", 5);

        assertThat(CarriedOverWeights.carry(given, List.of())).isEqualTo(given);
    }
}
