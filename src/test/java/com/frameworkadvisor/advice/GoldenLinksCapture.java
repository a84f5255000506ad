package com.frameworkadvisor.advice;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the golden results links from the running application. Run only by src/test/scripts/capture-golden-links,
 * never by the build: the golden file is captured once and then only ever checked.
 */
@WebTest
@EnabledIfSystemProperty(named = "golden.capture", matches = ".+")
class GoldenLinksCapture {

    /** The criteria of knowledge base 2026.11.1, the version every link without a version means. */
    private static final List<String> CRITERIA = List.of(
            "orm",
            "admin",
            "security",
            "templating",
            "development-speed",
            "learning-curve",
            "project-structure",
            "debugging",
            "documentation",
            "flexibility",
            "performance",
            "scalability",
            "api-backend",
            "community",
            "hiring",
            "extensions");

    /** Hand-picked links: the README's example, a tie, single criteria, every weight and must-haves that fail. */
    private static final List<String> CHOSEN = List.of(
            "/results?orm=5&admin=3",
            "/results?orm=5&admin=3&must=admin",
            "/results?flexibility=5",
            "/results?performance=3&scalability=3",
            "/results?orm=1&flexibility=1",
            "/results?orm=5&admin=5&security=5&templating=5&development-speed=5&learning-curve=5"
                    + "&project-structure=5&debugging=5&documentation=5&flexibility=5&performance=5&scalability=5"
                    + "&api-backend=5&community=5&hiring=5&extensions=5",
            "/results?admin=2&flexibility=4&must=flexibility,admin",
            "/results?learning-curve=5&flexibility=3&must=orm",
            "/results?api-backend=5&performance=4&must=admin",
            "/results?orm=3&admin=3&flexibility=3&learning-curve=3",
            "/results?orm=1&learning-curve=1",
            "/results?community=2&hiring=2&templating=0",
            "/results?orm=5&learning-curve=2&must=learning-curve",
            "/results?orm=3&learning-curve=3&admin=1&flexibility=1&must=orm,learning-curve");

    @Autowired
    Site site;

    @Test
    void capture() throws Exception {
        List<String> links = new ArrayList<>(CHOSEN);
        Random random = new Random(20261129L);
        while (links.size() < 60) {
            links.add(randomLink(random));
        }
        List<GoldenResult> golden =
                links.stream().map(link -> GoldenResult.capture(site, link)).toList();
        Path file = Path.of(System.getProperty("golden.capture"));
        Files.writeString(
                file,
                JsonMapper.builder()
                                .enable(SerializationFeature.INDENT_OUTPUT)
                                .build()
                                .writeValueAsString(golden)
                        + "\n");
    }

    private static String randomLink(Random random) {
        StringBuilder query = new StringBuilder();
        List<String> weighted = new ArrayList<>();
        for (String criterion : CRITERIA) {
            if (random.nextInt(3) > 0) {
                int weight = random.nextInt(6);
                query.append(query.isEmpty() ? "" : "&")
                        .append(criterion)
                        .append('=')
                        .append(weight);
                if (weight > 0) {
                    weighted.add(criterion);
                }
            }
        }
        if (weighted.isEmpty()) {
            weighted.add(CRITERIA.get(random.nextInt(CRITERIA.size())));
            query.append(query.isEmpty() ? "" : "&").append(weighted.get(0)).append("=4");
        }
        int mustHaves = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
        List<String> must = new ArrayList<>();
        for (int i = 0; i < mustHaves; i++) {
            String criterion = weighted.get(random.nextInt(weighted.size()));
            if (!must.contains(criterion)) {
                must.add(criterion);
            }
        }
        if (!must.isEmpty()) {
            query.append("&must=").append(String.join(",", must));
        }
        return "/results?" + query;
    }
}
