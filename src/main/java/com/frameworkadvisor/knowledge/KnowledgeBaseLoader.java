package com.frameworkadvisor.knowledge;

import com.frameworkadvisor.knowledge.KnowledgeBaseException.Problem;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a knowledge base document, checks it against the JSON Schema and the semantic rules, and turns it into
 * immutable records. Any problem becomes one {@link KnowledgeBaseException} naming the file and each location.
 */
final class KnowledgeBaseLoader {

    private final JsonMapper mapper;
    private final Schema schema;
    private final KnowledgeBaseValidator validator = new KnowledgeBaseValidator();

    public KnowledgeBaseLoader(JsonMapper mapper, InputStream schemaDocument) {
        this.mapper = mapper;
        // JSON paths ($.criteria[2].id) so schema problems read like the semantic ones.
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build();
        this.schema = SchemaRegistry.withDefaultDialect(
                        SpecificationVersion.DRAFT_2020_12, registry -> registry.schemaRegistryConfig(config))
                .getSchema(schemaDocument);
    }

    /**
     * @param file a name for the document used in error messages, such as its path
     * @param document the JSON text
     */
    public KnowledgeBase load(String file, InputStream document) {
        JsonNode tree = parse(file, document);
        List<Error> schemaErrors = schema.validate(tree);
        if (!schemaErrors.isEmpty()) {
            throw new KnowledgeBaseException(
                    file,
                    schemaErrors.stream().map(KnowledgeBaseLoader::toProblem).toList());
        }
        KnowledgeBase kb = mapper.treeToValue(tree, KnowledgeBase.class);
        List<Problem> problems = validator.problemsIn(kb);
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(file, problems);
        }
        return kb;
    }

    private JsonNode parse(String file, InputStream document) {
        try (document) {
            return mapper.readTree(document);
        } catch (JacksonException e) {
            var where = e.getLocation();
            String location = where == null ? "$" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new KnowledgeBaseException(
                    file, List.of(new Problem(location, "not well-formed JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read knowledge base " + file, e);
        }
    }

    private static Problem toProblem(Error error) {
        String location = error.getInstanceLocation().toString();
        String message = error.getMessage();
        // The library prefixes its messages with the location; say it once.
        if (message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        }
        return new Problem(location, message);
    }
}
