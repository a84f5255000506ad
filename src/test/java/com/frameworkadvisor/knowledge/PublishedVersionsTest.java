package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Published knowledge-base versions and schemas never change: each file's SHA-256 is written here once, as a
 * literal, when it is published, and never edited. Changing a file and the manifest together still fails here.
 */
class PublishedVersionsTest {

    static final Path DIRECTORY = Path.of("data/knowledge");

    /** Added once per published file, never edited. */
    static final Map<String, String> PUBLISHED = Map.of(
            "2026.11.1.json", "17f061fd8ec0d69b7ff6bcaee120ce132e8c48d01f18ef93833d5a7cef71d7d7",
            "knowledge-base-1.schema.json", "00b028c658bfe028cff483e4b6588f088227b7185775566f62c935f397e5adbb",
            "2026.11.2.json", "aa056eeeb4045e608dacf345b112f6eb9ef05df2e7aef95699876754df9a51c6",
            "knowledge-base-2.schema.json", "bd3a1ca18fa6c4a8ecd497f6fa696a65e15a27fea301bf4cb762ad03c9a3f4aa",
            "2026.11.3.json", "c49a01127c44a78eb0c329d5cf357773fd978ce4f8c06b2c0b83058fd4b013fb",
            "knowledge-base-3.schema.json", "ed60dd54138b475a97d3c36c63eaad63ff0f744324a0c9af3e39ba878846faa1");

    /**
     * Files written for the next version but not yet in the manifest: nothing loads them at startup, and whoever
     * publishes one moves it from here to {@link #PUBLISHED} with its hash, in the same commit as its manifest entry.
     */
    static final java.util.Set<String> DRAFTS = java.util.Set.of();

    static KnowledgeBases shipped() {
        return KnowledgeDirectory.load(DIRECTORY);
    }

    @Nested
    class EveryPublishedFile {

        @Test
        void hasTheHashItWasPublishedWith() throws IOException {
            for (Map.Entry<String, String> file : PUBLISHED.entrySet()) {
                assertThat(KnowledgeDirectoryLoader.sha256(Files.readAllBytes(DIRECTORY.resolve(file.getKey()))))
                        .as(
                                "data/knowledge/%s was changed after it was published; publish a new version instead",
                                file.getKey())
                        .isEqualTo(file.getValue());
            }
        }

        @Test
        void isListedHereOnceItIsInTheDirectory() throws IOException {
            try (Stream<Path> files = Files.list(DIRECTORY)) {
                assertThat(files.map(p -> p.getFileName().toString())
                                .filter(n -> !n.equals("manifest.json"))
                                .filter(n -> !DRAFTS.contains(n)))
                        .as("every version and schema under data/knowledge/ has its literal hash here")
                        .containsExactlyInAnyOrderElementsOf(PUBLISHED.keySet());
            }
        }

        @Test
        void isNeverADraftToo() {
            assertThat(DRAFTS)
                    .as("a published file is no longer a draft")
                    .doesNotContainAnyElementsOf(PUBLISHED.keySet());
            assertThat(shipped().versions())
                    .as("a draft is not in the manifest")
                    .allSatisfy(v -> assertThat(DRAFTS).doesNotContain(v.file(), v.schema()));
        }

        @Test
        void staysInTheManifestOncePublished() {
            assertThat(shipped().versions())
                    .extracting(PublishedVersion::file)
                    .as("removing a version from the manifest withdraws it quietly")
                    .containsAll(PUBLISHED.keySet().stream()
                            .filter(n -> !n.endsWith(".schema.json"))
                            .toList());
        }

        @Test
        void isPublishedByTheManifestWithTheSameHash() {
            KnowledgeBases kbs = shipped();
            assertThat(kbs.versions()).allSatisfy(v -> assertThat(v.sha256()).isEqualTo(PUBLISHED.get(v.file())));
        }
    }

    @Nested
    class VersionOrder {

        private static PublishedVersion version(String version) {
            return new PublishedVersion(version, LocalDate.of(2026, 1, 1), "s", "h", "v");
        }

