package com.frameworkadvisor.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the browser tests read and do on the app's pages, in the words a user would use. */
final class Advisor {

    /** The verdict with a winner: who, and the two headline scores (one decimal only when whole numbers would tie). */
    static final Pattern WINNER_VERDICT =
            Pattern.compile("(Django|Flask) fits this project better — \\d+(\\.\\d)? vs \\d+(\\.\\d)?");

    private Advisor() {}

    // --- Questionnaire ---------------------------------------------------------------------------------------------

    /** The question for one criterion: its fieldset, whose radios submit as {@code ?<criterionId>=<weight>}. */
    static Locator question(Page page, String criterionId) {
        return page.getByRole(AriaRole.GROUP)
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("input[type=radio][name='" + criterionId + "']")));
    }

    /** Answers a question the way a user does: by clicking the label, e.g. "Critical" for 5, "Doesn't matter" for 0. */
    static void answer(Page page, String criterionId, int weight) {
        question(page, criterionId)
                .locator("label")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + weight + "\\b")))
                .click();
    }

    /** The radio button for one answer. */
    static Locator radio(Page page, String criterionId, int weight) {
        return question(page, criterionId).locator("input[type=radio][value='" + weight + "']");
    }

    /** Every answer currently selected, criterion id to weight, in page order. */
    static Map<String, Integer> checkedAnswers(Page page) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Locator radio : page.locator("input[type=radio]:checked").all()) {
            answers.put(radio.getAttribute("name"), Integer.valueOf(radio.getAttribute("value")));
        }
        return answers;
    }

    static void submit(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my recommendation"))
                .click();
        page.waitForURL("**/results?**");
    }

    // --- Results ---------------------------------------------------------------------------------------------------

    static Locator verdict(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** The ranking as read on the page, one line per framework, e.g. "#1 Django 64.3 out of 100". */
    static List<String> ranking(Page page) {
        return page
                .getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Ranking"))
                .getByRole(AriaRole.LISTITEM)
                .allInnerTexts()
                .stream()
                .map(text -> text.replaceAll("\\s+", " ").strip())
                .toList();
    }

    static Locator shareSection(Page page) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Share this result"));
    }

    /** The shareable link as printed on the page (its text is the full URL). */
    static Locator shareLink(Page page) {
        return shareSection(page)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("results\\?")));
    }

    /**
     * The copy button, found whether or not it is shown (role queries skip hidden elements, and hiding it is exactly
     * what some tests check).
     */
    static Locator copyButton(Page page) {
        return shareSection(page).locator("button").filter(new Locator.FilterOptions().setHasText("Copy link"));
    }

    // --- Knowledge base --------------------------------------------------------------------------------------------

    /** A preset's weights as the app serves them from {@code /api/knowledge-base}, criterion id to weight. */
    static Map<String, Integer> profileWeights(Page page, String profileId) {
        JsonNode kb = JsonMapper.builder()
                .build()
                .readTree(page.request().get("/api/knowledge-base").text());
        for (JsonNode profile : kb.get("profiles")) {
            if (profile.get("id").asString().equals(profileId)) {
                Map<String, Integer> weights = new LinkedHashMap<>();
                profile.get("weights")
                        .properties()
                        .forEach(e -> weights.put(e.getKey(), e.getValue().asInt()));
                return weights;
            }
        }
        throw new AssertionError("The knowledge base has no profile '" + profileId + "'");
    }
}
