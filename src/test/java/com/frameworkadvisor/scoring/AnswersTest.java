package com.frameworkadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnswersTest {

    private static final List<String> CRITERIA = List.of("orm", "admin", "security");

    private static Answers.Builder builder() {
        return Answers.builder(CRITERIA, "weights.");
    }

    @Nested
    class Valid {

        @Test
        void unansweredCriteriaWeighZeroAndKeepTheCriterionOrder() {
            Weights weights = builder().put("security", 2).put("orm", 5).build().weights();

            assertThat(weights.values())
                    .containsExactly(Map.entry("orm", 5), Map.entry("admin", 0), Map.entry("security", 2));
            assertThat(weights.total()).isEqualTo(7);
            assertThat(weights.of("admin")).isZero();
        }

        @Test
        void mustHavesKeepTheCriterionOrder() {
            Answers answers = builder()
                    .put("orm", 5)
                    .mustHave("must", "security")
                    .mustHave("must", "orm")
                    .build();

            assertThat(answers.mustHaves()).containsExactly("orm", "security");
        }
    }

    @Nested
    class Invalid {

        @Test
        void reportsEveryProblemWithItsFieldAndKeepsTheValidAnswers() {
            Answers.Builder builder =
                    builder().put("orm", 9).put("nope", 1).put("admin", 4).reject("security", "is not a number");

            assertThatThrownBy(builder::build)
                    .asInstanceOf(type(InvalidAnswersException.class))
                    .satisfies(e -> {
                        assertThat(e.problems())
                                .containsExactly(
                                        new AnswerProblem(
                                                "weights.orm", "must be a whole number from 0 to 5, but was 9"),
                                        new AnswerProblem("weights.nope", "'nope' is not a known criterion"),
                                        new AnswerProblem("weights.security", "is not a number"));
                        assertThat(e.validAnswers()).containsExactly(Map.entry("admin", 4));
                    });
        }

        @Test
        void mustHavesMustBeKnownAndListedOnce() {
            assertThatThrownBy(() -> builder()
                            .put("orm", 5)
                            .mustHave("must", "colour")
                            .mustHave("must", "orm")
                            .mustHave("must", "orm")
                            .build())
                    .asInstanceOf(type(InvalidAnswersException.class))
                    .satisfies(e -> {
                        assertThat(e.problems())
                                .containsExactly(
                                        new AnswerProblem("must", "'colour' is not a known criterion"),
                                        new AnswerProblem("must", "'orm' is listed more than once"));
                        assertThat(e.validMustHaves()).containsExactly("orm");
                    });
        }

        @Test
        void negativeWeightsAreOutOfRange() {
            assertThatThrownBy(() -> builder().put("orm", -1).build()).hasMessageContaining("weights.orm");
        }

        @Test
        void aCriterionGivenTwiceIsRefused() {
            assertThatThrownBy(() -> builder().put("orm", 1).put("orm", 2).build())
                    .hasMessageContaining("weights.orm: is given more than once");
        }

        @Test
        void theRecordItselfRefusesOutOfRangeValues() {
            assertThatThrownBy(() -> new Weights(Map.of("orm", 6))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Weights(Map.of("orm", 0))).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
