package com.frameworkadvisor.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import com.frameworkadvisor.support.EmbeddedPostgres;
import com.frameworkadvisor.support.RoomClient;
import com.frameworkadvisor.support.RoomClient.OpenedRoom;
import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.Site.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A room pins the knowledge-base version that was current when it was opened, across a restart that publishes a newer
 * one, on each database. Two starts per database: the application knowing only 2026.11.1, where a room is opened and
 * answered; then the same database with 2026.12.1 published too (the test knowledge directory of
 * {@code @VersionedWebTest}: {@code hiring} gone, {@code debugging} replaced by {@code developer-tooling}, ratings of
 * {@code api-backend} changed).
 */
class RoomsKeepTheirVersionTest {

    static final Path VERSIONS = Path.of("src/test/resources/knowledge/versions");
    static final String OLD = "2026.11.1";
    static final String NEW = "2026.12.1";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Under 2026.11.1 both put Flask first. Carried over to 2026.12.1, Ada's {@code hiring} is dropped, leaving her
     * {@code orm} (Django); Grace's {@code debugging} becomes {@code developer-tooling}, and Django catches up on
     * {@code api-backend}: the group would lean to Django.
     */
    static final Map<String, Integer> ADA = Map.of("orm", 2, "hiring", 5);

    static final Map<String, Integer> GRACE = Map.of("debugging", 5, "api-backend", 3);
    static final Map<String, Integer> ADA_CARRIED = Map.of("orm", 2);
    static final Map<String, Integer> GRACE_CARRIED = Map.of("developer-tooling", 5, "api-backend", 3);

    /** A new directory under target/, which {@code mvn clean} removes, as it does the other tests' H2 files. */
    static Path scratch(String prefix) throws IOException {
        Path parent = Files.createDirectories(Path.of("target/test-data"));
        return Files.createTempDirectory(parent, prefix);
    }

    @Nested
    class OnH2 extends Scenario {

        Path data;

        @Override
        List<String> database() throws IOException {
            if (data == null) {
                data = scratch("h2-");
            }
            return List.of("--advisor.data-dir=" + data.toAbsolutePath());
        }
    }

    @Nested
    class OnPostgres extends Scenario {

        String url;

