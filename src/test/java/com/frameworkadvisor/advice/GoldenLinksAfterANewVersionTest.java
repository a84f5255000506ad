package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.VersionedWebTest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden links still reproduce once a later knowledge-base version, which changes ratings and criteria, has been
 * published: a link without a version means 2026.11.1 for ever. And each of them now says so, with today's verdict.
 */
@VersionedWebTest
class GoldenLinksAfterANewVersionTest extends GoldenLinksContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What 2026.12.1 did to the criteria, written out here rather than taken from the application's mapping, so the
     * two can disagree: "hiring" is gone, "developer-tooling" replaces "debugging".
     */
    private static String today(String criterion) {
        return switch (criterion) {
            case "hiring" -> null;
            case "debugging" -> "developer-tooling";
            default -> criterion;
        };
    }

    @TestFactory
    Stream<DynamicTest> everyLinkSaysItIsOldAndWhatTodaysKnowledgeBaseWouldSay() {
        return GoldenLinksTest.golden().stream()
                .map(golden -> DynamicTest.dynamicTest(golden.link(), () -> {
                    Map<String, Integer> weights = new LinkedHashMap<>();
                    List<String> mustHave = new ArrayList<>();
                    for (String pair : URI.create(golden.link()).getRawQuery().split("&")) {
                        String[] nameValue = pair.split("=", 2);
                        String name = URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8);
                        String value = URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8);
                        if (name.equals("must")) {
                            Stream.of(value.split(","))
                                    .map(GoldenLinksAfterANewVersionTest::today)
                                    .filter(id -> id != null)
                                    .forEach(mustHave::add);
                        } else if (today(name) != null) {
                            weights.put(today(name), Integer.valueOf(value));
                        }
                    }
                    Element notice = site.page(golden.link()).html().selectFirst("section.old-result");

                    assertThat(notice).as("the old-result notice").isNotNull();
                    assertThat(notice.text())
                            .contains("computed with knowledge base 2026.11.1", "Today's version is 2026.12.1");
                    if (weights.values().stream().allMatch(w -> w == 0)) {
                        assertThat(notice.selectFirst(".old-result-today strong")
                                        .text())
                                .startsWith("None of your answers");
                        return;
                    }
                    JsonNode now = site.postJson(
                                    "/api/evaluations",
                                    JSON.writeValueAsString(Map.of(
                                            "knowledgeBaseVersion",
                                            "2026.12.1",
                                            "weights",
                                            weights,
                                            "mustHave",
                                            mustHave)))
                            .json();
                    String before = golden.evaluation().path("winner").asString(null);
                    assertThat(notice.selectFirst(".old-result-today strong").text())
                            .isEqualTo(verdict(before, now));
                    assertThat(notice.selectFirst(".old-result-today a").attr("href"))
                            .isEqualTo(now.get("resultsUrl").asString());
                }));
    }

    /** Today's verdict as the notice words it, from the API's figures. */
    private static String verdict(String winnerBefore, JsonNode now) {
        JsonNode first = now.get("ranking").get(0);
        JsonNode second = now.get("ranking").get(1);
        double a = first.get("score").asDouble();
        double b = second.get("score").asDouble();
        String prefix = "With today's knowledge base (2026.12.1), ";
        if (now.get("winner").isNull()) {
            return prefix + "it would be too close to call — "
                    + first.get("name").asString() + " and "
                    + second.get("name").asString() + " both score " + whole(a) + ".";
        }
        boolean blurred = whole(a).equals(whole(b));
        String scores = blurred ? tenth(a) + " vs " + tenth(b) : whole(a) + " vs " + whole(b);
        String stays = now.get("winner").asString().equals(winnerBefore)
                ? " still fits better — "
                : " would now fit better — ";
        return prefix + first.get("name").asString() + stays + scores + ".";
    }

    private static String whole(double score) {
        return String.format(Locale.ROOT, "%.0f", score);
    }

    private static String tenth(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }
}
