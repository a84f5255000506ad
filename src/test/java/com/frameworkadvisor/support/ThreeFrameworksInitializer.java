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
}
