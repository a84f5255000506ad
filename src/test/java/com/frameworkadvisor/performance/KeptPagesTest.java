package com.frameworkadvisor.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.info.BuildProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** The store of rendered pages, bounded by size. */
class KeptPagesTest {

    private static final String ROOM = "http://localhost:80/rooms/r1";

    private final KeptPages store = new KeptPages(
            new PageCacheProperties(DataSize.ofKilobytes(256)),
            new StaticListableBeanFactory().getBeanProvider(BuildProperties.class));

    @Nested
    class PagesOfRevisions {

        @Test
        void aNewRevisionIsKeptEvenWhenTheStoreIsFullOfPagesAskedForManyTimes() {
            fillWithPopularResultsPages();

            for (int revision = 1; revision <= 200; revision++) {
                RenderedPages.Page page = revision(revision);
                keep(page, "/rooms/{id}", 20_000);

                assertThat(store.find(page)).as("revision %d", revision).isNotNull();
                // The meeting's viewers ask for it many times, as the earlier revisions were.
                for (int viewer = 0; viewer < 50; viewer++) {
                    store.find(page);
                }
            }
        }

        @Test
        void replaceTheirEarlierRevision() {
            keep(revision(1), "/rooms/{id}", 1_000);
            keep(revision(2), "/rooms/{id}", 1_000);

            assertThat(store.find(revision(1))).isNull();
            assertThat(store.find(revision(2))).isNotNull();
        }

        @Test
        void areNeverKeptAtTheirAddressWhichDoesNotSayTheRevision() {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/rooms/r1");
            RenderedPages.Page page = revision(1);
            KeptPages.Address address = store.address(request, Locale.ENGLISH, page.knowledgeBaseVersion());

            store.keep(page, address, new KeptPages.KeptPage(new byte[10], page.etag(), "/rooms/r1"), request);

            assertThat(store.find(address)).isNull();
            assertThat(store.anyAt("/rooms/r1")).isFalse();
        }
    }

    private RenderedPages.Page revision(int revision) {
        return new RenderedPages.Page(
                ROOM, "revision=" + revision + "&current=2026.11.3", Locale.ENGLISH, "2026.11.3", store.build(), true);
    }

    /** Results pages asked for again and again, as shared links are, filling the store. */
    private void fillWithPopularResultsPages() {
        for (int i = 0; i < 40; i++) {
            RenderedPages.Page page = new RenderedPages.Page(
                    "http://localhost:80/results", "orm=" + i, Locale.ENGLISH, "2026.11.3", store.build());
            keep(page, "/results", 8_000);
            keep(page, "/results", 8_000);
            for (int asked = 0; asked < 100; asked++) {
                store.find(page);
            }
        }
    }

    private void keep(RenderedPages.Page page, String route, int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/elsewhere");
        store.keep(
                page,
                store.address(request, page.locale(), page.knowledgeBaseVersion()),
                new KeptPages.KeptPage(body, page.etag(), route),
                request);
    }
}
