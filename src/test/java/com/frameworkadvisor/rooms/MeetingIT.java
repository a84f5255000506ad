package com.frameworkadvisor.rooms;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.frameworkadvisor.browser.BrowserSession;
import com.frameworkadvisor.browser.BrowserTest;
import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.Site;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The meeting in a real browser: a facilitator's removal takes a second step, and a page whose live stream the server
 * dropped and then refused comes back by itself. In the rooms package, so that a test can end the application's live
 * streams as a restart would.
 */
@BrowserTest
class MeetingIT {

    static final Map<String, Integer> DJANGO_FAN = Map.of("admin", 5, "orm", 5);
    static final Pattern EVENTS = Pattern.compile(".*/rooms/[^/]+/events.*");
    static final String ERROR_RED = "rgb(164, 22, 26)";

    @Autowired
    RoomLiveUpdates live;

    /** The room API of the application the browser is looking at. */
    static RoomClient api(BrowserSession browser) {
        return RoomClient.on(Site.at(browser.baseUrl()));
    }

    /** The facilitator's browser: the private link keeps the key in a cookie and shows the room. */
    static Page facilitate(Page page, OpenedRoom room) {
        page.navigate("/rooms/" + room.id() + "/facilitate?key=" + room.facilitatorKey());
        assertThat(page.locator("#facilitation")).isVisible();
        return page;
    }

    @Nested
    class RemovingABallot {

        @Test
        void takesAConfirmationStepStyledAsDestructiveWithJavaScript(BrowserSession browser) {
            removesAfterConfirming(browser, browser.page());
        }

