package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.knowledge.Criterion;
import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.Source;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WebTest
class ComparePageTest {

    @Autowired
    Site site;

    @Autowired
    KnowledgeBases kbs;

    KnowledgeBase kb;

    @org.junit.jupiter.api.BeforeEach
    void currentKnowledgeBase() {
        kb = kbs.current();
    }

    @Test
    void showsEveryCriterionWithEachFrameworksRatingAndRationale() {
        Document page = site.page("/compare").html();

        for (Criterion criterion : kb.criteria()) {
            Element article = page.getElementById("criterion-" + criterion.id());
            assertThat(article).as(criterion.id()).isNotNull();
            assertThat(article.selectFirst("h3").text()).isEqualTo(criterion.name());
            criterion
                    .ratings()
                    .forEach((framework, rating) -> assertThat(article.text()).contains(rating.rationale()));
        }
    }

    @Test
    void listsEverySourceByTitleAndLinksCitationsToIt() {
        Document page = site.page("/compare").html();

        for (Source source : kb.sources()) {
            assertThat(page.getElementById("source-" + source.id())
                            .selectFirst("cite")
                            .text())
                    .isEqualTo(source.title());
        }
        // Citations name the version shown, so an older comparison keeps its own sources.
        assertThat(page.select(".sources a"))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.attr("href")).startsWith("/compare?v=" + kb.version() + "#source-"));
        page.select(".sources a")
                .forEach(a -> assertThat(page.getElementById(
                                a.attr("href").substring(a.attr("href").indexOf('#') + 1)))
                        .as(a.attr("href"))
                        .isNotNull());
    }

    @Test
    void describesTheFrameworks() {
        Document page = site.page("/compare").html();

        assertThat(page.selectFirst("#framework-django").text()).contains("First released 2005, BSD-3-Clause licence.");
        assertThat(page.selectFirst("#framework-flask").text()).contains("First released 2010");
    }
}
