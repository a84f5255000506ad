package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.PublishedVersion;
import com.frameworkadvisor.scoring.Weights;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/** The fragments rendered ahead are, byte for byte, what the results page rendered inline before ADR 0017. */
@WebTest
class AheadFragmentsTest {

    private static final Pattern MARKER = Pattern.compile("@@([^@]+)@@");

    @Autowired
    AheadFragments ahead;

    @Autowired
    KnowledgeBases kbs;

    @Autowired
    @Qualifier("thymeleafViewResolver")
    ViewResolver templates;

    @Autowired
    Site site;

    static List<String> versions() {
        return List.of("2026.11.1", "2026.11.2", "2026.11.3");
    }

    @Test
    void coverEveryPublishedVersion() {
        assertThat(kbs.versions()).extracting(PublishedVersion::version).containsAll(versions());
    }

    @Nested
    class AreWhatTheTemplatesRenderInline {

        @ParameterizedTest
        @MethodSource("com.frameworkadvisor.advice.AheadFragmentsTest#versions")
        void everyRatingsRationaleRow(String version) throws Exception {
            KnowledgeBase kb = kbs.find(version).orElseThrow();
            AheadFragments.Fragments fragments = fragments(kb);
            Map<String, String> inline = inline(kb);

            int ratings = kb.criteria().size() * kb.frameworks().size();
            assertThat(fragments.rationales()).hasSize(ratings);
            kb.criteria()
                    .forEach(criterion -> kb.frameworks().forEach(framework -> {
                        String key = criterion.id() + "/" + framework.id();
                        assertThat(fragments.rationale(criterion.id(), framework.id()))
                                .as(key)
                                .isEqualTo(inline.get(key))
                                .contains("class=\"rationale\"");
                    }));
        }

        @ParameterizedTest
        @MethodSource("com.frameworkadvisor.advice.AheadFragmentsTest#versions")
        void theWeightOptionsForEverySelectedWeight(String version) throws Exception {
            KnowledgeBase kb = kbs.find(version).orElseThrow();
            AheadFragments.Fragments fragments = fragments(kb);
            Map<String, String> inline = inline(kb);

            for (int selected : Weights.SCALE) {
                assertThat(fragments.weightOptions(selected))
                        .isEqualTo(inline.get(Integer.toString(selected)))
                        .contains("<option value=\"" + selected + "\" selected=\"selected\">");
            }
        }
    }

    @Nested
    class OnAResultsPage {

        @Test
        void eachWeightedCriterionHasItsRatingsRationaleRowsAsRenderedAhead() {
            KnowledgeBase kb = kbs.current();
            AheadFragments.Fragments fragments = fragments(kb);
            String page = site.page("/results?v=" + kb.version() + "&orm=5&admin=3&fw=django,flask,fastapi")
                    .body();

            for (String criterion : List.of("orm", "admin")) {
                for (String framework : List.of("django", "flask", "fastapi")) {
                    assertThat(page).contains(fragments.rationale(criterion, framework));
                }
            }
            assertThat(page).contains(fragments.weightOptions(5)).contains(fragments.weightOptions(3));
        }

        @Test
        void theTeamsExperienceIsExplainedForTheTeamsOwnAnswer() {
            String link = "/results?v=2026.11.3&project-kind=json-api&fw=django,flask,fastapi&team-knows=";

            String knowsDjango = site.page(link + "django").body();
            String knowsFastApi = site.page(link + "fastapi").body();

            assertThat(knowsDjango)
                    .contains("Rated by you: your team knows Django.")
                    .contains("Rated by you: your team does not know FastAPI.");
            assertThat(knowsFastApi)
                    .contains("Rated by you: your team knows FastAPI.")
                    .contains("Rated by you: your team does not know Django.")
                    .doesNotContain("your team knows Django.");
        }
    }

    @Test
    void costAboutSixtyKilobytesAVersion() {
        for (String version : versions()) {
            long characters = fragments(kbs.find(version).orElseThrow()).characters();
            System.out.printf("rendered ahead for %s: %,d characters%n", version, characters);
            assertThat(characters).isBetween(1_000L, 100_000L);
        }
    }

    private AheadFragments.Fragments fragments(KnowledgeBase kb) {
        return ahead.of(kb, Locale.ENGLISH, new MockHttpServletRequest(), new MockHttpServletResponse());
    }

    /** The test template renders every fragment inline, each after a marker naming it. */
    private Map<String, String> inline(KnowledgeBase kb) throws Exception {
        View view = templates.resolveViewName("test/inline-fragments", Locale.ENGLISH);
        MockHttpServletResponse response = new MockHttpServletResponse();
        view.render(Map.of("kb", kb, "scale", Weights.SCALE), new MockHttpServletRequest(), response);
        String text = response.getContentAsString();
        Map<String, String> pieces = new LinkedHashMap<>();
        Matcher marker = MARKER.matcher(text);
        String key = null;
        int start = 0;
        while (marker.find()) {
            if (key != null) {
                pieces.put(key, text.substring(start, marker.start()));
            }
            key = marker.group(1);
            start = marker.end();
        }
        pieces.put(key, text.substring(start));
        return pieces;
    }
}