        @Override
        List<String> database() {
            if (url == null) {
                url = EmbeddedPostgres.newDatabase();
            }
            // Command-line arguments, because they outrank application-postgres.properties.
            return List.of(
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres");
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Scenario {

        Path knowledge;
        ConfigurableApplicationContext app;
        Site site;
        RoomClient rooms;

        /** The kept room, answered, revealed and decided before the restart, and what it said then. */
        OpenedRoom kept;

        JsonNode keptBefore;
        String recordBefore;
        String csvBefore;
        String baseBefore;
        /** A room opened before the restart that nobody has answered and that is not revealed. */
        OpenedRoom unanswered;

        /** The command-line arguments that put an instance on this scenario's database, the same at every start. */
        abstract List<String> database() throws IOException;

        @BeforeAll
        void openAndAnswerARoomThenPublishANewerVersionAndRestart() throws IOException {
            knowledge = scratch("knowledge-");
            publish(OLD);
            start();
            assertThat(rooms.view(rooms.openRoom("Probe"))
                            .get("knowledgeBaseVersion")
                            .asString())
                    .isEqualTo(OLD);

            kept = rooms.openRoom("Kept", "Opened under " + OLD);
            rooms.vote(kept, "Ada", ADA);
            rooms.vote(kept, "Grace", GRACE);
            rooms.reveal(kept);
            // Decided, so the record's date is the decision's and not the day it is downloaded.
            rooms.decide(kept, "flask", "Chosen before the new version");
            unanswered = rooms.openRoom("Unanswered");
            keptBefore = rooms.view(kept);
            recordBefore = download(kept, "decision.md");
            csvBefore = download(kept, "ballots.csv");
            baseBefore = site.url("");
            assertThat(page(kept).getElementById("newer-version")).isNull();
            app.close();

            publish(OLD, NEW);
            start();
        }

        @AfterAll
        void stop() {
            if (app != null) {
                app.close();
            }
        }

        @Test
        void theRoomStillSaysItsVersionAndComputesTheSameGroupResult() {
            JsonNode after = rooms.view(kept);

            assertThat(after.get("knowledgeBaseVersion").asString()).isEqualTo(OLD);
            assertThat(after.get("group")).isEqualTo(keptBefore.get("group"));
            assertThat(after.get("criteria")).isEqualTo(keptBefore.get("criteria"));
            assertThat(after.get("ballots")).isEqualTo(keptBefore.get("ballots"));
            assertThat(after.get("group").get("winner").asString()).isEqualTo("flask");
        }

        @Test
        void itsExportsAreUnchangedAndTheRecordLinksEachMembersResultWithTheRoomsVersion() {
            String record = download(kept, "decision.md");

            // Only the instance's address in the links differs: each start has its own port.
            assertThat(record.replace(site.url(""), "BASE")).isEqualTo(recordBefore.replace(baseBefore, "BASE"));
            assertThat(download(kept, "ballots.csv")).isEqualTo(csvBefore);
            assertThat(record)
                    .contains("* Ada: \"Flask\" first with ")
                    .contains("<" + site.url("/results?v=" + OLD + "&orm=2&hiring=5") + ">\n")
                    .contains("<" + site.url("/results?v=" + OLD + "&debugging=5&api-backend=3") + ">\n")
                    .contains("Group result of 2 members: \"Flask\" comes first")
                    .contains("First choice of the members")
                    .contains("* Flask: 100%\n")
                    .endsWith("knowledge base version " + OLD + ".\n");
        }

        @Test
        void itsPageSaysANewerVersionExistsAndWhatItWouldGiveTheGroup() {
            // The same answers as 2026.12.1 reads them, in a room of its own: what the notice must report.
            OpenedRoom carried = rooms.openRoom("Carried over");
            rooms.vote(carried, "Ada", ADA_CARRIED);
            rooms.vote(carried, "Grace", GRACE_CARRIED);
            String winner = rooms.view(carried).get("group").get("winner").asString();
            assertThat(winner).isEqualTo("django");

            Document page = page(kept);
            Element notice = page.getElementById("newer-version");

            assertThat(notice).isNotNull();
            assertThat(notice.text())
                    .contains(NEW, "keeps computing with version " + OLD)
                    .contains("would make the group lean to Django");
            assertThat(page.selectFirst(".group-verdict").text()).contains("Flask");
        }

        @Test
        void beforeTheRevealItsPageSaysOnlyThatANewerVersionExists() {
            Element notice = page(unanswered).getElementById("newer-version");

            assertThat(notice).isNotNull();
            assertThat(notice.text())
                    .isEqualTo("Knowledge base version " + NEW + " has been published since this room was opened;"
                            + " the room keeps computing with version " + OLD + ".");
        }

        @Test
        void aNewRoomPinsTheNewerVersion() {
            OpenedRoom room = rooms.openRoom("Opened after the restart");

            assertThat(rooms.viewAsAnyone(room).get("knowledgeBaseVersion").asString())
                    .isEqualTo(NEW);
            assertThat(page(room).getElementById("newer-version")).isNull();
        }

        @Test
        void aCriterionGoneFromTheNewerVersionIsStillAnsweredInTheOldRoomOnly() {
            OpenedRoom fresh = rooms.openRoom("Opened after hiring was dropped");
            assertThat(rooms.view(fresh).get("knowledgeBaseVersion").asString()).isEqualTo(NEW);

            Reply refused = rooms.sendBallot(fresh, "Linus", Map.of("hiring", 3));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("weights.hiring");

            Reply accepted = rooms.sendBallot(unanswered, "Linus", Map.of("hiring", 3));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        }

        // --------------------------------------------------------------------------------------------------------

        /** Publishes these versions in the knowledge directory, as the test directory has them. */
        void publish(String... versions) throws IOException {
            for (String file : List.of("knowledge-base-1.schema.json", "knowledge-base-2.schema.json")) {
                Files.copy(VERSIONS.resolve(file), knowledge.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            ObjectNode manifest =
                    (ObjectNode) JSON.readTree(VERSIONS.resolve("manifest.json").toFile());
            ArrayNode published = JSON.createArrayNode();
            for (JsonNode entry : manifest.get("versions")) {
                String version = entry.get("version").asString();
                if (List.of(versions).contains(version)) {
                    Files.copy(
                            VERSIONS.resolve(version + ".json"),
                            knowledge.resolve(version + ".json"),
                            StandardCopyOption.REPLACE_EXISTING);
                    published.add(entry);
                }
            }
            manifest.set("versions", published);
            Files.writeString(knowledge.resolve("manifest.json"), JSON.writeValueAsString(manifest));
        }

        void start() throws IOException {
            List<String> args = new ArrayList<>(database());
            args.addAll(List.of(
                    "--advisor.knowledge-base=file:" + knowledge.toAbsolutePath() + "/",
                    "--server.port=0",
                    "--server.address=127.0.0.1",
                    "--server.shutdown=immediate"));
            app = new SpringApplicationBuilder(FrameworkAdvisorApplication.class).run(args.toArray(String[]::new));
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            site = Site.at("http://127.0.0.1:" + port);
            rooms = RoomClient.on(site);
        }

        String download(OpenedRoom room, String file) {
            Reply reply = site.get(
                    "/rooms/" + room.id() + "/" + file, "*/*", RoomClient.FACILITATOR_KEY, room.facilitatorKey());
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            return reply.body();
        }

        Document page(OpenedRoom room) {
            Reply reply = site.page("/rooms/" + room.id());
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            return reply.html();
        }
    }
}
