package com.frameworkadvisor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a knowledge directory for a test: the shipped schema, the given version files, and a manifest that
 * publishes them with their real SHA-256, oldest first. A test that needs a tampered file changes it afterwards.
 */
public final class KnowledgeDirectory {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final Path SECOND_SCHEMA = TestKnowledgeBases.SECOND_SCHEMA;

    private final Path dir;
    private final Map<String, Version> versions = new LinkedHashMap<>();

    private record Version(String released, String schema, byte[] document, String summary) {}

    private KnowledgeDirectory(Path dir) {
        this.dir = dir;
    }

    public static KnowledgeDirectory in(Path dir) {
        return new KnowledgeDirectory(dir);
    }

    /** The shipped 2026.11.1, byte for byte. */
    public KnowledgeDirectory withShipped() {
        try {
            return with("2026.11.1", "2026-11-21", Files.readAllBytes(TestKnowledgeBases.SHIPPED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public KnowledgeDirectory with(String version, String released, byte[] document) {
        versions.put(version, new Version(released, "knowledge-base-1.schema.json", document, "Version " + version));
        return this;
    }

    public KnowledgeDirectory with(String version, String released, String document) {
        return with(version, released, document.getBytes(StandardCharsets.UTF_8));
    }

    /** A version that follows the test knowledge's second schema, which allows {@code replaces}. */
    public KnowledgeDirectory withSecondSchema(String version, String released, String document) {
        versions.put(
                version,
                new Version(
                        released,
                        SECOND_SCHEMA.getFileName().toString(),
                        document.getBytes(StandardCharsets.UTF_8),
                        "Version " + version));
        return this;
    }

    /** Loads a knowledge directory from the file system, as the application does at startup. */
    public static KnowledgeBases load(Path dir) {
        return new KnowledgeDirectoryLoader(MAPPER).load(new KnowledgeDirectoryLoader.Files() {
            @Override
            public java.io.InputStream open(String name) throws IOException {
                return Files.newInputStream(dir.resolve(name));
            }

            @Override
            public String describe(String name) {
                return dir.resolve(name).toString();
            }
        });
    }

    /** Writes the files and returns the directory as a Spring resource location. */
    public String write() {
        try {
            Files.createDirectories(dir);
            for (Path schema : List.of(TestKnowledgeBases.SCHEMA, SECOND_SCHEMA)) {
                Files.copy(
                        schema, dir.resolve(schema.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            List<Map<String, String>> manifest = new ArrayList<>();
            versions.forEach((version, v) -> {
                try {
                    Files.write(dir.resolve(version + ".json"), v.document());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("version", version);
                entry.put("released", v.released());
                entry.put("schema", v.schema());
                entry.put("sha256", KnowledgeDirectoryLoader.sha256(v.document()));
                entry.put("summary", v.summary());
                manifest.add(entry);
            });
            Files.writeString(dir.resolve("manifest.json"), MAPPER.writeValueAsString(Map.of("versions", manifest)));
            return "file:" + dir.toAbsolutePath() + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
