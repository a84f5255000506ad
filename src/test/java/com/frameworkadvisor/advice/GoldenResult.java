package com.frameworkadvisor.advice;

import com.frameworkadvisor.support.Site;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a results link showed when it was captured: the page's headline, ranking, contributions table and
 * sensitivity sentences as the reader sees them, and the exact figures of the same answers through the API (scores,
 * contributions, margin, deciding criteria and tie weights, unrounded).
 */
record GoldenResult(
        String link,
        String headline,
        List<String> ranking,
        List<String> contributions,
        String robustness,
        List<String> flips,
        JsonNode evaluation) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Asks the running application for the link's page and for the same answers through the API. */
    static GoldenResult capture(Site site, String link) {
        Site.Reply reply = site.page(link);
        if (reply.status() != 200) {
            throw new AssertionError(link + " answered " + reply.status());
        }
        Document page = reply.html();
        Site.Reply api = site.postJson("/api/evaluations", requestBody(link));
        if (api.status() != 200) {
            throw new AssertionError(link + " through the API answered " + api.status() + ": " + api.body());
        }
        return new GoldenResult(
                link,
                page.selectFirst("h1").text(),
                texts(page, ".ranking li"),
                page.select("section.charts details").first().select("tbody tr").stream()
                        .map(Element::text)
                        .toList(),
                page.selectFirst(".robustness").text(),
                texts(page, "ul.flips li"),
                figures(api.json()));
    }

    /**
     * The evaluation without what only says where to find it again, which later versions of the link extend. The
     * frameworks in the running came later too: a golden link compares Django and Flask and leaves none out, so those
     * two fields are dropped only when they say exactly that, and any other value fails the comparison.
     */
    private static JsonNode figures(JsonNode evaluation) {
        ObjectNode figures = ((ObjectNode) evaluation).deepCopy();
        figures.remove("resultsUrl");
        if (figures.path("candidates").toString().equals("[\"django\",\"flask\"]")) {
            figures.remove("candidates");
        }
        if (figures.has("leftOutWinner") && figures.get("leftOutWinner").isNull()) {
            figures.remove("leftOutWinner");
        }
        return figures;
    }

    /**
     * The API request for a link's answers: its weights, its must-haves however the link lists them, and the version a
     * link without one means, since the API's default is the current version.
     */
    static String requestBody(String link) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        List<String> mustHave = new ArrayList<>();
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            String[] nameValue = pair.split("=", 2);
            String name = URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8);
            String value = URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8);
            if (name.equals("must")) {
                mustHave.addAll(List.of(value.split(",")));
            } else {
                weights.put(name, Integer.valueOf(value));
            }
        }
        return JSON.writeValueAsString(
                Map.of("knowledgeBaseVersion", "2026.11.1", "weights", weights, "mustHave", mustHave));
    }

    private static List<String> texts(Document page, String selector) {
        return page.select(selector).stream().map(Element::text).toList();
    }
}
