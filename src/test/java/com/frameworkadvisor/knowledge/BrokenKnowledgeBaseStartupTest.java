package com.frameworkadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken or altered knowledge base stops the application before it serves anything, with one clear message. */
class BrokenKnowledgeBaseStartupTest {

    @TempDir
    Path dir;

    private void start(String knowledgeDirectory) {
        new SpringApplicationBuilder(FrameworkAdvisorApplication.class)
                .properties("advisor.knowledge-base=" + knowledgeDirectory, "server.port=0")
                .run()
                .close();
    }

    @Test
    void aPublishedVersionThatBreaksARuleNamesTheFileTheLocationAndTheProblem() throws Exception {
        String broken = Files.readString(TestKnowledgeBases.SHIPPED).replace("\"score\": 5,", "\"score\": 7,");
        String location = KnowledgeDirectory.in(dir)
                .with("2026.11.1", "2026-11-21", broken)
                .write();

        assertThatThrownBy(() -> start(location))
                .rootCause()
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining(dir.resolve("2026.11.1.json").toString())
                .hasMessageMatching("(?s).*at \\$\\.criteria\\[\\d+]\\.ratings\\.\\w+\\.score: .*5.*");
    }

    @Test
    void aPublishedFileThatWasChangedAfterwardsIsRefused() throws Exception {
        String location = KnowledgeDirectory.in(dir).withShipped().write();
        Path file = dir.resolve("2026.11.1.json");
        Files.writeString(file, Files.readString(file).replace("Django", "Djangoo"));

        assertThatThrownBy(() -> start(location))
                .rootCause()
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("but the manifest publishes version 2026.11.1 with 17f061fd8ec0d69b")
                .hasMessageContaining("publish a correction as a new version");
    }

    @Test
    void aMissingManifestIsNamed() {
        assertThatThrownBy(() -> start("file:" + dir.resolve("missing") + "/"))
                .rootCause()
                .hasMessageContaining("manifest.json")
                .hasMessageContaining("the file does not exist");
    }

    @Test
    void isReportedAsAFailureAnalysisWithAnAction() {
        KnowledgeBaseException broken = new KnowledgeBaseException(
                "kb.json",
                java.util.List.of(
                        new KnowledgeBaseException.Problem("$.version", "required property 'version' not found")));

        FailureAnalysis analysis = new KnowledgeBaseFailureAnalyzer().analyze(new RuntimeException(broken), broken);

        assertThat(analysis.getDescription())
                .isEqualTo("Knowledge base kb.json is invalid" + System.lineSeparator()
                        + "  at $.version: required property 'version' not found");
        assertThat(analysis.getAction()).contains("advisor.knowledge-base", "publish a correction as a new version");
    }
}
