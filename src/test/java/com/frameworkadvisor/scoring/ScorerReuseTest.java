package com.frameworkadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.TestKnowledgeBases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scorer keeps the ratings of each knowledge base it has seen; switching knowledge bases must not mix them up. */
class ScorerReuseTest {

    @Test
    void oneScorerGivesEachKnowledgeBaseItsOwnResult() {
        KnowledgeBase shipped = TestKnowledgeBases.shipped();
        KnowledgeBase three = TestKnowledgeBases.threeFrameworks();
        Answers onShipped = new Answers(
                new Weights(shipped.profile("api-microservice").orElseThrow().weights()), List.of("orm"));
        Answers onThree = new Answers(new Weights(Map.of("speed", 2, "safety", 1)), List.of());
        Scorer shared = new Scorer();

        Evaluation first = shared.evaluate(shipped, onShipped);
        Evaluation other = shared.evaluate(three, onThree);
        Evaluation again = shared.evaluate(shipped, onShipped);

        assertThat(first).isEqualTo(new Scorer().evaluate(shipped, onShipped)).isEqualTo(again);
        assertThat(other).isEqualTo(new Scorer().evaluate(three, onThree));
        assertThat(other.ranking()).extracting(FrameworkScore::framework).containsExactly("alpha", "beta", "gamma");
    }

    @Test
    void anEqualButSeparatelyLoadedKnowledgeBaseScoresTheSame() {
        Answers answers = new Answers(new Weights(Map.of("orm", 5, "admin", 3)), List.of());
        Scorer shared = new Scorer();

        assertThat(shared.evaluate(TestKnowledgeBases.shipped(), answers))
                .isEqualTo(shared.evaluate(TestKnowledgeBases.shipped(), answers));
    }
}
