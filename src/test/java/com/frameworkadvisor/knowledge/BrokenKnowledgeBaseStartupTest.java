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

/** A broken knowledge base stops the application before it serves anything, with one clear message. */
class BrokenKnowledgeBaseStartupTest {

    @TempDir
    Path dir;

    @Test
    void stopsStartupAndNamesTheFileTheLocationAndTheProblem() throws Exception {
        Path file = dir.resolve("kb.json");
        Files.writeString(file, Files.readString(TestKnowledgeBases.SHIPPED).replace("\"score\": 5,", "\"score\": 7,"));

        assertThatThrownBy(() -> new SpringApplicationBuilder(FrameworkAdvisorApplication.class)
                        .properties("advisor.knowledge-base=file:" + file, "server.port=0")
                        .run())
                .rootCause()
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining(file.toString())
                .hasMessageMatching("(?s).*at \\$\\.criteria\\[\\d+]\\.ratings\\.\\w+\\.score: .*5.*");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(FrameworkAdvisorApplication.class)
                        .properties("advisor.knowledge-base=file:" + dir.resolve("missing.json"), "server.port=0")
                        .run())
                .rootCause()
                .hasMessageContaining("missing.json")
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
        assertThat(analysis.getAction()).contains("advisor.knowledge-base");
    }
}
