package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.frameworkadvisor.knowledge.KnowledgeBaseException.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The second schema and the sourcing rules, each broken once in a copy of 2026.11.2: dated ratings and sources,
 * framework facts, preset reasons, candidates that exist and a rating for every framework.
 */
class SourcingRulesTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static ObjectNode tree() {
        try {
            return (ObjectNode) MAPPER.readTree(Files.readString(KnowledgeFor2026Test.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ThrowableAssertAlternative<KnowledgeBaseException> loadingFails(Consumer<ObjectNode> breakIt) {
        ObjectNode tree = tree();
        breakIt.accept(tree);
        return assertThatExceptionOfType(KnowledgeBaseException.class)
                .isThrownBy(() -> TestKnowledgeBases.loadWithSecondSchemaAsIs("2026.11.2.json", tree));
    }

    private static void hasProblem(KnowledgeBaseException e, String location, String text) {
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.location()).isEqualTo(location);
            assertThat(p.message()).contains(text);
        });
    }

    private static ObjectNode djangoOrm(ObjectNode tree) {
        return (ObjectNode) tree.get("criteria").get(0).get("ratings").get("django");
    }

    private static ObjectNode source(ObjectNode tree, String id) {
        for (var node : tree.get("sources")) {
            if (node.get("id").asString().equals(id)) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static ObjectNode facts(ObjectNode tree, int framework) {
        return (ObjectNode) tree.get("frameworks").get(framework).get("facts");
    }

    @Nested
    class Ratings {

        @Test
        void mustSayWhenTheyWereChecked() {
            loadingFails(tree -> djangoOrm(tree).remove("asOf"))
                    .satisfies(e -> hasProblem(e, "$.criteria[0].ratings.django", "asOf"));
        }

        @Test
        void giveARealMonth() {
            loadingFails(tree -> djangoOrm(tree).put("asOf", "2026-13"))
                    .satisfies(e -> hasProblem(e, "$.criteria[0].ratings.django.asOf", "pattern"));
        }

        @Test
        void cannotBeCheckedAfterTheVersionIsReleased() {
            loadingFails(tree -> djangoOrm(tree).put("asOf", "2026-12"))
                    .satisfies(e -> hasProblem(
                            e,
                            "$.criteria[0].ratings.django.asOf",
                            "2026-12 is later than the version's release month 2026-11"));
        }

        @Test
        void rateEveryFramework() {
            loadingFails(tree -> ((ObjectNode) tree.get("criteria").get(0).get("ratings")).remove("fastapi"))
                    .satisfies(e -> hasProblem(
                            e, "$.criteria[0].ratings", "criterion 'orm' does not rate framework 'fastapi'"));
        }
    }

    @Nested
    class Sources {

        @Test
        void needAUrlUnlessTheyAreOneOfTheFourArticles() {
            loadingFails(tree -> source(tree, "django-docs").remove(List.of("url", "checked")))
                    .satisfies(e -> hasProblem(e, "$.sources[4]", "url"));
        }

        @Test
        void theFourArticlesNeedNoUrl() {
            assertThat(KnowledgeFor2026Test.KB.sources(List.copyOf(SourcingRules.ARTICLES)))
                    .hasSize(4)
                    .allSatisfy(s -> assertThat(s.url()).isNull());
        }

        @Test
        void withAUrlSayWhenItWasRead() {
            loadingFails(tree -> source(tree, "django-docs").remove("checked"))
                    .satisfies(e -> hasProblem(e, "$.sources[4]", "checked"));
        }

        @Test
        void cannotBeReadAfterTheVersionIsReleased() {
            loadingFails(tree -> source(tree, "django-docs").put("checked", "2027-01"))
                    .satisfies(e -> hasProblem(e, "$.sources[4].checked", "later than the version's release month"));
        }

        /** The schema refuses it first; the rule holds for a knowledge base however it was made. */
        @Test
        void withoutAUrlAreAProblemBeyondTheSchemaToo() {
            KnowledgeBase kb = KnowledgeFor2026Test.KB;
            List<Source> sources = new java.util.ArrayList<>(kb.sources());
            Source docs = kb.source("django-docs").orElseThrow();
            sources.set(sources.indexOf(docs), new Source(docs.id(), docs.title(), docs.kind(), null, null));
            KnowledgeBase withoutUrl = new KnowledgeBase(
                    kb.version(),
                    kb.frameworks(),
                    sources,
                    kb.groups(),
                    kb.criteria(),
                    kb.profiles(),
                    kb.defaultCandidates());

            assertThat(new KnowledgeBaseValidator().problemsIn(withoutUrl))
                    .containsExactly(new Problem(
                            "$.sources[4].url", "source 'django-docs' has no url and is not one of the four articles"));
        }
    }

    @Nested
    class FrameworkFacts {

        @Test
        void giveAReleaseDayNoLaterThanTheVersionsMonth() {
            loadingFails(tree -> ((ObjectNode) facts(tree, 0).get("latestRelease")).put("date", "2026-12-01"))
                    .satisfies(e -> hasProblem(
                            e, "$.frameworks[0].facts.latestRelease.date", "later than the version's release month"));
        }

        @Test
        void citeSourcesOfTheVersion() {
            loadingFails(tree -> facts(tree, 1).putArray("sources").add("hearsay"))
                    .satisfies(e -> hasProblem(
                            e, "$.frameworks[1].facts.sources[0]", "cites source 'hearsay', which is not one of"));
        }

        @Test
        void sayWhoMaintainsTheFramework() {
            loadingFails(tree -> facts(tree, 2).remove("maintainer"))
                    .satisfies(e -> hasProblem(e, "$.frameworks[2].facts", "maintainer"));
        }
    }

    @Nested
    class Presets {

        private static ObjectNode contentSite(ObjectNode tree) {
            return (ObjectNode) tree.get("profiles").get(0);
        }

        @Test
        void giveAReasonForAVeryHighWeight() {
            loadingFails(tree -> ((ObjectNode) contentSite(tree).get("reasons")).remove("templating"))
                    .satisfies(e -> hasProblem(
                            e,
                            "$.profiles[0].reasons",
                            "profile 'content-site' weighs 'templating' 5 but gives no reason"));
        }

        @Test
        void giveReasonsOnlyForCriteriaOfTheVersion() {
            loadingFails(tree -> ((ObjectNode) contentSite(tree).get("reasons")).put("scalability", "Gone."))
                    .satisfies(e -> hasProblem(
                            e, "$.profiles[0].reasons.scalability", "'scalability', which is not one of the criteria"));
        }

        @Test
        void nameCandidatesThatExist() {
            loadingFails(tree -> ((ObjectNode) tree.get("profiles").get(5))
                            .putArray("candidates")
                            .add("fastapi")
                            .add("quart"))
                    .satisfies(e -> hasProblem(
                            e, "$.profiles[5].candidates[1]", "names 'quart', which is not one of the frameworks"));
        }
    }
}
