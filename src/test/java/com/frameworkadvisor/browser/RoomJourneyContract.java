package com.frameworkadvisor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A decision meeting in real browsers: a facilitator and three members, each in their own browser context. Run once
 * per database by the subclasses.
 *
 * <p>A new room takes today's knowledge base, 2026.11.2, whose presets score (Django / Flask): data-driven site
 * 88.8 / 65.6, prototype for beginners 77.4 / 78.7. So Ada (data-driven), Grace and Linus (prototype) give the group
 * Django (81.2 / 74.3); once Ada switches to the prototype preset too the group leans to Flask (77.4 / 78.7).
 */
abstract class RoomJourneyContract {

    private static Page openRoom(BrowserSession browser) {
        Page facilitator = browser.page();
        facilitator.navigate("/");
        facilitator
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decide as a team"))
                .click();
        facilitator.getByLabel("What are you deciding?").fill("Web framework for the sock shop");
        facilitator.getByLabel("Context (optional)").fill("Five developers, launch in spring.");
        facilitator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the room"))
                .click();
        assertThat(facilitator.locator("h1")).hasText("Web framework for the sock shop");
        assertThat(facilitator.locator("#facilitator-link")).containsText("Your private facilitator link");
        return facilitator;
    }

    private static String joinUrl(Page facilitator) {
        return facilitator.locator(".join-link a").getAttribute("href");
    }

    private static Page join(BrowserSession browser, String joinUrl, String name, String preset) {
        Page member = browser.newPage();
        member.navigate(joinUrl);
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^" + preset)))
                .click();
        member.getByLabel("Your name").fill(name);
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers"))
                .click();
        assertThat(member.locator("#your-ballot")).containsText("You answered as " + name + ".");
        return member;
    }

    @Test
    void aTeamAnswersPrivatelyRevealsDecidesAndLeavesWithTheRecord(BrowserSession browser) throws IOException {
        Page facilitator = openRoom(browser);
        String joinUrl = joinUrl(facilitator);
        facilitator.evaluate("() => window.notReloaded = true");

        Page ada = join(browser, joinUrl, "Ada", "Complex data-driven");
        assertThat(facilitator.locator("#answered")).containsText("Ada");
        join(browser, joinUrl, "Grace", "Prototype");
        Page linus = join(browser, joinUrl, "Linus", "Prototype");

        // The names arrived on the facilitator's page without a reload; the answers stay hidden.
        assertThat(facilitator.locator("#answered-heading")).hasText("Who has answered (3)");
        assertThat(facilitator.locator("#answered")).containsText("Grace");
        assertThat(facilitator.locator("#results")).hasCount(0);
        assertThat(linus.locator("#results")).hasCount(0);

        facilitator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the answers"))
                .click();
        assertThat(facilitator.locator(".group-verdict")).hasText("The group leans to Django.");
        assertThat(facilitator.locator(".ranking-table tbody tr").first()).containsText("Django");
        // Members see the reveal live too.
        assertThat(linus.locator(".group-verdict")).hasText("The group leans to Django.");

        facilitator.evaluate("() => window.notReloaded = true");
        ada.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change your answers"))
                .click();
        ada.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Prototype")))
                .click();
        assertThat(ada.getByLabel("Your name")).hasValue("Ada");
        ada.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my changes"))
                .click();

        assertThat(facilitator.locator(".group-verdict")).hasText("The group leans to Flask.");
        org.assertj.core.api.Assertions.assertThat(facilitator.evaluate("() => window.notReloaded === true"))
                .isEqualTo(true);

        facilitator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close answering"))
                .click();
        assertThat(facilitator.locator(".room-status")).containsText("Answering is closed.");
        facilitator.getByLabel("Flask").check();
        facilitator.getByLabel("Notes").fill("Small team; the API matters most.");
        facilitator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the decision"))
                .click();
        assertThat(facilitator.locator("#decision")).containsText("Decided: Flask.");
        assertThat(linus.locator("#decision")).containsText("Decided: Flask.");

        Download download = facilitator.waitForDownload(() -> facilitator
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decision record (Markdown)"))
                .click());
        String record = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(record)
                .contains("Web framework for the sock shop")
                .contains("Ada, Grace, Linus")
                .contains("Flask")
                .contains("Small team; the API matters most.");
    }

    @Test
    void aMemberWithoutJavaScriptAnswersAndSeesTheRoomByRefreshing(BrowserSession browser) {
        Page facilitator = openRoom(browser);
        Page member = browser.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        member.navigate(joinUrl(facilitator));
        member.getByLabel("Your name").fill("Margaret");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers"))
                .click();
        assertThat(member.locator("#your-ballot")).containsText("You answered as Margaret.");

        facilitator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal the answers"))
                .click();
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refresh to see the latest answers"))
                .click();

        assertThat(member.locator(".group-verdict")).hasText("The group leans to Django.");
    }

