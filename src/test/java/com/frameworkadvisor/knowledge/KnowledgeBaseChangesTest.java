package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.KnowledgeBaseChanges.Evidence;
import com.frameworkadvisor.knowledge.KnowledgeBaseChanges.EvidenceChange;
import com.frameworkadvisor.knowledge.KnowledgeBaseChanges.Named;
import com.frameworkadvisor.knowledge.KnowledgeBaseChanges.Replacement;
import com.frameworkadvisor.knowledge.KnowledgeBaseChanges.ScoreChange;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What changed between two versions is computed from them. The expected changes below were worked out by hand from
 * the test knowledge directory's two versions (src/test/resources/knowledge/versions/), not by running the code.
 */
class KnowledgeBaseChangesTest {

    static final KnowledgeBases TEST_VERSIONS =
            KnowledgeDirectory.load(Path.of("src/test/resources/knowledge/versions"));
    static final KnowledgeBase NOVEMBER = TEST_VERSIONS.find("2026.11.1").orElseThrow();
    static final KnowledgeBase DECEMBER = TEST_VERSIONS.find("2026.12.1").orElseThrow();

    static final Named DJANGO = new Named("django", "Django");
    static final Named FLASK = new Named("flask", "Flask");
    static final Named TEMPLATING = new Named("templating", "Templating");
    static final Named API_BACKEND = new Named("api-backend", "API and single-page-app backends");
    static final Named ASYNC = new Named("async", "Async support");
    static final Named HIRING = new Named("hiring", "Ease of hiring");
    static final Named DEBUGGING = new Named("debugging", "Debugging and development server");
    static final Named DEVELOPER_TOOLING = new Named("developer-tooling", "Developer tooling");
    static final Named PROTOTYPE_BEGINNERS =
            new Named("prototype-beginners", "Prototype or a beginner team's first project");

    @Nested
    class From2026_11_1To2026_12_1 {

        final KnowledgeBaseChanges changes = KnowledgeBaseChanges.between(NOVEMBER, DECEMBER);

        @Test
        void namesBothVersions() {
            assertThat(changes.from()).isEqualTo("2026.11.1");
            assertThat(changes.to()).isEqualTo("2026.12.1");
        }

        @Test
        void keepsTheSameFrameworks() {
            assertThat(changes.frameworksAdded()).isEmpty();
            assertThat(changes.frameworksRemoved()).isEmpty();
        }

        @Test
        void addsAsyncAndRemovesHiring() {
            assertThat(changes.criteriaAdded()).containsExactly(ASYNC);
            assertThat(changes.criteriaRemoved()).containsExactly(HIRING);
        }

        @Test
        void reportsDebuggingAsReplacedByDeveloperToolingRatherThanRemovedAndAdded() {
            assertThat(changes.replaced()).containsExactly(new Replacement(DEBUGGING, List.of(DEVELOPER_TOOLING)));
            assertThat(changes.criteriaAdded()).doesNotContain(DEVELOPER_TOOLING);
            assertThat(changes.criteriaRemoved()).doesNotContain(DEBUGGING);
        }

        @Test
        void removesThePresetForBeginnersAndAddsNone() {
            assertThat(changes.presetsAdded()).isEmpty();
            assertThat(changes.presetsRemoved()).containsExactly(PROTOTYPE_BEGINNERS);
        }

        @Test
        void listsEveryChangedScoreWithItsOldAndNewValue() {
            assertThat(changes.scores())
                    .containsExactly(
                            new ScoreChange(TEMPLATING, FLASK, 4.5, 4), new ScoreChange(API_BACKEND, DJANGO, 3.5, 4.5));
        }

        @Test
        void saysWhetherTheRationaleTheSourcesOrBothChanged() {
            assertThat(changes.evidence())
                    .containsExactly(new EvidenceChange(API_BACKEND, DJANGO, Evidence.RATIONALE_AND_SOURCES));
        }

        @Test
        void comparesDeveloperToolingWithDebuggingWhoseRatingsItKeeps() {
            assertThat(changes.scores()).noneMatch(change -> change.criterion().equals(DEVELOPER_TOOLING));
            assertThat(changes.evidence())
                    .noneMatch(change -> change.criterion().equals(DEVELOPER_TOOLING));
        }

        @Test
        void isNotEmpty() {
            assertThat(changes.isEmpty()).isFalse();
        }
    }

    @Nested
    class BackFrom2026_12_1To2026_11_1 {

        final KnowledgeBaseChanges changes = KnowledgeBaseChanges.between(DECEMBER, NOVEMBER);

