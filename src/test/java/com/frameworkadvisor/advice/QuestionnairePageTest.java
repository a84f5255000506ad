package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WebTest
class QuestionnairePageTest {

    @Autowired
    Site site;

    @Autowired
    KnowledgeBases kbs;

    KnowledgeBase kb;

    @org.junit.jupiter.api.BeforeEach
    void currentKnowledgeBase() {
        kb = kbs.current();
    }

    private static String checked(Document page, String criterion) {
        Element radio = page.selectFirst("input[type=radio][name=" + criterion + "][checked]");
        return radio == null ? null : radio.val();
    }

    @Nested
    class AsANewUserSeesIt {

        /** The full questionnaire, which "Rate each criterion yourself" and "Fine-tune" open; / asks the project. */
        private final Document page = site.page("/fine-tune").html();

        @Test
        void asksOnePlainQuestionPerCriterionInAFieldsetWithSixLabelledAnswers() {
            for (Criterion criterion : kb.criteria()) {
                if (criterion.userRated()) {
                    // Asked once the team said which frameworks it knows (ProjectQuestionsPageTest).
                    assertThat(page.select("input[name=" + criterion.id() + "]"))
                            .isEmpty();
                    continue;
                }
                Element fieldset = page.selectFirst("fieldset:has(input[name=" + criterion.id() + "])");
                assertThat(fieldset).as(criterion.id()).isNotNull();
                assertThat(fieldset.selectFirst("legend").text()).isEqualTo(criterion.question());
                assertThat(fieldset.text()).contains(criterion.description());
                assertThat(fieldset.select("label:has(input[type=radio])"))
                        .extracting(Element::text)
                        .containsExactly(
                                "0 Doesn't matter",
                                "1 Minor",
                                "2 Nice to have",
                                "3 Important",
                                "4 Very important",
                                "5 Critical");
            }
        }

        @Test
        void groupsTheQuestionsUnderHeadings() {
            assertThat(page.select("form h2"))
                    .extracting(Element::text)
                    .containsExactly(
                            "What comes built in",
                            "APIs, async and real time",
                            "How your team will work",
                            "Architecture and growth",
                            "People, ecosystem and support");
        }

        @Test
        void offersFastApiAsACheckboxLeftUnticked() {
            assertThat(page.select("#questions fieldset.candidates label"))
                    .extracting(Element::text)
                    .containsExactly("Django", "Flask", "FastAPI");
            assertThat(page.select("#questions input[name=fw][checked]").eachAttr("value"))
                    .containsExactly("django", "flask");
        }

        @Test
        void startsFromTheDefaultWeights() {
            kb.criteria().stream()
                    .filter(c -> !c.userRated())
                    .forEach(c ->
                            assertThat(checked(page, c.id())).as(c.id()).isEqualTo(String.valueOf(c.defaultWeight())));
        }

        @Test
        void isAPlainGetFormToTheResults() {
            Element form = page.selectFirst("form#questions");
            assertThat(form.attr("method")).isEqualTo("get");
            assertThat(form.attr("action")).isEqualTo("/results");
            assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("Show my recommendation");
        }

        @Test
        void asksForTheResultWithTodaysKnowledgeBase() {
            assertThat(page.selectFirst("form#questions input[type=hidden][name=v]")
                            .val())
                    .isEqualTo(kbs.current().version());
        }

        @Test
        void offersEveryPresetAsALink() {
            assertThat(page.select(".presets a"))
                    .extracting(a -> a.attr("href"))
                    .containsExactly(
                            "/?profile=content-site#questions",
                            "/?profile=data-driven-site#questions",
                            "/?profile=api-microservice#questions",
                            "/?profile=mvp-deadline#questions",
                            "/?profile=prototype-beginners#questions",
                            "/?profile=async-api#questions");
        }
    }

    @Nested
    class PreFilled {

        @Test
        void byAPresetWithoutJavaScript() {
            Document page = site.page("/?profile=api-microservice").html();

            kb.profile("api-microservice")
                    .orElseThrow()
                    .weights()
                    .forEach((criterion, weight) ->
                            assertThat(checked(page, criterion)).as(criterion).isEqualTo(String.valueOf(weight)));
            assertThat(page.selectFirst(".notice").text()).contains("API or microservice with custom components");
            assertThat(page.selectFirst(".presets a[aria-current=true]").attr("href"))
                    .startsWith("/?profile=api-microservice");
        }

        @Test
        void byEarlierAnswersWhereUnansweredCriteriaAreZero() {
            Document page = site.page("/?orm=4&admin=5").html();

            assertThat(checked(page, "orm")).isEqualTo("4");
            assertThat(checked(page, "admin")).isEqualTo("5");
            assertThat(checked(page, "security")).isEqualTo("0");
        }

        @Test
        void skippingAnswersThatAreNotValid() {
            Document page = site.page("/?orm=9&admin=2").html();

            assertThat(checked(page, "orm")).isEqualTo("0");
            assertThat(checked(page, "admin")).isEqualTo("2");
        }

        @Test
        void anUnknownPresetIsAFriendlyNotFound() {
            Site.Reply reply = site.page("/?profile=space-station");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.html().selectFirst("main").text()).contains("There is no preset called 'space-station'.");
        }
    }
}
