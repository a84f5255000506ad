package com.frameworkadvisor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** axe-core finds no WCAG 2.2 A or AA violation on any page, on a laptop or a phone. */
@BrowserTest
class AccessibilityIT {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    static void hasNoViolations(Page page, String path) {
        page.navigate(path);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();

        assertThat(results.getViolations())
                .as("%s:%n%s", path, describe(results.getViolations()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/fine-tune",
                "/?profile=mvp-deadline",
                "/results?v=2026.11.3&project-kind=json-api&team-knows=flask&scale=small",
                "/results?v=2026.11.3&profile=content-site&learning-curve=2",
                "/results?orm=5&admin=3&flexibility=2",
                "/results?orm=5&flexibility=4",
                "/compare",
                "/knowledge/changes",
                "/results?orm=9",
                "/no-such-page"
            })
    void pagesMeetWcag22AaOnALaptop(String path, Page page) {
        hasNoViolations(page, path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/results?orm=5&admin=3",
                "/results?v=2026.11.3&project-kind=data-app&team-knows=none",
                "/knowledge/changes"
            })
    void pagesMeetWcag22AaOnAPhone(String path, BrowserSession browser) {
        hasNoViolations(browser.newPage(new Browser.NewContextOptions().setViewportSize(375, 812)), path);
    }

    /** A revealed room with two members, opened in this page's browser context, so it is the facilitator's. */
    private static String revealedRoom(Page page) {
        // The posts below go through the page's own cookies, with the CSRF token its forms carry.
        page.navigate("/rooms/new");
        String token = page.locator("input[name=_csrf]").getAttribute("value");
        String room = roomOpenedBy(
                submit(page, token, "/rooms", "title", "Accessible room", "context", "Checked by axe-core."));
        submit(page, token, room + "/join", "name", "Ada", "orm", "5", "admin", "4");
        submit(page, token, room + "/join", "name", "Grace", "flexibility", "5", "orm", "1");
        submit(page, token, room + "/reveal");
        return room;
    }

    /** Posts a form as one of the page's own forms would, with the given fields as name, value pairs. */
    private static APIResponse submit(Page page, String token, String path, String... fields) {
        FormData form = FormData.create().set("_csrf", token);
        for (int i = 0; i < fields.length; i += 2) {
            form.set(fields[i], fields[i + 1]);
        }
        return page.request()
                .post(path, RequestOptions.create().setMaxRedirects(0).setForm(form));
    }

    /** The path of the room a post to /rooms opened, from where it redirects. */
    private static String roomOpenedBy(APIResponse created) {
        return URI.create(created.headers().get("location")).getPath();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/present", "/join", "?created"})
    void roomPagesMeetWcag22Aa(String suffix, Page page) {
        hasNoViolations(page, revealedRoom(page) + suffix);
    }

    @Test
    void theRemovalConfirmationMeetsWcag22Aa(Page page) {
        page.navigate(revealedRoom(page));
        hasNoViolations(page, page.locator("#answered a.remove").first().getAttribute("href"));
    }

    @Test
    void theRoomFormAndAnOpenRoomMeetWcag22AaOnAPhone(BrowserSession browser) {
        Page phone = browser.newPage(new Browser.NewContextOptions().setViewportSize(375, 812));
        hasNoViolations(phone, "/rooms/new");
        String token = phone.locator("input[name=_csrf]").getAttribute("value");
        hasNoViolations(phone, roomOpenedBy(submit(phone, token, "/rooms", "title", "On a phone")));
    }
}
