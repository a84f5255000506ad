package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Project answers (issue 15, ADR 0015) through the running app: the link grammar of the one codec, the results page's
 * summary and reasons, the 400s that name the field, and the API's {@code project}, {@code weights} and
 * {@code weightReasons}.
 */
@WebTest
class ProjectAnswersTest {

    static final String PERSONA_3 = "/results?v=2026.11.3&project-kind=json-api&staff-editing=no&user-accounts=no"
            + "&team-python=experienced&team-knows=none&deadline=normal&scale=small&own-components=yes";

    @Autowired
    Site site;

    private Document page(String path) {
        Site.Reply reply = site.page(path);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.html();
    }

    private Element criterion(Document page, String id) {
        return page.getElementById("criterion-" + id);
    }

    @Nested
    class TheStartPage {

        @Test
        void asksTheProjectQuestionsWithProjectKindRequiredAndTheCandidates() {
            Document start = page("/");
            assertThat(start.select("form#project fieldset.project-question")).hasSize(8);
            assertThat(start.select("input[name=project-kind][required]")).hasSize(1);
            assertThat(start.select("input[type=checkbox][name=team-knows]")).hasSize(4);
            assertThat(start.select("form#project input[name=fw][checked]").eachAttr("value"))
                    .containsExactly("django", "flask");
            assertThat(start.select("form#project").attr("action")).isEqualTo("/results");
            assertThat(start.select(".presets a").eachAttr("href")).contains("/?profile=content-site#questions");
            assertThat(start.select("a[href^=/fine-tune]")).isNotEmpty();
        }

        @Test
        void isPreFilledWithTheValidAnswersAndDropsTheOthers() {
            Document start = page("/?v=2026.11.3&project-kind=blog&team-knows=flask&scale=small");
            assertThat(start.select("input[name=project-kind][checked]")).isEmpty();
            assertThat(start.select("input[name=team-knows][checked]").eachAttr("value"))
                    .containsExactly("flask");
            assertThat(start.select("input[name=scale][checked]").eachAttr("value"))
                    .containsExactly("small");
        }

        @Test
        void aPresetsLinkCarriesProfileAndItsWeightsSayTheyAreThePresets() {
            Document preset = page("/?profile=content-site");
            assertThat(preset.select("form#questions input[type=hidden][name=profile]")
                            .val())
                    .isEqualTo("content-site");
            Document result = page("/results?v=2026.11.3&profile=content-site&learning-curve=2");
            assertThat(result.getElementById("share-url").text())
                    .endsWith("/results?v=2026.11.3&profile=content-site&learning-curve=2");
            assertThat(criterion(result, "templating").select(".reason").text())
                    .isEqualTo("from the preset 'Simple content site or blog'");
            assertThat(criterion(result, "learning-curve").select(".reason").text())
                    .isEqualTo("set by you");
        }

        @Test
        void aPresetAndProjectAnswersDoNotMix() {
            Site.Reply reply = site.page("/results?v=2026.11.3&profile=content-site&project-kind=json-api");
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.html().select(".problems li").text()).contains("profile");
        }

