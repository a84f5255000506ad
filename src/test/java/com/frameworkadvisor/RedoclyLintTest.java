package com.frameworkadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Redocly's recommended ruleset passes on the committed {@code docs/openapi.json} with no error and no warning. The
 * CLI is the one Maven installs from npm into {@code src/test/redocly} (pom.xml, {@code install-redocly}); a missing
 * CLI fails this test rather than skipping it.
 */
class RedoclyLintTest {

    private static final Path TOOL = Path.of("src/test/redocly");
    private static final Path CLI = TOOL.resolve("node_modules/.bin/redocly");

    @Test
    void theCommittedDocumentPassesTheRecommendedRulesetWithoutAWarning() throws Exception {
        assertThat(CLI)
                .as("Redocly CLI, installed by Maven's install-redocly execution (npm install in %s)", TOOL)
                .isExecutable();
        File report = Files.createTempFile("redocly", ".json").toFile();
        report.deleteOnExit();
        ProcessBuilder lint = new ProcessBuilder(
                        CLI.toString(),
                        "lint",
                        "docs/openapi.json",
                        "--config",
                        TOOL.resolve("redocly.yaml").toString(),
                        "--format",
                        "json")
                .redirectOutput(report)
                .redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        // Nothing leaves the machine: no usage telemetry, no check for a newer version.
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = lint.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES))
                .as("redocly lint finished")
                .isTrue();

        String output = Files.readString(report.toPath(), StandardCharsets.UTF_8);
        JsonNode totals = JsonMapper.builder().build().readTree(output).get("totals");
        assertThat(totals).as(output).isNotNull();
        assertThat(totals.get("errors").asInt()).as(output).isZero();
        assertThat(totals.get("warnings").asInt()).as(output).isZero();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
