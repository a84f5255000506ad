package com.frameworkadvisor.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Loads knowledge bases for tests with the production schema and loader. */
public final class TestKnowledgeBases {

    public static final Path SCHEMA = Path.of("data/knowledge/knowledge-base-1.schema.json");
    /** The schema that allows default candidates and a preset's own (the next published version's). */
    public static final Path SECOND_SCHEMA =
            Path.of("src/test/resources/knowledge/versions/knowledge-base-2.schema.json");

    public static final Path SHIPPED = Path.of("data/knowledge/2026.11.1.json");
    private static final String THREE_FRAMEWORKS = "/knowledge/three-frameworks.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private TestKnowledgeBases() {}

    /** Alpha, Beta and Gamma rated on speed (5, 3, 1), safety (1, 3, 5), ease (4, 3, 1) and docs (3, 3, 2). */
    public static KnowledgeBase threeFrameworks() {
        return load("three-frameworks.json", resource(THREE_FRAMEWORKS));
    }

    public static KnowledgeBase shipped() {
        try {
            return load(SHIPPED.toString(), Files.readAllBytes(SHIPPED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three-framework document as a tree, for tests that break one thing in it. */
    public static ObjectNode threeFrameworksTree() {
        return (ObjectNode) MAPPER.readTree(resource(THREE_FRAMEWORKS));
    }

    public static KnowledgeBase load(String name, ObjectNode tree) {
        return load(name, MAPPER.writeValueAsBytes(tree));
    }

    /**
     * Loads a document with the second schema, for tests of what only it allows; the document is first given what
     * that schema and its rules require of every version ({@link #datedForTheSecondSchema(ObjectNode)}).
     */
    public static KnowledgeBase loadWithSecondSchema(String name, ObjectNode tree) {
        return load(SECOND_SCHEMA, name, MAPPER.writeValueAsBytes(datedForTheSecondSchema(tree)));
    }

    /** Loads a document with the second schema exactly as given, for tests of what that schema requires. */
    public static KnowledgeBase loadWithSecondSchemaAsIs(String name, ObjectNode tree) {
        return load(SECOND_SCHEMA, name, MAPPER.writeValueAsBytes(tree));
    }

    /**
     * Adds what the second schema and its sourcing rules require and a test of something else would not care about:
     * a month on every rating, a url and checked month on every source but the four articles, and a reason for every
     * preset weight of 0–1 or 4–5. What the document already has stays.
     */
    public static ObjectNode datedForTheSecondSchema(ObjectNode tree) {
        tree.get("criteria")
                .forEach(criterion -> criterion.get("ratings").forEach(rating -> {
                    if (!rating.has("asOf")) {
                        ((ObjectNode) rating).put("asOf", "2026-11");
                    }
                }));
        tree.get("sources").forEach(node -> {
            ObjectNode source = (ObjectNode) node;
            if (!source.has("url")
                    && !SourcingRules.ARTICLES.contains(source.get("id").asString())) {
                source.put("url", "https://" + source.get("id").asString() + ".example");
            }
            if (source.has("url") && !source.has("checked")) {
                source.put("checked", "2026-11");
            }
        });
        tree.get("profiles").forEach(node -> {
            ObjectNode profile = (ObjectNode) node;
            ObjectNode reasons =
                    profile.has("reasons") ? (ObjectNode) profile.get("reasons") : profile.putObject("reasons");
            profile.get("weights").properties().forEach(weight -> {
                int value = weight.getValue().asInt();
                if ((value <= 1 || value >= 4) && !reasons.has(weight.getKey())) {
                    reasons.put(weight.getKey(), "A test preset's reason.");
                }
            });
        });
        return tree;
    }

    /** The same for a document given as text. */
    public static String datedForTheSecondSchema(String document) {
        return MAPPER.writeValueAsString(datedForTheSecondSchema((ObjectNode) MAPPER.readTree(document)));
    }

    public static KnowledgeBase load(String name, byte[] document) {
        return load(SCHEMA, name, document);
    }

    /** The third schema, published with 2026.11.3: project questions and the criterion rated by the user. */
    public static final Path THIRD_SCHEMA = Path.of("data/knowledge/knowledge-base-3.schema.json");

    /** The published 2026.11.3 document as a tree, for tests that break one thing in it. */
    public static ObjectNode projectQuestionsTree() {
        try {
            return (ObjectNode) MAPPER.readTree(Files.readString(Path.of("data/knowledge/2026.11.3.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a document with the third schema exactly as given. */
    public static KnowledgeBase loadWithThirdSchema(String name, ObjectNode tree) {
        return load(THIRD_SCHEMA, name, MAPPER.writeValueAsBytes(tree));
    }

    private static KnowledgeBase load(Path schemaFile, String name, byte[] document) {
        try (InputStream schema = Files.newInputStream(schemaFile)) {
            return new KnowledgeBaseLoader(MAPPER, schema).load(name, new ByteArrayInputStream(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KnowledgeBase load(String name, String document) {
        return load(name, document.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String path) {
        try (InputStream in = TestKnowledgeBases.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