        @ParameterizedTest
        @CsvSource({
            "2026.11.1, 2026.12.1",
            "2026.12.1, 2027.01.1",
            "2026.11.1, 2027.01.1",
            "2026.09.1, 2026.10.1",
            "2026.11.1, 2026.11.2",
            "2026.11.9, 2026.11.10",
            "2026.12.9999, 2027.01.1"
        })
        void isYearThenMonthThenNumber(String earlier, String later) {
            assertThat(version(earlier).isBefore(version(later))).isTrue();
            assertThat(version(later).isBefore(version(earlier))).isFalse();
            assertThat(version(earlier).isBefore(version(earlier))).isFalse();
        }
    }

    @Nested
    class TheManifest {

        @Test
        void datesTheFirstVersionTheDayItLanded() {
            PublishedVersion first = shipped().versions().get(0);
            assertThat(first.version()).isEqualTo("2026.11.1");
            assertThat(first.released()).isEqualTo(LocalDate.of(2026, 11, 21));
            assertThat(first.summary()).isNotBlank();
        }

        @Test
        void makesTheNewestVersionTheCurrentOneAndTheOldestTheOneOfLinksWithoutAVersion(@TempDir Path dir) {
            String second = shippedAs("2026.12.1");
            KnowledgeBases kbs = load(KnowledgeDirectory.in(dir)
                    .withShipped()
                    .with("2026.12.1", "2026-12-01", second)
                    .write());

            assertThat(kbs.current().version()).isEqualTo("2026.12.1");
            assertThat(kbs.first().version()).isEqualTo("2026.11.1");
            assertThat(kbs.find("2026.11.1")).isPresent();
            assertThat(kbs.find("2026.10.1")).isEmpty();
        }

        @Test
        void listsVersionsOldestFirstAndNeverTwice(@TempDir Path dir) {
            String location = KnowledgeDirectory.in(dir)
                    .with("2026.12.1", "2026-12-01", shippedAs("2026.12.1"))
                    .withShipped()
                    .write();

            assertThatThrownBy(() -> load(location))
                    .isInstanceOf(KnowledgeBaseException.class)
                    .hasMessageContaining("$.versions[1].version")
                    .hasMessageContaining("'2026.11.1' must come after '2026.12.1'");
        }

        @Test
        void refusesACriterionThatReplacesOneThisVersionStillHas(@TempDir Path dir) {
            String replacingKept = TestKnowledgeBases.datedForTheSecondSchema(shippedAs("2026.12.1")
                    .replaceFirst("\"id\": \"debugging\",", "\"id\": \"debugging\", \"replaces\": [\"orm\"],"));
            String location = KnowledgeDirectory.in(dir)
                    .withShipped()
                    .withSecondSchema("2026.12.1", "2026-12-01", replacingKept)
                    .write();

            assertThatThrownBy(() -> load(location))
                    .isInstanceOf(KnowledgeBaseException.class)
                    .hasMessageContaining("replaces[0]: 'orm' is still a criterion of this version");
        }

        @Test
        void refusesACriterionThatReplacesOneTheVersionBeforeNeverHad(@TempDir Path dir) {
            String replacingNothing = TestKnowledgeBases.datedForTheSecondSchema(shippedAs("2026.12.1")
                    .replaceFirst("\"id\": \"debugging\",", "\"id\": \"debugging\", \"replaces\": [\"bugs\"],"));
            String location = KnowledgeDirectory.in(dir)
                    .withShipped()
                    .withSecondSchema("2026.12.1", "2026-12-01", replacingNothing)
                    .write();

            assertThatThrownBy(() -> load(location))
                    .isInstanceOf(KnowledgeBaseException.class)
                    .hasMessageContaining("replaces[0]: 'bugs' is not a criterion of the version before this one");
        }

        @Test
        void refusesAFileWhoseOwnVersionIsAnotherOne(@TempDir Path dir) {
            String location = KnowledgeDirectory.in(dir)
                    .with("2026.12.1", "2026-12-01", shippedAs("2026.11.1"))
                    .write();

            assertThatThrownBy(() -> load(location))
                    .isInstanceOf(KnowledgeBaseException.class)
                    .hasMessageContaining("is '2026.11.1', but the manifest lists this file as version 2026.12.1");
        }

        private static KnowledgeBases load(String location) {
            return KnowledgeDirectory.load(Path.of(location.substring("file:".length())));
        }
    }

    private static String shippedAs(String version) {
        try {
            return Files.readString(TestKnowledgeBases.SHIPPED).replace("2026.11.1", version);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
