package com.frameworkadvisor.support;

import com.frameworkadvisor.knowledge.KnowledgeDirectory;
import com.frameworkadvisor.knowledge.TestKnowledgeBases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes the three-framework test knowledge base ({@code src/test/resources/knowledge/three-frameworks.json}) as
 * {@value #VERSION}, after the shipped 2026.11.1 (Django and Flask), with Alpha and Beta as its default candidates:
 * Gamma is left out unless chosen, as a framework new to a version would be. Its preset {@code racer} names its own
 * candidates, Alpha and Gamma. Written to a fresh directory, since the published file needs a version number and the
 * second schema.
 */
public class ThreeFrameworksInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String VERSION = "2026.12.1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // Dated as the second schema requires of every version (asOf, checked months, urls).
        ObjectNode kb = TestKnowledgeBases.datedForTheSecondSchema(TestKnowledgeBases.threeFrameworksTree());
        kb.put("version", VERSION);
        kb.putArray("defaultCandidates").add("alpha").add("beta");
        ((ObjectNode) kb.get("profiles").get(0))
                .putArray("candidates")
                .add("alpha")
                .add("gamma");
        dated(kb);
        try {
            String location = KnowledgeDirectory.in(Files.createTempDirectory("three-frameworks"))
                    .withShipped()
                    .withSecondSchema(VERSION, "2026-12-01", JSON.writeValueAsString(kb))
                    .write();
            TestPropertyValues.of("advisor.knowledge-base=" + location).applyTo(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The second schema wants dated, traceable knowledge: a month on every rating, a url on every source, reasons. */
    private static void dated(ObjectNode kb) {
        kb.get("criteria")
                .forEach(criterion ->
                        criterion.get("ratings").forEach(rating -> ((ObjectNode) rating).put("asOf", "2026-11")));
        kb.get("sources").forEach(source -> {
            ObjectNode node = (ObjectNode) source;
            if (!node.has("url")) {
                node.put("url", "https://" + node.get("id").asString() + ".example");
            }
            node.put("checked", "2026-11");
        });
        kb.get("profiles").forEach(profile -> {
            ObjectNode reasons = ((ObjectNode) profile).putObject("reasons");
            profile.get("weights").properties().forEach(weight -> {
                int value = weight.getValue().asInt();
                if (value <= 1 || value >= 4) {
                    reasons.put(weight.getKey(), "A test reason for weight " + value + ".");
                }
            });
        });
    }
}
