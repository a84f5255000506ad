package com.frameworkadvisor.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

@WebTest
class VersionedResourceUrlFilterTest {

    @Autowired
    Site site;

    @Autowired
    ApplicationContext context;

    @Test
    void pagesLinkTheVersionedAssetsAndEveryOtherLinkAsWritten() {
        for (String path :
                List.of("/", "/results?orm=5&admin=3&must=admin", "/compare", "/rooms/new", "/no-such-page")) {
            Document page = site.page(path).html();

            assertThat(page.selectFirst("link[rel=stylesheet]").attr("href"))
                    .as(path)
                    .matches("/css/app-[0-9a-f]{32}\\.css");
            assertThat(page.selectFirst("script[src]").attr("src")).as(path).matches("/js/app-[0-9a-f]{32}\\.js");
            assertThat(page.selectFirst("link[rel=icon]").attr("href")).as(path).matches("/favicon-[0-9a-f]{32}\\.svg");
            assertThat(page.selectFirst("a.brand").attr("href")).as(path).isEqualTo("/");
        }
        Document results = site.page("/results?orm=5&admin=3").html();
        assertThat(results.select("a[href^=\"/compare?v=2026.11.1#source-\"]"))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.attr("href")).matches("/compare\\?v=2026\\.11\\.1#source-[a-z0-9-]+"));
        assertThat(results.select("a[href^=/?]"))
                .extracting(a -> a.attr("href"))
                .contains("/?v=2026.11.1&orm=5&admin=3");
    }

    @Test
    void takesThePlaceOfSpringsFilter() {
        List<Object> filters = context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                .map(FilterRegistrationBean::getFilter)
                .filter(ResourceUrlEncodingFilter.class::isInstance)
                .map(Object.class::cast)
                .toList();

        assertThat(filters).singleElement().isInstanceOf(VersionedResourceUrlFilter.class);
    }

    @Test
    void rewritesOnlyLinksUnderTheVersionedPaths() {
        ResourceUrlProvider urls = context.getBean(ResourceUrlProvider.class);
        Supplier<ResourceUrlProvider> provider = () -> urls;
        VersionedResourceUrlFilter filter =
                new VersionedResourceUrlFilter(provider, List.of("/css/**", "/js/**"), true);

        assertThat(filter.rewrite("/css/app.css", "")).matches("/css/app-[0-9a-f]{32}\\.css");
        assertThat(filter.rewrite("/css/app.css?v=1#top", "")).matches("/css/app-[0-9a-f]{32}\\.css\\?v=1#top");
        assertThat(filter.rewrite("/ctx/js/app.js", "/ctx")).matches("/ctx/js/app-[0-9a-f]{32}\\.js");
        assertThat(filter.rewrite("/css/missing.css", "")).isEqualTo("/css/missing.css");
        assertThat(filter.rewrite("/favicon.svg", "")).isEqualTo("/favicon.svg");
        assertThat(filter.rewrite("/results?orm=5", "")).isEqualTo("/results?orm=5");
        assertThat(filter.rewrite("https://example.org/css/app.css", "")).isEqualTo("https://example.org/css/app.css");
        assertThat(filter.rewrite("#main", "")).isEqualTo("#main");
        assertThat(filter.rewrite("", "")).isEmpty();
    }
}
