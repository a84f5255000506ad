package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WebTest
class KnowledgeBaseApiTest {

    @Autowired
    Site site;

    @Test
    void servesTheKnowledgeBaseInTheSameShapeAsTheFile() throws Exception {
        Site.Reply reply = site.get("/api/knowledge-base", "application/json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode file =
                JsonMapper.builder().build().readTree(Files.readString(Path.of("data/knowledge/2026.11.3.json")));
        // Scores compare as numbers: the file says 5, the API may say 5.0. Field order does not matter.
        Comparator<JsonNode> numbersByValue = (a, b) ->
                a.equals(b) || (a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0)
                        ? 0
                        : 1;
        assertThat(reply.json().equals(numbersByValue, file))
                .as("the served document equals data/knowledge/2026.11.3.json")
                .isTrue();
    }

    @Test
    void describesTheApiInOpenApi() {
        Site.Reply reply = site.get("/v3/api-docs", "application/json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("paths").propertyNames()).contains("/api/evaluations", "/api/knowledge-base");
    }

    @Test
    void refusesAClientThatAcceptsNoJsonAsTheDocumentSays() {
        Site.Reply reply = site.get("/api/knowledge-base/versions", "application/xml");

        assertThat(reply.status()).isEqualTo(406);
    }

    @Test
    void servesSwaggerUiFromTheApplicationItself() {
        Site.Reply reply = site.page("/swagger-ui/index.html");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("swagger-ui");
    }
}