        @Test
        void fineTuneIsTheFullQuestionnairePreFilledWithTheDerivedWeightsAndTheAnswersAsHiddenFields() {
            Document fineTune = page("/fine-tune?v=2026.11.3&project-kind=json-api&team-knows=flask");
            assertThat(fineTune.select("input[name=api-backend][checked]").val())
                    .isEqualTo("5");
            assertThat(fineTune.select("input[name=team-experience][checked]").val())
                    .isEqualTo("4");
            assertThat(fineTune.select("form#questions input[type=hidden][name=project-kind]")
                            .val())
                    .isEqualTo("json-api");
            assertThat(fineTune.select("form#questions input[type=hidden][name=team-knows]")
                            .val())
                    .isEqualTo("flask");
            assertThat(fineTune.select("form#questions input[type=hidden][name=must]")
                            .val())
                    .isEqualTo("none");
        }
    }

    @Nested
    class TheLink {

        @Test
        void isCanonicalWithTheQuestionsInOrderAndNoWeightEqualToItsDerivedValue() {
            Document page = page("/results?own-components=yes&scale=small&v=2026.11.3&team-knows=none"
                    + "&deadline=normal&team-python=experienced&user-accounts=no&staff-editing=no"
                    + "&project-kind=json-api&api-backend=5&flexibility=5");
            assertThat(page.getElementById("share-url").text()).endsWith(PERSONA_3);
        }

        @Test
        void keepsAnExplicitWeightThatDiffersIncluding0() {
            Document page = page(PERSONA_3 + "&api-docs=0");
            assertThat(page.getElementById("share-url").text()).endsWith(PERSONA_3 + "&api-docs=0");
            assertThat(criterion(page, "api-docs")).isNull();
            assertThat(page.select(".unweighted").text()).contains("Generated API documentation (set by you)");
        }

        @Test
        void takesTeamKnowsAsACommaListOrRepeatedAndWritesItInTheKnowledgeBasesOrder() {
            String repeated = page("/results?v=2026.11.3&project-kind=data-app&team-knows=flask&team-knows=django")
                    .getElementById("share-url")
                    .text();
            String listed = page("/results?v=2026.11.3&project-kind=data-app&team-knows=flask,django")
                    .getElementById("share-url")
                    .text();
            assertThat(repeated).isEqualTo(listed).endsWith("project-kind=data-app&team-knows=django,flask");
        }

        @Test
        void addsMustHavesToTheDerivedOnesAndMustNoneClearsThem() {
            String realtime = "/results?v=2026.11.3&project-kind=realtime";
            Document derived = page(realtime);
            assertThat(derived.select(".must-haves").text()).contains("Flask fails these must-haves: Async");
            assertThat(derived.getElementById("share-url").text()).endsWith(realtime);

            Document added = page(realtime + "&must=security,async-realtime");
            assertThat(added.getElementById("share-url").text()).endsWith(realtime + "&must=security");

            Document cleared = page(realtime + "&must=none");
            assertThat(cleared.select(".must-haves")).isEmpty();
            assertThat(cleared.getElementById("share-url").text()).endsWith(realtime + "&must=none");
        }

        @Test
        void withoutProjectAnswersMeansWhatItAlwaysMeant() {
            Document page = page("/results?v=2026.11.3&orm=5&admin=3");
            assertThat(page.getElementById("share-url").text()).endsWith("/results?v=2026.11.3&orm=5&admin=3");
            assertThat(page.select(".described")).isEmpty();
            assertThat(page.select(".reason")).isEmpty();
            assertThat(page.select("h1").text()).contains("Django");
        }
    }

    @Nested
    class TheResultsPage {

        private final Document page = page(PERSONA_3);

        @Test
        void givesThePersonasWinner() {
            assertThat(page.select("h1").text()).startsWith("Flask fits this project better");
        }

        @Test
        void summarisesTheAnswersAndSaysTheTeamKnowsNone() {
            assertThat(page.select(".described li")).hasSize(8);
            assertThat(page.select(".described").text())
                    .contains("What are you building? A JSON API for a mobile app, a front end or other services")
                    .contains("Your team knows none of these frameworks, so each scores 1 on Your team's experience.");
        }

        @Test
        void putsTheReasonBesideEachWeight() {
            assertThat(criterion(page, "api-backend").select(".reason").text())
                    .isEqualTo("from your answers: A JSON API for a mobile app, a front end or other services");
            assertThat(criterion(page, "flexibility").select(".reason").text())
                    .isEqualTo("from your answers: Experienced; Yes, we choose our own");
            assertThat(criterion(page, "learning-curve").select(".reason").text())
                    .isEqualTo("default");
        }

        @Test
        void keepsTheProjectAnswersInTheWhatIfForm() {
            assertThat(page.select("#what-if input[type=hidden][name=project-kind]")
                            .val())
                    .isEqualTo("json-api");
            assertThat(page.select("#what-if input[type=hidden][name=must]").val())
                    .isEqualTo("none");
        }

        @Test
        void fineTuningOneWeightKeepsEveryOtherReason() {
            Document tuned = page(PERSONA_3 + "&learning-curve=5");
            assertThat(criterion(tuned, "learning-curve").select(".reason").text())
                    .isEqualTo("set by you");
            assertThat(criterion(tuned, "api-backend").select(".reason").text()).startsWith("from your answers");
        }
    }

    @Nested
    class TheTeamsExperience {

        @Test
        void isRatedByYouWithTheFrameworksTheTeamKnowsAt5() {
            Document page = page("/results?v=2026.11.3&project-kind=data-app&team-knows=flask");
            Element row = criterion(page, "team-experience");
            assertThat(row.select(".rated-by-you").text()).isEqualTo("rated by you");
            assertThat(row.select(".reason").text()).isEqualTo("from your answers: Flask");
            assertThat(row.select("tbody tr:first-child").eachText())
                    .anySatisfy(text -> assertThat(text).startsWith("Flask 5"))
                    .anySatisfy(text -> assertThat(text).startsWith("Django 1"));
        }

        @Test
        void aMustHaveOnItThatRulesOutEveryoneIsSaidPlainly() {
            Document page = page("/results?v=2026.11.3&project-kind=data-app&team-knows=fastapi&must=team-experience");
            assertThat(page.select(".everyone-fails").text()).startsWith("Every framework in the running fails");
        }

        @Test
        void theDecisionRecordSaysWhatWasDescribedWhereEachWeightCameFromAndWhatTheUserRated() {
            Site.Reply record =
                    site.get("/results.md?v=2026.11.3&project-kind=data-app&team-knows=flask&orm=2", "text/markdown");
            assertThat(record.status()).isEqualTo(200);
            assertThat(record.body())
                    .contains("You described the project:")
                    .contains("* Which of these frameworks does your team already know? Flask")
                    .contains("Your team's experience (weight 4, from your answers: Flask), rated by you")
                    .contains("ORM and database access (weight 2, set by you)")
                    .contains("Testing support (weight 2, default)");
        }

        @Test
        void isMarkedRatedByYouOnCompare() {
            Document compare = page("/compare");
            assertThat(compare.getElementById("criterion-team-experience").text())
                    .contains("rated by you")
                    .contains("5 if your team knows it, else 1");
        }
    }

    @Nested
    class BadInput {

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                quoteCharacter = '`',
                value = {
                    "project-kind=json-api&team-knows=none,flask | team-knows | 'none' cannot be given together",
                    "project-kind=json-api,realtime | project-kind | takes one answer",
                    "project-kind=blog | project-kind | 'blog' is not an answer to this question",
                    "project-kind=json-api&team-experience=3 | team-experience | say which frameworks your team knows",
                    "team-experience=3&orm=2 | team-experience | say which frameworks your team knows",
                    "staff-editing=yes | project-kind | is required with the other project answers",
                })
        void isA400PageNamingTheParameter(String query, String field, String message) {
            Site.Reply reply = site.page("/results?v=2026.11.3&" + query);
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.html().select(".problems li").eachText())
                    .anySatisfy(text -> assertThat(text).startsWith(field).contains(message));
        }

        @Test
        void aQuestionInAVersionWithoutQuestionsIsA400() {
            Site.Reply reply = site.page("/results?v=2026.11.2&project-kind=json-api&orm=3");
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.html().select(".problems li").text())
                    .contains("project-kind")
                    .contains("is a project question of knowledge base 2026.11.3, not of 2026.11.2, which asks none");
        }
    }

    @Nested
    class TheApi {

        @Test
        void servesTheQuestionsOfAVersionAndNoneForAnOlderOne() {
            JsonNode questions = site.get("/api/questions", "application/json").json();
            assertThat(questions.valueStream().map(q -> q.get("id").asString()).toList())
                    .containsExactly(
                            "project-kind",
                            "staff-editing",
                            "user-accounts",
                            "team-python",
                            "team-knows",
                            "deadline",
                            "scale",
                            "own-components");
            assertThat(questions
                            .get(4)
                            .get("options")
                            .valueStream()
                            .map(o -> o.get("id").asString())
                            .toList())
                    .containsExactly("django", "flask", "fastapi", "none");
            assertThat(site.get("/api/questions?version=2026.11.2", "application/json")
                            .json()
                            .size())
                    .isZero();
        }

        @Test
        void anEmptyProjectDerivesTheDefaults() {
            JsonNode result =
                    site.postJson("/api/evaluations", "{\"project\": {}}").json();
            assertThat(result.get("knowledgeBaseVersion").asString()).isEqualTo("2026.11.3");
            assertThat(result.get("weights").get("orm").asInt()).isEqualTo(3);
            assertThat(result.get("weights").get("team-experience").asInt()).isZero();
            assertThat(result.get("weightReasons").get("orm").get(0).asString()).isEqualTo("default");
        }

        @Test
        void derivesWeightsFromTheAnswersAndTheWeightsOverride() {
            JsonNode result = site.postJson(
                            "/api/evaluations",
                            "{\"project\": {\"project-kind\": \"json-api\", \"team-knows\": [\"fastapi\"]},"
                                    + " \"weights\": {\"orm\": 0}, \"frameworks\": [\"django\", \"flask\", \"fastapi\"]}")
                    .json();
            assertThat(result.get("weights").get("api-backend").asInt()).isEqualTo(5);
            assertThat(result.get("weights").get("team-experience").asInt()).isEqualTo(4);
            assertThat(result.get("weights").get("orm").asInt()).isZero();
            assertThat(result.get("weightReasons").get("api-backend").get(0).asString())
                    .isEqualTo("project-kind");
            assertThat(result.get("weightReasons").get("team-experience").get(0).asString())
                    .isEqualTo("team-knows");
            assertThat(result.get("weightReasons").get("orm").get(0).asString()).isEqualTo("weights");
            assertThat(result.get("winner").asString()).isEqualTo("fastapi");
            assertThat(result.get("ranking").get(0).get("contributions").has("team-experience"))
                    .isTrue();
            assertThat(result.get("resultsUrl").asString())
                    .isEqualTo("/results?v=2026.11.3&project-kind=json-api&team-knows=fastapi&orm=0"
                            + "&fw=django,flask,fastapi");
        }

        @Test
        void thePersonaGetsTheSameMarginAsItsPage() {
            JsonNode result = site.postJson(
                            "/api/evaluations",
                            "{\"project\": {\"project-kind\": \"json-api\", \"staff-editing\": \"no\","
                                    + " \"user-accounts\": \"no\", \"team-python\": \"experienced\","
                                    + " \"team-knows\": [\"none\"], \"deadline\": \"normal\", \"scale\": \"small\","
                                    + " \"own-components\": \"yes\"}}")
                    .json();
            assertThat(result.get("winner").asString()).isEqualTo("flask");
            assertThat(result.get("margin").asDouble()).isGreaterThanOrEqualTo(3.0);
            assertThat(result.get("resultsUrl").asString()).isEqualTo(PERSONA_3);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                quoteCharacter = '`',
                value = {
                    "{\"project\": {\"kind\": \"json-api\"}} | project.kind | 'kind' is not a known question",
                    "{\"project\": {\"project-kind\": \"blog\"}} | project.project-kind | 'blog' is not an answer",
                    "{\"project\": {\"project-kind\": [\"json-api\", \"realtime\"]}} | project.project-kind | takes one answer",
                    "{\"project\": {\"team-knows\": [\"none\", \"flask\"]}} | project.team-knows | 'none' cannot be given together",
                    "{\"project\": {\"project-kind\": \"json-api\"}, \"weights\": {\"team-experience\": 2}} | weights.team-experience | say which frameworks your team knows",
                    "{\"weights\": {\"team-experience\": 2, \"orm\": 1}} | weights.team-experience | say which frameworks your team knows",
                    "{\"project\": {\"project-kind\": 3}} | project.project-kind | must be an answer id",
                    "{\"knowledgeBaseVersion\": \"2026.11.2\", \"project\": {\"project-kind\": \"json-api\"}} | project.project-kind | asks no project questions",
                })
        void badAnswersAreA400ProblemNamingTheField(String body, String field, String message) {
            Site.Reply reply = site.postJson("/api/evaluations", body);
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            List<JsonNode> errors = reply.json().get("errors").valueStream().toList();
            assertThat(errors).anySatisfy(error -> {
                assertThat(error.get("field").asString()).isEqualTo(field);
                assertThat(error.get("message").asString()).contains(message);
            });
        }

        @Test
        void aPersonaScoreIsTheSameThroughTheApiAsThroughTheRule() {
            JsonNode result = site.postJson(
                            "/api/evaluations",
                            "{\"project\": {\"project-kind\": \"content-site\", \"staff-editing\": \"no\","
                                    + " \"user-accounts\": \"no\", \"team-python\": \"new\", \"team-knows\": \"none\","
                                    + " \"deadline\": \"normal\", \"scale\": \"small\", \"own-components\": \"no\"}}")
                    .json();
            assertThat(result.get("winner").asString()).isEqualTo("flask");
            assertThat(result.get("margin").asDouble()).isCloseTo(3.46, within(0.01));
        }
    }
}