    /**
     * Issue 15: a member describes their project on the ballot form without JavaScript (the team-knows question is the
     * room's), and finds their answers again when they come back to change them.
     */
    @Test
    void aMemberWithoutJavaScriptDescribesTheirProjectAndFindsTheAnswersWhenComingBack(BrowserSession browser) {
        Page facilitator = openRoom(browser);
        Page member = browser.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        member.navigate(joinUrl(facilitator));
        assertThat(member.locator("#q-team-knows")).hasCount(0);
        assertThat(member.locator("details#fine-tune")).not().hasAttribute("open", "");

        member.getByLabel("Your name").fill("Katherine");
        member.locator("#project-kind-json-api").check();
        member.locator("#team-python-experienced").check();
        member.locator("#scale-growing").check();
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers"))
                .click();
        assertThat(member.locator("#your-ballot")).containsText("You answered as Katherine.");

        member.navigate(joinUrl(facilitator));
        assertThat(member.locator("#project-kind-json-api")).isChecked();
        assertThat(member.locator("#team-python-experienced")).isChecked();
        assertThat(member.locator("#scale-growing")).isChecked();
        assertThat(member.locator(".weight-reason").first())
                .containsText(Pattern.compile("Set by your answers|Default"));
    }

    /**
     * A distributed team over several days, without names: the room closes in two days and expects three members;
     * each answers with a reason in their own browser, and the room reveals itself when the third is in.
     */
    @Test
    void anAnonymousRoomWithADeadlineRevealsItselfWhenTheThirdMemberAnswers(BrowserSession browser) throws IOException {
        Page facilitator = browser.page();
        facilitator.navigate("/rooms/new");
        facilitator.getByLabel("What are you deciding?").fill("Framework, decided anonymously");
        facilitator.getByLabel("Anonymous room").check();
        String inTwoDays = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                .withZone(ZoneOffset.UTC)
                .format(Instant.now().plus(Duration.ofDays(2)));
        facilitator.getByLabel("Closing time, in UTC (optional)").fill(inTwoDays);
        facilitator.getByLabel("How many members do you expect? (optional)").fill("3");
        facilitator
                .getByLabel("Reveal the answers when everyone expected has answered")
                .check();
        facilitator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the room"))
                .click();
        assertThat(facilitator.locator(".closing")).containsText("Closes in 1 day");
        assertThat(facilitator.locator(".room-status")).containsText("0 of 3 have answered.");
        String joinUrl = joinUrl(facilitator);

        String[][] members = {
            {"Zephyrine", "Complex data-driven", "The admin saves us weeks."},
            {"Balthazar", "API or microservice", "Our API is the product."},
            {"Cornelius", "Prototype", "Juniors learn it in a day."}
        };
        Page last = null;
        for (String[] member : members) {
            last = browser.newPage();
            last.navigate(joinUrl);
            assertThat(last.locator("#anonymity")).containsText("What it does not do");
            last.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^" + member[1])))
                    .click();
            last.getByLabel("Your name (optional)").fill(member[0]);
            last.getByLabel("Your reason (optional)").fill(member[2]);
            last.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers"))
                    .click();
            assertThat(last.locator("#your-ballot")).containsText("only you see this name");
        }

        // The third answer revealed the room: the facilitator's page shows it live, with labels and reasons.
        assertThat(facilitator.locator(".group-verdict")).isVisible();
        assertThat(facilitator.locator("#results .members th[scope=row]"))
                .hasText(new String[] {"Member 1", "Member 2", "Member 3"});
        assertThat(facilitator.locator("#results .members")).containsText("Juniors learn it in a day.");
        assertThat(facilitator.locator(".pivotal")).isVisible();
        for (String[] member : members) {
            assertThat(facilitator.locator("body")).not().containsText(member[0]);
        }
        assertThat(last.locator(".group-verdict")).isVisible();
        assertThat(last.locator("#results")).not().containsText("Zephyrine");

        // The downloads sit outside the live region: before the reveal nobody could have them, so refresh once.
        facilitator
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refresh to see the latest answers"))
                .click();
        Download download = facilitator.waitForDownload(() -> facilitator
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decision record (Markdown)"))
                .click());
        String record = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(record)
                .contains("### Reasons given")
                .contains("The admin saves us weeks.", "Our API is the product.", "Juniors learn it in a day.")
                .contains("3 members, anonymously")
                .doesNotContain("Zephyrine", "Balthazar", "Cornelius");
    }
}
