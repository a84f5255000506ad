package com.frameworkadvisor.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.info.BuildProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The store of kept pages is bounded, so it may drop a page between the moment a controller finds it and the moment
 * the page is written. A controller that found a page builds no model, so the page must be answered from the bytes it
 * found, never rendered from the template without its model.
 */
class KeptPageViewTest {

    private static final byte[] BODY = "<!DOCTYPE html><title>Kept</title>".getBytes(StandardCharsets.UTF_8);

    private final DroppingStore store = new DroppingStore();
    private final ViewResolver templates = (name, locale) -> {
        throw new AssertionError("the template " + name + " was rendered without its model");
    };
    private final RenderedPages pages = new RenderedPages(store, templates);
    private final RenderedPages.Page page =
            new RenderedPages.Page("http://localhost:80/results", "orm=5", Locale.ENGLISH, "2026.11.3", store.build());

    @Nested
    class AKeptPage {

        @Test
        void isFoundAsAViewThatWritesItsBytes() throws Exception {
            keep();

            MockHttpServletResponse response = render(pages.kept(page));

            assertThat(response.getContentAsByteArray()).isEqualTo(BODY);
            assertThat(response.getContentType()).isEqualTo(RenderedPages.HTML);
        }

        @Test
        void isStillAnsweredWholeWhenTheStoreDropsItAfterItWasFound() throws Exception {
            keep();
            Optional<View> found = pages.kept(page);

            store.dropped = true;
            MockHttpServletResponse response = render(found);

            assertThat(response.getContentAsByteArray()).isEqualTo(BODY);
        }
    }

    @Test
    void aPageNeverKeptIsNotFound() {
        assertThat(pages.kept(page)).isEmpty();
    }

    @Test
    void aPageRenderedOnceIsNotKeptYetSinceMostAreNeverAskedForAgain() {
        keepOnce();

        assertThat(pages.kept(page)).isEmpty();
    }

    /** Renders the page twice, as a page is kept once it is asked for again. */
    private void keep() {
        keepOnce();
        keepOnce();
    }

    private void keepOnce() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/results");
        store.keep(
                page,
                store.address(request, page.locale(), page.knowledgeBaseVersion()),
                new KeptPages.KeptPage(BODY, page.etag(), "/results"),
                request);
    }

    private static MockHttpServletResponse render(Optional<View> view) throws Exception {
        assertThat(view).isPresent();
        MockHttpServletResponse response = new MockHttpServletResponse();
        view.get().render(Map.of(), new MockHttpServletRequest("GET", "/results"), response);
        return response;
    }

    /** A store that can be told to have dropped everything, as a bounded cache may at any moment. */
    private static final class DroppingStore extends KeptPages {

        boolean dropped;

        DroppingStore() {
            super(
                    new PageCacheProperties(DataSize.ofMegabytes(1)),
                    new StaticListableBeanFactory().getBeanProvider(BuildProperties.class));
        }

        @Override
        KeptPage find(RenderedPages.Page inputs) {
            return dropped ? null : super.find(inputs);
        }

        @Override
        KeptPage find(Address address) {
            return dropped ? null : super.find(address);
        }
    }
}
