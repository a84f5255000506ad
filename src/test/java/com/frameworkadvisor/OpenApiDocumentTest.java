package com.frameworkadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.support.Site;
import com.frameworkadvisor.support.WebTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed {@code docs/openapi.json} is what the running application serves, so that a change to the API shows
 * up as a diff of that file in review. On a difference the served document is written to
 * {@code target/openapi.json}, ready to be copied over once the change is meant.
 */
@WebTest
class OpenApiDocumentTest {

    static final Path COMMITTED = Path.of("docs/openapi.json");
    static final Path SERVED = Path.of("target/openapi.json");

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Autowired
    Site site;

    @Test
    void theCommittedDocumentIsWhatTheApplicationServes() throws Exception {
        Site.Reply reply = site.get("/v3/api-docs", "application/json");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode served = reply.json();

        String committed = Files.exists(COMMITTED) ? canonical(JSON.readTree(Files.readString(COMMITTED))) : "";
        if (!canonical(served).equals(committed)) {
            Files.createDirectories(SERVED.getParent());
            Files.writeString(SERVED, JSON.writeValueAsString(served) + "\n");
        }

        assertThat(canonical(served))
                .as(
                        "the served OpenAPI document differs from %s; if the change is meant, copy %s over it",
                        COMMITTED, SERVED)
                .isEqualTo(committed);
    }

    /** Key order and whitespace are not the document's meaning; array order is (parameters, enums, required). */
    private static String canonical(JsonNode node) {
        return JSON.writeValueAsString(sorted(node));
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>(node.propertyNames());
            Collections.sort(names);
            names.forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }
}