        @Test
        void takesTheSameConfirmationStepWithoutJavaScript(BrowserSession browser) {
            removesAfterConfirming(
                    browser, browser.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false)));
        }

        private void removesAfterConfirming(BrowserSession browser, Page page) {
            RoomClient rooms = api(browser);
            OpenedRoom room = rooms.openRoom("Removals");
            rooms.vote(room, "Ada", DJANGO_FAN);
            rooms.vote(room, "Grace", DJANGO_FAN);
            facilitate(page, room);

            var remove = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remove Ada's answers"));
            assertThat(remove).hasCSS("color", ERROR_RED);
            assertThat(remove).not().hasCSS("background-color", "rgb(29, 78, 216)");
            remove.click();

            assertThat(page.locator("h1")).hasText("Remove Ada's answers?");
            assertThat(page.getByText("This cannot be undone", new Page.GetByTextOptions()))
                    .isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("No, keep them"))
                    .click();
            assertThat(page.locator("#answered .member-name")).hasText(new String[] {"Ada", "Grace"});

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remove Ada's answers"))
                    .click();
            var confirm =
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, remove Ada's answers"));
            assertThat(confirm).hasCSS("background-color", ERROR_RED);
            confirm.click();

            assertThat(page.locator("#answered .member-name")).hasText(new String[] {"Grace"});
        }
    }

    @Nested
    class LiveUpdates {

        @Test
        void aPageWhoseStreamWasDroppedAndRefusedSaysSoThenReconnectsByItselfAndCatchesUp(BrowserSession browser) {
            RoomClient rooms = api(browser);
            OpenedRoom room = rooms.openRoom("Outage");
            Page viewer = browser.page();
            viewer.navigate("/rooms/" + room.id());
            viewer.evaluate("() => window.notReloaded = true");
            rooms.vote(room, "Ada", DJANGO_FAN);
            assertThat(viewer.locator("#answered")).containsText("Ada");

            // The server restarts: its streams end, and reconnecting is refused until it is back.
            viewer.route(
                    EVENTS,
                    route -> route.fulfill(new Route.FulfillOptions()
                            .setStatus(503)
                            .setContentType("application/problem+json")
                            .setBody("{\"status\": 503}")));
            live.closeAll();
            assertThat(viewer.locator("#live-lost")).isVisible();
            assertThat(viewer.locator("#live-lost")).containsText("Live updates have stopped");

            viewer.unroute(EVENTS);
            rooms.vote(room, "Grace", DJANGO_FAN);

            assertThat(viewer.locator("#answered")).containsText("Grace");
            assertThat(viewer.locator("#live-lost")).isHidden();
            org.assertj.core.api.Assertions.assertThat(viewer.evaluate("() => window.notReloaded === true"))
                    .as("updated in place, not reloaded")
                    .isEqualTo(true);
        }
    }

    @Nested
    class TheProjectorView {

        /** A revealed room, still open, with four members who disagree on several criteria. */
        OpenedRoom revealedRoom(RoomClient rooms) {
            OpenedRoom room = rooms.openRoom("Web framework for the sock shop");
            rooms.vote(room, "Ada", Map.of("admin", 5, "orm", 5, "security", 4));
            rooms.vote(room, "Grace", Map.of("flexibility", 5, "learning-curve", 5, "orm", 1));
            rooms.vote(room, "Linus", Map.of("admin", 4, "orm", 4, "performance", 5));
            rooms.vote(room, "Margaret", Map.of("admin", 0, "orm", 5, "api-docs", 3));
            rooms.reveal(room);
            return room;
        }

        @Test
        void fitsA1920By1080ScreenWithTheVerdictAtLeast48PixelsHighAndUpdatesLive(BrowserSession browser) {
            RoomClient rooms = api(browser);
            OpenedRoom room = revealedRoom(rooms);
            Page screen = browser.newPage(new Browser.NewContextOptions().setViewportSize(1920, 1080));
            screen.navigate("/rooms/" + room.id() + "/present");
            assertThat(screen.locator(".headline")).hasText(Pattern.compile("^The group (leans to|is split)"));
            screen.screenshot(new Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target", "screenshots", "projector-1920x1080.png")));

            double headline = ((Number) screen.evaluate(
                            "() => parseFloat(getComputedStyle(document.querySelector('.headline')).fontSize)"))
                    .doubleValue();
            double headlineBox = ((Number)
                            screen.evaluate("() => document.querySelector('.headline').getBoundingClientRect().height"))
                    .doubleValue();
            double contentBottom = ((Number)
                            screen.evaluate("() => document.getElementById('live').getBoundingClientRect().bottom"))
                    .doubleValue();
            double contentWidth =
                    ((Number) screen.evaluate("() => document.documentElement.scrollWidth")).doubleValue();

            org.assertj.core.api.Assertions.assertThat(headline)
                    .as("headline font size")
                    .isGreaterThanOrEqualTo(48);
            org.assertj.core.api.Assertions.assertThat(headlineBox)
                    .as("headline height")
                    .isGreaterThanOrEqualTo(48);
            org.assertj.core.api.Assertions.assertThat(contentBottom)
                    .as("the bottom of the main content, within the screen")
                    .isLessThanOrEqualTo(1080);
            org.assertj.core.api.Assertions.assertThat(contentWidth).isLessThanOrEqualTo(1920);
            assertThat(screen.locator(".group-ranking li")).hasCount(2);
            assertThat(screen.locator(".points li")).hasCount(3);
            assertThat(screen.locator("#join svg.qr")).isVisible();

            rooms.vote(room, "Ken", Map.of("flexibility", 5));
            assertThat(screen.locator(".present-count")).containsText("5 answered");
        }

        @Test
        void theRevealedRoomAndTheProjectorViewNeedNoSidewaysScrollOnAPhone(BrowserSession browser) {
            OpenedRoom room = revealedRoom(api(browser));
            Page phone = browser.newPage(new Browser.NewContextOptions().setViewportSize(375, 812));

            for (String path : new String[] {"/rooms/" + room.id(), "/rooms/" + room.id() + "/present"}) {
                phone.navigate(path);
                Object wider = phone.evaluate("() => [...document.querySelectorAll('main *')]"
                        + ".filter(e => e.getBoundingClientRect().right > 376)"
                        + ".map(e => e.tagName + '.' + e.className).slice(0, 5).join(', ')");
                org.assertj.core.api.Assertions.assertThat(
                                ((Number) phone.evaluate("() => document.documentElement.scrollWidth")).intValue())
                        .as("%s, wider than the screen: %s", path, wider)
                        .isLessThanOrEqualTo(375);
            }
        }
    }
}
