package com.frameworkadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeDirectory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule of ADR 0015 on the published 2026.11.3, with every weight computed by hand from the defaults and the
 * mapping table in docs/knowledge-2026.11.3.md: start from the default, add each answered question's change, keep
 * within 0–5.
 */
class ProjectRuleTest {

    static final KnowledgeBase KB =
            KnowledgeDirectory.load(Path.of("data/knowledge")).find("2026.11.3").orElseThrow();

    /** The defaults of 2026.11.3, in criterion order. */
    static final String DEFAULTS = "orm=3 admin=2 security=3 templating=2 api-backend=2 async-realtime=2"
            + " request-validation=2 api-docs=1 learning-curve=3 testing=2 debugging=1 team-experience=0"
            + " flexibility=3 team-conventions=3 performance=1 ecosystem=3 hiring=1 long-term-support=3";

    static Map<String, Integer> weights(String text) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String pair : text.trim().split("\\s+")) {
            String[] parts = pair.split("=");
            weights.put(parts[0], Integer.parseInt(parts[1]));
        }
        return weights;
    }

    /** The defaults with these weights changed. */
    static Map<String, Integer> defaultsWith(String changed) {
        Map<String, Integer> weights = weights(DEFAULTS);
        if (!changed.isBlank()) {
            weights.putAll(weights(changed));
        }
        return weights;
    }

    static ProjectAnswers answers(String... pairs) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String pair : pairs) {
            String[] parts = pair.split("=");
            answers.put(parts[0], Arrays.asList(parts[1].split(",")));
        }
        return ProjectAnswers.read(KB, answers, "", (field, message) -> {
            throw new AssertionError(field + ": " + message);
        });
    }

    @Test
    void anEmptyProjectGivesTheDefaults() {
        ProjectRule.Derived derived = ProjectRule.derive(KB, ProjectAnswers.NONE);
        assertThat(derived.weights()).containsExactlyEntriesOf(weights(DEFAULTS));
        assertThat(derived.reasons().values())
                .allSatisfy(reasons -> assertThat(reasons).isEmpty());
        assertThat(derived.mustHaves()).isEmpty();
    }

    @ParameterizedTest(name = "project-kind={0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // templating 2+3, orm 3-2, api-backend 2-2, async 2-2, validation 2-1, api-docs 1-1
                "content-site | orm=1 templating=5 api-backend=0 async-realtime=0 request-validation=1 api-docs=0 |",
                // orm 3+2, templating 2+1, validation 2+1, conventions 3+1, async 2-1, api-docs 1-1
                "data-app | orm=5 templating=3 request-validation=3 team-conventions=4 async-realtime=1 api-docs=0 |",
                // api-backend 2+3, api-docs 1+3, performance 1+2, validation 2+1, templating 2-2
                "json-api | api-backend=5 api-docs=4 performance=3 request-validation=3 templating=0 |",
                // async 2+3, api-backend 2+2, performance 1+2, templating 2-1; and async is a must-have
                "realtime | async-realtime=5 api-backend=4 performance=3 templating=1 | async-realtime",
            })
    void eachKindOfProjectAloneMovesItsCriteriaAndLeavesTheRestAtTheirDefaults(
            String kind, String changed, String mustHave) {
        ProjectRule.Derived derived = ProjectRule.derive(KB, answers("project-kind=" + kind));
        assertThat(derived.weights()).containsExactlyEntriesOf(defaultsWith(changed));
        weights(changed)
                .keySet()
                .forEach(id -> assertThat(derived.reasons().get(id)).containsExactly("project-kind"));
        assertThat(derived.reasons().get("ecosystem")).isEmpty();
        assertThat(derived.mustHaves()).isEqualTo(mustHave == null ? List.of() : List.of(mustHave));
    }

    @Test
    void teamKnowsNoneSetsTheTeamsExperienceTo0AndSaysSo() {
        ProjectRule.Derived derived = ProjectRule.derive(KB, answers("team-knows=none"));
        assertThat(derived.weights()).containsExactlyEntriesOf(weights(DEFAULTS));
        assertThat(derived.reasons().get("team-experience")).containsExactly("team-knows");
        KnowledgeBase rated = KB.ratedByTeamKnowing(List.of());
        assertThat(rated.criterion("team-experience").orElseThrow().ratings().values())
                .allSatisfy(r -> assertThat(r.score()).isEqualTo(1.0));
    }

    @Test
    void teamKnowsOneFrameworkWeighsTheTeamsExperience4AndRatesItsFramework5() {
        ProjectRule.Derived derived = ProjectRule.derive(KB, answers("team-knows=flask"));
        assertThat(derived.weights()).containsExactlyEntriesOf(defaultsWith("team-experience=4"));
        KnowledgeBase rated = KB.ratedByTeamKnowing(List.of("flask"));
        var ratings = rated.criterion("team-experience").orElseThrow().ratings();
        assertThat(ratings.get("flask").score()).isEqualTo(5.0);
        assertThat(ratings.get("django").score()).isEqualTo(1.0);
        assertThat(ratings.get("fastapi").score()).isEqualTo(1.0);
        assertThat(KB.ratedByTeamKnowing(List.of("flask"))).isSameAs(rated);
    }

    @Test
    void teamKnowsAllThreeCountsTheQuestionOnceAndRatesEach5() {
        // Each option says +4; with several chosen the largest counts, once: 0 + 4, not 12 kept to 5.
        ProjectRule.Derived derived = ProjectRule.derive(KB, answers("team-knows=django,flask,fastapi"));
        assertThat(derived.weights()).containsExactlyEntriesOf(defaultsWith("team-experience=4"));
        KnowledgeBase rated = KB.ratedByTeamKnowing(List.of("django", "flask", "fastapi"));
        assertThat(rated.criterion("team-experience").orElseThrow().ratings().values())
                .allSatisfy(r -> assertThat(r.score()).isEqualTo(5.0));
    }

    @Test
    void changesAddUpAcrossQuestionsAndAreKeptWithin0To5() {
        // flexibility 3 +1 (experienced) +2 (own components) = 6, kept to 5; team-conventions 3 -2 (small) -2 (own
        // components) = -1, kept to 0; orm 3 -2 (content site) -2 (own components) = -1, kept to 0.
        ProjectRule.Derived derived = ProjectRule.derive(
                KB,
                answers("project-kind=content-site", "team-python=experienced", "scale=small", "own-components=yes"));
        assertThat(derived.weights())
                .containsEntry("flexibility", 5)
                .containsEntry("team-conventions", 0)
                .containsEntry("orm", 0);
        assertThat(derived.changes()).containsEntry("flexibility", 3).containsEntry("team-conventions", -4);
        assertThat(derived.reasons().get("flexibility")).containsExactly("team-python", "own-components");
    }

    @Nested
    class Personas {

        static final Scorer SCORER = new Scorer();

        /** Every question answered, as the persona table gives them. */
        static Evaluation evaluate(String teamKnows, List<String> candidates, String... answers) {
            Answers.Builder builder = Answers.builder(KB, "");
            List<String> all = new java.util.ArrayList<>(List.of(answers));
            all.add("team-knows=" + teamKnows);
            builder.project(ProjectRuleTest.answers(all.toArray(String[]::new)));
            builder.candidates(candidates);
            return SCORER.evaluate(KB, builder.build());
        }

        @ParameterizedTest(name = "{0}: {9} by at least 3 points")
        @CsvSource({
            "content-site, no,  no,  new,         none,    normal, small,   no,  '',                    flask",
            "data-app,     yes, yes, some,        none,    tight,  growing, no,  '',                    django",
            "json-api,     no,  no,  experienced, none,    normal, small,   yes, '',                    flask",
            "json-api,     no,  yes, experienced, fastapi, normal, growing, yes, 'django,flask,fastapi', fastapi",
            "json-api,     no,  yes, experienced, none,    normal, growing, yes, 'django,flask,fastapi', fastapi",
        })
        void eachPersonaGetsItsWinnerWithAMarginOfAtLeast3Points(
                String kind,
                String staff,
                String accounts,
                String python,
                String knows,
                String deadline,
                String scale,
                String own,
                String candidates,
                String winner) {
            Evaluation evaluation = evaluate(
                    knows,
                    candidates.isEmpty() ? List.of() : List.of(candidates.split(",")),
                    "project-kind=" + kind,
                    "staff-editing=" + staff,
                    "user-accounts=" + accounts,
                    "team-python=" + python,
                    "deadline=" + deadline,
                    "scale=" + scale,
                    "own-components=" + own);
            assertThat(evaluation.winner()).isEqualTo(winner);
            assertThat(evaluation.margin()).isGreaterThanOrEqualTo(3.0);
        }
    }
}
