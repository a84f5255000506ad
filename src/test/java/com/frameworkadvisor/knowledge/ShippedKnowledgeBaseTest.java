package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.scoring.Evaluation;
import com.frameworkadvisor.scoring.Scorer;
import com.frameworkadvisor.scoring.Weights;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The knowledge base we ship loads, validates, and says what the sources say. */
class ShippedKnowledgeBaseTest {

    private static final KnowledgeBase KB = TestKnowledgeBases.shipped();

    @Nested
    class Content {

        @Test
        void comparesDjangoAndFlask() {
            assertThat(KB.frameworks()).extracting(Framework::id).containsExactly("django", "flask");
            assertThat(KB.version()).isNotBlank();
        }

        @Test
        void hasTheCoreCriteriaAndTheOthersTheSourcesDiscuss() {
            assertThat(KB.criteria())
                    .extracting(Criterion::id)
                    .contains(
                            "orm",
                            "admin",
                            "security",
                            "flexibility",
                            "community",
                            "performance",
                            "learning-curve",
                            "development-speed",
                            "templating",
                            "project-structure",
                            "scalability",
                            "debugging",
                            "hiring",
                            "documentation",
                            "api-backend",
                            "extensions");
        }

        @Test
        void citesTheFourSourceArticles() {
            assertThat(KB.sources())
                    .extracting(Source::title)
                    .contains(
                            "Differences Between Django vs Flask",
                            "Django vs. Flask",
                            "Detailed Comparison Between Django & Flask",
                            "Django vs. Flask – Choosing the Best Python Framework");
        }

        @Test
        void correctsTheClaimThatFlaskCannotUseAnOrm() {
            assertThat(KB.criterion("orm").orElseThrow().ratingOf("flask").rationale())
                    .contains("SQLAlchemy");
        }

        @Test
        void everyRationaleIsASentenceOrMore() {
            KB.criteria()
                    .forEach(c -> c.ratings()
                            .values()
                            .forEach(r -> assertThat(r.rationale()).hasSizeGreaterThan(80)));
        }
    }

    @Nested
    class Profiles {

        static Stream<Arguments> profilesAndTheirWinners() {
            return Stream.of(
                    Arguments.of("data-driven-site", "django"),
                    Arguments.of("mvp-deadline", "django"),
                    Arguments.of("api-microservice", "flask"),
                    Arguments.of("prototype-beginners", "flask"));
        }

        @ParameterizedTest(name = "{0} favours {1}")
        @MethodSource("profilesAndTheirWinners")
        void favourTheFrameworkTheSourcesRecommend(String profile, String winner) {
            Evaluation evaluation = new Scorer()
                    .evaluate(KB, new Weights(KB.profile(profile).orElseThrow().weights()));

            assertThat(evaluation.winner()).isEqualTo(winner);
        }

        @Test
        void coverTheProjectTypesTheSourcesName() {
            assertThat(KB.profiles())
                    .extracting(Profile::id)
                    .containsExactly(
                            "content-site",
                            "data-driven-site",
                            "api-microservice",
                            "mvp-deadline",
                            "prototype-beginners");
        }
    }
}
