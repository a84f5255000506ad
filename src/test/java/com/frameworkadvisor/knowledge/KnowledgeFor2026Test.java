package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.scoring.Evaluation;
import com.frameworkadvisor.scoring.Scorer;
import com.frameworkadvisor.scoring.Weights;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The knowledge base 2026.11.2 (issue 14), read straight from its published file with the real loader, schema and
 * rules: FastAPI, the criteria for 2026, the corrections, the sources' verdicts and the presets.
 */
class KnowledgeFor2026Test {

    static final Path FILE = Path.of("data/knowledge/2026.11.2.json");
    static final Path SCHEMA = Path.of("data/knowledge/knowledge-base-2.schema.json");
    static final KnowledgeBase KB = load();
    static final KnowledgeBase BEFORE = TestKnowledgeBases.shipped();

    private static KnowledgeBase load() {
        try (InputStream schema = Files.newInputStream(SCHEMA);
                InputStream document = Files.newInputStream(FILE)) {
            return new KnowledgeBaseLoader(JsonMapper.builder().build(), schema).load(FILE.toString(), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Rating rating(String criterion, String framework) {
        return KB.criterion(criterion).orElseThrow().ratingOf(framework);
    }

    static Evaluation evaluate(String profileId) {
        Profile profile = KB.profile(profileId).orElseThrow();
        return new Scorer().evaluate(among(KB.candidatesFor(profile)), new Weights(profile.weights()));
    }

    /** The knowledge base narrowed to some frameworks, as the product ranks only the candidates in the running. */
    static KnowledgeBase among(List<String> candidates) {
        return new KnowledgeBase(
                KB.version(),
                KB.frameworks().stream()
                        .filter(f -> candidates.contains(f.id()))
                        .toList(),
                KB.sources(),
                KB.groups(),
                KB.criteria(),
                KB.profiles());
    }

    @Nested
    class ThePublishedFile {

        @Test
        void isVersion2026112() {
            assertThat(KB.version()).isEqualTo("2026.11.2");
        }

        @Test
        void followsTheSameSecondSchemaAsTheTestVersions() throws IOException {
            assertThat(Files.readString(SCHEMA)).isEqualTo(Files.readString(TestKnowledgeBases.SECOND_SCHEMA));
        }

        @Test
        void isPublishedAfter2026111AndBefore2026113() {
            KnowledgeBases shipped = PublishedVersionsTest.shipped();
            assertThat(shipped.versions())
                    .extracting(PublishedVersion::version)
                    .containsExactly("2026.11.1", "2026.11.2", "2026.11.3");
            assertThat(shipped.current().version()).isEqualTo("2026.11.3");
        }
    }

    @Nested
    class Frameworks {

        @Test
        void addFastApiRatedOnEveryCriterion() {
            assertThat(KB.frameworks()).extracting(Framework::id).containsExactly("django", "flask", "fastapi");
            assertThat(KB.criteria()).allSatisfy(c -> assertThat(c.ratings()).containsKey("fastapi"));
        }

        @Test
        void keepDjangoAndFlaskAsTheDefaultCandidates() {
            assertThat(KB.candidatesByDefault()).containsExactly("django", "flask");
        }

        @Test
        void eachHaveFactsCheckedInTheMonthOfRelease() {
            assertThat(KB.frameworks()).allSatisfy(f -> {
                assertThat(f.facts()).isNotNull();
                assertThat(f.facts().asOf()).isEqualTo("2026-11");
                assertThat(f.facts().sources()).isNotEmpty();
            });
        }

        @Test
        void sayDjango52IsTheLtsSupportedUntilApril2028() {
            FrameworkFacts django = KB.framework("django").orElseThrow().facts();
            assertThat(django.lts()).containsExactly(new FrameworkFacts.LtsRelease("5.2", "2028-04"));
            assertThat(django.latestRelease()).isEqualTo(new FrameworkFacts.LatestRelease("6.1", "2026-08-05"));
            assertThat(django.pythonVersions()).contains("3.12–3.14");
        }

        @Test
        void sayDjangoMovesToAnnualReleasesWithoutSeparateLtsFrom2028() {
            FrameworkFacts django = KB.framework("django").orElseThrow().facts();
            assertThat(django.supportWindow()).contains("DEP 0020", "2028.0", "three years", "6.2 LTS", "April 2030");
            assertThat(django.sources()).contains("django-dep-0020", "django-release-process");
            assertThat(rating("long-term-support", "django").rationale()).contains("DEP 0020", "April 2030");
            assertThat(rating("long-term-support", "django").sources())
                    .contains("django-dep-0020")
                    .as("Django Chat on the eight-month cadence predates DEP 0020")
                    .doesNotContain("djangochat-6-0");
        }

        @Test
        void sayWhatPalletsSecurityPolicyPromisesForFlask() {
            FrameworkFacts flask = KB.framework("flask").orElseThrow().facts();
            assertThat(flask.supportWindow()).contains("current feature release", "not guaranteed");
            assertThat(flask.sources()).containsExactly("flask-changes", "pallets-security-policy");
            assertThat(rating("long-term-support", "flask").rationale())
                    .contains("18 February 2026")
                    .doesNotContain("infrequent");
            assertThat(KB.source("pallets-security-policy").orElseThrow().kind())
                    .isEqualTo("security-policy");
        }

        @Test
        void sayPlainlyWhenAProjectPublishesNoSupportWindow() {
            for (String id : List.of("flask", "fastapi")) {
                FrameworkFacts facts = KB.framework(id).orElseThrow().facts();
                assertThat(facts.supportWindow()).contains("publishes no support window");
                assertThat(facts.lts()).isEmpty();
            }
        }

        @Test
        void leaveOutFastApisLatestReleaseBecauseNoDatedReleaseCouldBeVerified() {
            assertThat(KB.framework("fastapi").orElseThrow().facts().latestRelease())
                    .isNull();
            assertThat(KB.framework("flask").orElseThrow().facts().latestRelease())
                    .isEqualTo(new FrameworkFacts.LatestRelease("3.1.3", "2026-02-18"));
        }
    }

    @Nested
    class Criteria {

        @Test
        void areAboutSixteenInGroupsOfAtLeastTwo() {
            assertThat(KB.criteria()).hasSizeBetween(15, 18);
            assertThat(KB.groups()).allSatisfy(g -> assertThat(KB.criteriaIn(g)).hasSizeGreaterThanOrEqualTo(2));
        }

        @Test
        void includeTheFiveThatTeamsAskAboutIn2026() {
            assertThat(KB.criteria())
                    .extracting(Criterion::id)
                    .contains("async-realtime", "request-validation", "api-docs", "testing", "long-term-support");
        }

        @Test
        void keepAnIdOnlyWhereItsMeaningStays() {
            Set<String> kept = Set.of(
                    "orm",
                    "admin",
                    "security",
                    "templating",
                    "api-backend",
                    "learning-curve",
                    "debugging",
                    "flexibility",
                    "performance",
                    "hiring");
            for (Criterion criterion : KB.criteria()) {
                boolean existedBefore = BEFORE.criterion(criterion.id()).isPresent();
                assertThat(existedBefore).as(criterion.id()).isEqualTo(kept.contains(criterion.id()));
                if (existedBefore) {
                    assertThat(criterion.question())
                            .as("a kept id keeps its question")
                            .isEqualTo(BEFORE.criterion(criterion.id())
                                    .orElseThrow()
                                    .question());
                }
            }
        }

        @Test
        void declareWhichOldCriteriaTheMergedOnesReplace() {
            assertThat(KB.criterion("team-conventions").orElseThrow().replaces())
                    .containsExactly("project-structure", "scalability");
            assertThat(KB.criterion("ecosystem").orElseThrow().replaces())
                    .containsExactly("documentation", "community", "extensions");
        }
    }

    /** Issue 14, "Why": each point, corrected. */
    @Nested
    class Corrections {

        @Test
        void theSurveyFigureIsCitedAsTheSurveyGivesIt() {
            Source survey = KB.source("jetbrains-state-of-python-2025").orElseThrow();
            assertThat(survey.kind()).isEqualTo("survey");
            assertThat(survey.year()).isEqualTo(2025);
            // The figure was found only in reports of the post, and the rationale says so.
            assertThat(rating("ecosystem", "fastapi").rationale())
                    .contains("29 %", "38 %", "Python Developers Survey", "in reports of the post");
            assertThat(rating("ecosystem", "fastapi").sources()).contains(survey.id());
        }

        @Test
        void templatingRatesJinja2LevelWithDjangosLanguageWhichDjangoCanSwitchTo() {
            assertThat(rating("templating", "django").score())
                    .isEqualTo(rating("templating", "flask").score());
            assertThat(rating("templating", "django").rationale()).contains("Jinja2 backend");
            assertThat(rating("templating", "django").sources()).contains("django-templates");
        }

        @Test
        void apiBackendCountsDjangoRestFrameworkAndDjangoNinja() {
            Rating django = rating("api-backend", "django");
            assertThat(django.score()).isGreaterThanOrEqualTo(4.5).isGreaterThan(3.5);
            assertThat(django.score())
                    .isGreaterThanOrEqualTo(rating("api-backend", "flask").score());
            assertThat(django.sources()).contains("django-rest-framework", "django-ninja");
        }

        @Test
        void hiringIsLevelledBecauseOneBlogPostIsNotMarketData() {
            assertThat(rating("hiring", "django").score())
                    .isEqualTo(rating("hiring", "flask").score());
            // The blog is consistent (hard to find because demand is high); it is just one opinion.
            assertThat(rating("hiring", "django").rationale())
                    .doesNotContain("contradict")
                    .contains("demand", "not market data");
        }

        @Test
        void flaskSmorestGivesSerialisationAndDocsButNotAuthentication() {
            assertThat(rating("api-backend", "flask").rationale())
                    .doesNotContain("authentication come from extensions such as flask-smorest")
                    .contains("API authentication from further extensions");
        }

        @Test
        void djangoRestFrameworksOwnSchemaGenerationIsDeprecated() {
            assertThat(rating("api-docs", "django").rationale()).contains("deprecated", "drf-spectacular");
            assertThat(rating("api-docs", "django").sources()).contains("drf-schemas");
        }

        @Test
        void theTutorialArticleIsQuotedForVirtualDebuggingOnly() {
            assertThat(rating("debugging", "django").rationale())
                    .contains("\"virtual\" debugging")
                    .doesNotContain("no debugging support");
        }

        @Test
        void theStudentArticleOnlyListsTheAdminAmongDjangosFeatures() {
            assertThat(rating("admin", "django").rationale())
                    .contains("student article lists the admin panel")
                    .doesNotContain("Both the tutorial article and the student article name it as a reason");
        }

        @Test
        void noClaimIsLeftWithoutASource() {
            assertThat(rating("api-backend", "django").rationale()).doesNotContain("most widely used");
            assertThat(rating("performance", "django").rationale()).doesNotContain("benchmarks");
            assertThat(rating("performance", "flask").rationale()).doesNotContain("benchmarks");
            assertThat(rating("templating", "django").rationale()).contains("jinja2 package has to be installed");
        }

        @Test
        void djangosEcosystemIsTheLargerAndMoreMatureOne() {
            assertThat(rating("ecosystem", "django").score())
                    .isGreaterThan(rating("ecosystem", "flask").score());
        }

        @Test
        void migrationsTakeTwoCommands() {
            assertThat(rating("orm", "django").rationale()).contains("makemigrations", "migrate", "two steps");
            assertThat(rating("orm", "django").sources()).contains("django-migrations");
        }

        @Test
        void theInBrowserConsoleComesFromWerkzeugThroughDjangoExtensionsNotTheDebugToolbar() {
            Rating debugging = rating("debugging", "django");
            assertThat(debugging.rationale()).contains("no console", "runserver_plus", "django-extensions");
            assertThat(debugging.sources()).contains("django-debug-toolbar", "django-extensions-runserver-plus");
        }

        @Test
        void noRatingSaysTheTutorialArticleRecommendsDjangoForTightDeadlines() {
            assertThat(KB.criterion("development-speed")).isEmpty();
            String mvp = KB.profile("mvp-deadline").orElseThrow().description();
            assertThat(mvp)
                    .contains("Yash Tiwari blog recommends Django", "tutorial article argues both ways")
                    .contains("very tight timeframes", "perfectionists with deadlines");
        }

        @Test
        void flexibilityNoLongerClaimsEveryArticleAgrees() {
            Rating flask = rating("flexibility", "flask");
            assertThat(flask.rationale()).doesNotContain("All the articles").contains("does not discuss flexibility");
            assertThat(flask.sources()).doesNotContain("student-django-vs-flask");
        }

        @Test
        void apiAndEcosystemRatingsOfDjangoCiteSourcesThatSupportThem() {
            assertThat(rating("api-backend", "django").sources()).doesNotContain("tiwari-detailed-comparison");
            assertThat(rating("ecosystem", "django").sources()).contains("django-rest-framework", "django-docs");
        }

        @Test
        void batteriesIncludedIsScoredOnceThroughOrmAdminAndSecurity() {
            assertThat(KB.criterion("development-speed")).isEmpty();
            assertThat(KB.criteria()).noneSatisfy(c -> assertThat(c.replaces()).contains("development-speed"));
        }

        @Test
        void conventionsAgainstFreedomIsOneCriterionEachWayNotThree() {
            assertThat(KB.criterion("project-structure")).isEmpty();
            assertThat(KB.criterion("scalability")).isEmpty();
            assertThat(KB.criterion("flexibility")).isPresent();
            assertThat(KB.criterion("team-conventions")).isPresent();
        }

        /** 2026.11.1 spent 10 of its 39 default weight points on five criteria that split Django and Flask by 0.5. */
        @Test
        void criteriaThatBarelySeparateTheFrameworksTakeLessOfTheDefaultWeightThanBefore() {
            double all =
                    KB.criteria().stream().mapToInt(Criterion::defaultWeight).sum();
            assertThat(defaultWeightWithin(0.5, List.of("django", "flask")) / all)
                    .isLessThan(10.0 / 39);
            assertThat(defaultWeightWithin(0.5, List.of("django", "flask", "fastapi")) / all)
                    .isLessThan(0.1);
        }

        private static int defaultWeightWithin(double spread, List<String> frameworks) {
            return KB.criteria().stream()
                    .filter(c -> {
                        var scores = frameworks.stream()
                                .mapToDouble(f -> c.ratingOf(f).score())
                                .summaryStatistics();
                        return scores.getMax() - scores.getMin() <= spread;
                    })
                    .mapToInt(Criterion::defaultWeight)
                    .sum();
        }

        @Test
        void everyRatingIsDatedAndCitesASourceThatCanBeLookedUp() {
            assertThat(KB.criteria())
                    .allSatisfy(c -> assertThat(c.ratings().values()).allSatisfy(r -> {
                        assertThat(r.asOf()).isEqualTo("2026-11");
                        assertThat(KB.sources(r.sources()))
                                .allSatisfy(s -> assertThat(s.url() != null || SourcingRules.ARTICLES.contains(s.id()))
                                        .isTrue());
                    }));
        }
    }

    /** The verdicts of "Detailed Comparison Between Django & Flask" (002) and the others, one row each. */
    @Nested
    class TheSourcesVerdicts {

        static final String TIWARI = "tiwari-detailed-comparison";

        private static void favours(String criterion, String winner, String loser, String... sources) {
            assertThat(rating(criterion, winner).score())
                    .isGreaterThan(rating(criterion, loser).score());
            for (String framework : List.of(winner, loser)) {
                assertThat(rating(criterion, framework).sources()).contains(sources);
            }
        }

        @Test
        void performanceIsATieWithFlaskNegligiblyFaster() {
            double flask = rating("performance", "flask").score();
            double django = rating("performance", "django").score();
            assertThat(flask - django).isBetween(0.0, 0.5);
            assertThat(rating("performance", "django").sources()).contains(TIWARI);
        }

        @Test
        void theDatabaseGoesToDjango() {
            favours("orm", "django", "flask", TIWARI);
        }

        @Test
        void flexibilityGoesToFlask() {
            favours("flexibility", "flask", "django", TIWARI);
        }

        @Test
        void securityGoesToDjango() {
            favours("security", "django", "flask", TIWARI);
        }

        /** The deliberate exception: one self-contradicting opinion is not enough to rank hiring. */
        @Test
        void hiringGoesToFlaskInTheBlogButIsLevelledHereOnPurpose() {
            assertThat(rating("hiring", "flask").score())
                    .isEqualTo(rating("hiring", "django").score());
            assertThat(rating("hiring", "flask").sources()).contains(TIWARI);
            assertThat(rating("hiring", "flask").rationale()).contains("deliberately rates Flask level with Django");
        }

        @Test
        void communityGoesToDjango() {
            favours("ecosystem", "django", "flask", TIWARI);
        }

        @Test
        void theAdminGoesToDjangoIn000And001() {
            assertThat(rating("admin", "django").score())
                    .isGreaterThan(rating("admin", "flask").score());
            assertThat(rating("admin", "django").sources()).contains("gfg-differences", "student-django-vs-flask");
        }

        @Test
        void flaskIsEasierToLearnIn001And002() {
            favours("learning-curve", "flask", "django", "student-django-vs-flask", TIWARI);
        }
    }

    @Nested
    class Presets {

        static Stream<Arguments> winnersTheWeightsGiveOverTheDefaultCandidates() {
            return Stream.of(
                    Arguments.of("data-driven-site", "django"),
                    Arguments.of("mvp-deadline", "django"),
                    Arguments.of("prototype-beginners", "flask"),
                    // Issue 14's table has Flask for these two; the weights that fit their descriptions give
                    // Django (docs/knowledge-2026.11.2.md), and no preset is re-weighted only to change its winner.
                    Arguments.of("content-site", "django"),
                    Arguments.of("api-microservice", "django"));
        }

        @ParameterizedTest(name = "{0} goes to {1}")
        @MethodSource("winnersTheWeightsGiveOverTheDefaultCandidates")
        void goToTheFrameworkTheirWeightsFavour(String profile, String winner) {
            assertThat(KB.candidatesFor(KB.profile(profile).orElseThrow())).containsExactly("django", "flask");
            assertThat(evaluate(profile).winner()).isEqualTo(winner);
        }

        @Test
        void theAsyncApiPresetNamesAllThreeAndGoesToFastApi() {
            Profile async = KB.profile("async-api").orElseThrow();
            assertThat(KB.candidatesFor(async)).containsExactly("django", "flask", "fastapi");
            assertThat(evaluate("async-api").winner()).isEqualTo("fastapi");
        }

        @Test
        void giveAReasonForEveryVeryHighOrVeryLowWeight() {
            assertThat(KB.profiles())
                    .allSatisfy(p -> p.weights().forEach((criterion, weight) -> {
                        if (weight <= 1 || weight >= 4) {
                            assertThat(p.reasons()).as(p.id() + " " + criterion).containsKey(criterion);
                        }
                    }));
        }

        @Test
        void keepTheFiveProjectTypesAndAddTheAsyncApi() {
            assertThat(KB.profiles())
                    .extracting(Profile::id)
                    .containsExactly(
                            "content-site",
                            "data-driven-site",
                            "api-microservice",
                            "mvp-deadline",
                            "prototype-beginners",
                            "async-api");
        }

        @Test
        void withFastApiInTheRunningTheApiPresetsGoToIt() {
            for (String profile : List.of("api-microservice", "async-api")) {
                Map<String, Integer> weights = KB.profile(profile).orElseThrow().weights();
                Evaluation all =
                        new Scorer().evaluate(among(List.of("django", "flask", "fastapi")), new Weights(weights));
                assertThat(all.winner()).as(profile).isEqualTo("fastapi");
            }
        }
    }
}
