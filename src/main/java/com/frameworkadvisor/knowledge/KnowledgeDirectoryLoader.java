package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.KnowledgeBaseException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a knowledge directory: {@code manifest.json} lists the published versions, oldest first, and each version's
 * file ({@code 2026.11.1.json}) must have the SHA-256 the manifest gives, follow the schema it names and pass the
 * semantic rules. Any problem stops loading with one {@link KnowledgeBaseException} naming the file.
 */
final class KnowledgeDirectoryLoader {

    static final String MANIFEST = "manifest.json";

    /** Opens a file of the directory by name; the directory is a folder, a classpath location or a test's map. */
    interface Files {
        InputStream open(String name) throws IOException;

        /** A name for the file in messages, such as its path. */
        String describe(String name);
    }

    private final JsonMapper mapper;

    KnowledgeDirectoryLoader(JsonMapper mapper) {
        this.mapper = mapper;
    }

    KnowledgeBases load(Files files) {
        List<PublishedVersion> versions = manifest(files);
        Map<String, KnowledgeBaseLoader> loaders = new HashMap<>();
        Map<PublishedVersion, KnowledgeBase> loaded = new LinkedHashMap<>();
        for (PublishedVersion version : versions) {
            String file = files.describe(version.file());
            byte[] document = read(files, version.file());
            String sha256 = sha256(document);
            if (!sha256.equals(version.sha256())) {
                throw new KnowledgeBaseException(
                        file,
                        List.of(new Problem(
                                "$",
                                "the file's SHA-256 is " + sha256 + ", but the manifest publishes version "
                                        + version.version() + " with " + version.sha256()
                                        + "; a published version never changes, so publish a correction as a new"
                                        + " version")));
            }
            KnowledgeBaseLoader loader =
                    loaders.computeIfAbsent(version.schema(), schema -> schemaLoader(files, schema));
            KnowledgeBase kb = loader.load(file, new ByteArrayInputStream(document));
            if (!kb.version().equals(version.version())) {
                throw new KnowledgeBaseException(
                        file,
                        List.of(new Problem(
                                "$.version",
                                "is '" + kb.version() + "', but the manifest lists this file as version "
                                        + version.version())));
            }
            checkReplaces(file, loaded.isEmpty() ? null : lastOf(loaded), kb);
            loaded.put(version, kb);
        }
        return new KnowledgeBases(loaded);
    }

    /**
     * A criterion replaces criteria of the version before it that this version no longer has: anything else would
     * carry an answer twice, or into nothing.
     */
    private static void checkReplaces(String file, KnowledgeBase previous, KnowledgeBase kb) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < kb.criteria().size(); i++) {
            List<String> replaced = kb.criteria().get(i).replaces();
            for (int r = 0; r < replaced.size(); r++) {
                String id = replaced.get(r);
                String at = "$.criteria[" + i + "].replaces[" + r + "]";
                if (kb.criterion(id).isPresent()) {
                    problems.add(new Problem(at, "'" + id + "' is still a criterion of this version"));
                } else if (previous == null || previous.criterion(id).isEmpty()) {
                    problems.add(new Problem(at, "'" + id + "' is not a criterion of the version before this one"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(file, problems);
        }
    }

    private static KnowledgeBase lastOf(Map<PublishedVersion, KnowledgeBase> loaded) {
        KnowledgeBase last = null;
        for (KnowledgeBase kb : loaded.values()) {
            last = kb;
        }
        return last;
    }

    private List<PublishedVersion> manifest(Files files) {
        String file = files.describe(MANIFEST);
        JsonNode tree;
        try (InputStream in = files.open(MANIFEST)) {
            tree = mapper.readTree(in);
        } catch (JacksonException e) {
            throw new KnowledgeBaseException(
                    file, List.of(new Problem("$", "not well-formed JSON: " + e.getMessage())));
        } catch (IOException e) {
            throw new KnowledgeBaseException(file, List.of(new Problem("$", "the file does not exist")));
        }
        List<Problem> problems = new ArrayList<>();
        List<PublishedVersion> versions = new ArrayList<>();
        JsonNode list = tree.path("versions");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(new Problem("$.versions", "must list at least one published version"));
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "$.versions[" + i + "]";
            JsonNode entry = list.get(i);
            String version = text(entry, "version", at, problems);
            String released = text(entry, "released", at, problems);
            String schema = text(entry, "schema", at, problems);
            String sha256 = text(entry, "sha256", at, problems);
            String summary = text(entry, "summary", at, problems);
            if (version == null || released == null || schema == null || sha256 == null || summary == null) {
                continue;
            }
            if (!PublishedVersion.FORMAT.matcher(version).matches()) {
                problems.add(new Problem(at + ".version", "'" + version + "' is not a version of the form YYYY.MM.N"));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(released);
            } catch (DateTimeParseException e) {
                problems.add(new Problem(at + ".released", "'" + released + "' is not a date of the form YYYY-MM-DD"));
                continue;
            }
            PublishedVersion published = new PublishedVersion(version, date, schema, sha256, summary);
            if (!versions.isEmpty() && !versions.get(versions.size() - 1).isBefore(published)) {
                problems.add(new Problem(
                        at + ".version",
                        "'" + version + "' must come after '"
                                + versions.get(versions.size() - 1).version()
                                + "': versions are listed oldest first and never reused"));
            }
            versions.add(published);
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(file, problems);
        }
        return versions;
    }

    private static String text(JsonNode entry, String field, String at, List<Problem> problems) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            problems.add(new Problem(at + "." + field, "is required: a non-empty string"));
            return null;
        }
        return value.asString();
    }

    private KnowledgeBaseLoader schemaLoader(Files files, String schema) {
        try (InputStream in = files.open(schema)) {
            return new KnowledgeBaseLoader(mapper, in);
        } catch (IOException e) {
            throw new KnowledgeBaseException(
                    files.describe(schema), List.of(new Problem("$", "the schema file does not exist")));
        }
    }

    private static byte[] read(Files files, String name) {
        try (InputStream in = files.open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new KnowledgeBaseException(
                    files.describe(name), List.of(new Problem("$", "the file does not exist")));
        }
    }

    static String sha256(byte[] document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
