package com.frameworkadvisor.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the JSON-Schema check costs when a knowledge-base version is loaded, first in a fresh JVM as at startup and
 * then warm: the figure behind keeping the check at startup (ADR 0007). Run by bench/knowledge-load.
 */
public final class KnowledgeLoadCost {

    private static final int RUNS = 30;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data/knowledge");
        String version = args.length > 1 ? args[1] : "2026.11.1";
        JsonMapper mapper = JsonMapper.builder().build();
        byte[] document = Files.readAllBytes(dir.resolve(version + ".json"));
        long[] withSchema = new long[RUNS];
        long[] without = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            try (InputStream schema = Files.newInputStream(dir.resolve("knowledge-base-1.schema.json"))) {
                new KnowledgeBaseLoader(mapper, schema).load(version, new ByteArrayInputStream(document));
            }
            long checked = System.nanoTime();
            new KnowledgeBaseValidator().problemsIn(mapper.readValue(document, KnowledgeBase.class));
            long unchecked = System.nanoTime();
            withSchema[i] = checked - start;
            without[i] = unchecked - checked;
        }
        System.out.printf(
                "first load: %.1f ms with the schema check, %.1f ms without%n", withSchema[0] / 1e6, without[0] / 1e6);
        Arrays.sort(withSchema, 10, RUNS);
        Arrays.sort(without, 10, RUNS);
        System.out.printf(
                "warm (median of loads 11-%d): %.2f ms with the schema check, %.2f ms without%n",
                RUNS, withSchema[(10 + RUNS) / 2] / 1e6, without[(10 + RUNS) / 2] / 1e6);
    }
}