        @Test
        void seesNoReplacementBecauseOnlyTheNewerVersionDeclaresIt() {
            assertThat(changes.replaced()).isEmpty();
            assertThat(changes.criteriaAdded()).containsExactly(DEBUGGING, HIRING);
            assertThat(changes.criteriaRemoved()).containsExactly(DEVELOPER_TOOLING, ASYNC);
            assertThat(changes.presetsAdded()).containsExactly(PROTOTYPE_BEGINNERS);
        }

        @Test
        void listsTheSameScoresTheOtherWayRound() {
            assertThat(changes.scores())
                    .containsExactly(
                            new ScoreChange(TEMPLATING, FLASK, 4, 4.5), new ScoreChange(API_BACKEND, DJANGO, 4.5, 3.5));
            assertThat(changes.evidence())
                    .containsExactly(new EvidenceChange(API_BACKEND, DJANGO, Evidence.RATIONALE_AND_SOURCES));
        }
    }

    @Nested
    class AVersionComparedWithItself {

        @Test
        void hasNoChanges() {
            for (KnowledgeBase kb : List.of(NOVEMBER, DECEMBER)) {
                KnowledgeBaseChanges changes = KnowledgeBaseChanges.between(kb, kb);

                assertThat(changes.isEmpty()).as(kb.version()).isTrue();
                assertThat(changes)
                        .isEqualTo(new KnowledgeBaseChanges(
                                kb.version(),
                                kb.version(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of()));
            }
        }
    }

    @Nested
    class AFrameworkAddedOrRemoved {

        final KnowledgeBase withoutFlask = without("flask", NOVEMBER);

        @Test
        void isListedByIdAndName() {
            assertThat(KnowledgeBaseChanges.between(NOVEMBER, withoutFlask).frameworksRemoved())
                    .containsExactly(FLASK);
            assertThat(KnowledgeBaseChanges.between(withoutFlask, NOVEMBER).frameworksAdded())
                    .containsExactly(FLASK);
        }

        @Test
        void bringsNoRatingChangesOfItsOwn() {
            KnowledgeBaseChanges added = KnowledgeBaseChanges.between(withoutFlask, NOVEMBER);

            assertThat(added.scores()).isEmpty();
            assertThat(added.evidence()).isEmpty();
            assertThat(added.criteriaAdded()).isEmpty();
        }

        private static KnowledgeBase without(String framework, KnowledgeBase kb) {
            return new KnowledgeBase(
                    "2026.11.2",
                    kb.frameworks().stream()
                            .filter(f -> !f.id().equals(framework))
                            .toList(),
                    kb.sources(),
                    kb.groups(),
                    kb.criteria().stream()
                            .map(c -> {
                                Map<String, Rating> ratings = new LinkedHashMap<>(c.ratings());
                                ratings.remove(framework);
                                return new Criterion(
                                        c.id(),
                                        c.name(),
                                        c.group(),
                                        c.question(),
                                        c.description(),
                                        c.defaultWeight(),
                                        ratings,
                                        c.replaces());
                            })
                            .toList(),
                    kb.profiles());
        }
    }

    @Nested
    class ACriterionThatReplacesTwo {

        @Test
        void isReportedForBothAndComparedWithNeither() {
            Criterion debugging = NOVEMBER.criterion("debugging").orElseThrow();
            Criterion hiring = NOVEMBER.criterion("hiring").orElseThrow();
            // Flask's score differs from both, so a comparison with either would show.
            Map<String, Rating> ratings = new LinkedHashMap<>(debugging.ratings());
            ratings.put("flask", new Rating(1, "Merged.", List.of()));
            Criterion merged = new Criterion(
                    "people-and-tools",
                    "People and tools",
                    debugging.group(),
                    debugging.question(),
                    debugging.description(),
                    2,
                    ratings,
                    List.of("debugging", "hiring"));
            KnowledgeBase next = new KnowledgeBase(
                    "2026.11.2",
                    NOVEMBER.frameworks(),
                    NOVEMBER.sources(),
                    NOVEMBER.groups(),
                    Stream.concat(
                                    NOVEMBER.criteria().stream().filter(c -> c != debugging && c != hiring),
                                    Stream.of(merged))
                            .toList(),
                    NOVEMBER.profiles());

            KnowledgeBaseChanges changes = KnowledgeBaseChanges.between(NOVEMBER, next);

            Named peopleAndTools = new Named("people-and-tools", "People and tools");
            assertThat(changes.replaced())
                    .containsExactly(
                            new Replacement(DEBUGGING, List.of(peopleAndTools)),
                            new Replacement(HIRING, List.of(peopleAndTools)));
            assertThat(changes.criteriaAdded()).isEmpty();
            assertThat(changes.criteriaRemoved()).isEmpty();
            assertThat(changes.scores()).isEmpty();
            assertThat(changes.evidence()).isEmpty();
        }
    }
}
