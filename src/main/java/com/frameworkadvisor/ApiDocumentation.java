package com.frameworkadvisor;

import com.frameworkadvisor.errors.Problem;
import com.frameworkadvisor.ratelimit.RateLimited;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * What the OpenAPI document says about the API as a whole (ADR 0008): its description, the shared problem and weight
 * schemas, the problem responses operations point to, and the two key headers as API-key schemes. The committed
 * {@code docs/openapi.json} is this document, and {@code OpenApiDocumentTest} keeps the two equal.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    static final String FACILITATOR_KEY = "X-Facilitator-Key";
    static final String BALLOT_KEY = "X-Ballot-Key";
    private static final List<String> KEY_HEADERS = List.of(FACILITATOR_KEY, BALLOT_KEY);
    /** The path variable that names a room in every room operation. */
    private static final String ROOM_ID = "id";

    private static final Map<String, String> PROBLEM_BY_STATUS = Map.of(
            "400", "#/components/responses/BadRequest",
            "403", "#/components/responses/Forbidden",
            "404", "#/components/responses/NotFound",
            "410", "#/components/responses/Gone",
            "413", "#/components/responses/ContentTooLarge",
            "415", "#/components/responses/UnsupportedMediaType",
            "429", "#/components/responses/TooManyRequests");

    /** The problem responses operations refer to by name, as {@code #/components/responses/<name>}. */
    private static final Map<String, String> PROBLEM_RESPONSES = problemResponses();

    @Bean
    OpenAPI openApi(ObjectProvider<BuildProperties> build) {
        // Without build-info (a run from an IDE that skipped Maven's resources), the document still loads.
        String version =
                build.stream().map(BuildProperties::getVersion).findFirst().orElse("development");
        return new OpenAPI()
                .info(new Info()
                        .title("Framework Advisor API")
                        .version(version)
                        .description("Evidence-backed, explained recommendations between Python web frameworks: rank "
                                + "the frameworks for a project's weights, read the knowledge base behind the "
                                + "scores, and decide as a team in a room. Errors are RFC 9457 problem details "
                                + "(application/problem+json) that name the offending field.")
                        // No licence has been granted for this project (no LICENSE file, none in the README or
                        // pom.xml); the document says so rather than inventing one (ADR 0008).
                        .license(new License()
                                .name("No licence granted; all rights reserved")
                                .url("https://choosealicense.com/no-permission/")))
                // Relative, so the document is the same on every host and port, and a client calls the server it
                // was fetched from.
                .addServersItem(new Server().url("/").description("The server this document was fetched from"))
                .components(components());
    }

    /**
     * The problem responses an operation can give follow from what it takes, so they are derived here rather than
     * listed on each operation: a JSON body can be invalid (400), too large (413) or of another type (415); a
     * rate-limited operation can refuse (429); a key header can be wrong (403); a room id can name no room (404) or an
     * expired one (410). Operations list only what is particular to them (their success, 409, a version's 404).
     */
    @Bean
    OperationCustomizer problemsFollowFromWhatAnOperationTakes() {
        return (operation, handler) -> {
            List<String> problems = new ArrayList<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
                    problems.addAll(List.of("400", "413", "415"));
                }
                RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
                if (header != null && KEY_HEADERS.contains(header.name())) {
                    problems.add("403");
                }
                PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
                if (variable != null
                        && ROOM_ID.equals(variable.name().isEmpty() ? parameter.getParameterName() : variable.name())) {
                    problems.addAll(List.of("404", "410"));
                }
            }
            if (handler.hasMethodAnnotation(RateLimited.class)) {
                problems.add("429");
            }
            problems.forEach(status -> operation
                    .getResponses()
                    .computeIfAbsent(status, code -> new ApiResponse().$ref(PROBLEM_BY_STATUS.get(code))));
            return operation;
        };
    }

    /** Operations that need no key say so explicitly, so a client generator knows they are public. */
    @Bean
    OpenApiCustomizer publicOperationsNeedNoKey() {
        return openApi -> openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getSecurity() == null) {
                        operation.setSecurity(new ArrayList<>());
                    }
                }));
    }

    /**
     * A property that names a shared schema ({@code @Schema(ref = …)}) is that reference alone: springdoc would also
     * write the Java type's own {@code type} and {@code additionalProperties} beside it, which client generators
     * refuse.
     */
    @Bean
    @SuppressWarnings({"rawtypes", "unchecked"})
    OpenApiCustomizer referencesStandAlone() {
        return openApi -> openApi.getComponents().getSchemas().values().forEach(schema -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null) {
                properties.replaceAll((name, property) ->
                        property.get$ref() == null ? property : new Schema<>().$ref(property.get$ref()));
            }
        });
    }

    private static Components components() {
        Components components = new Components();
        ModelConverters.getInstance().readAll(Problem.class).forEach(components::addSchemas);
        components.addSchemas(
                "Weights",
                new ObjectSchema()
                        .description("Criterion ids (from the knowledge base) to whole weights from 0 (doesn't "
                                + "matter) to 5 (critical); criteria left out weigh 0. A criterion id that is not "
                                + "in the knowledge base used is refused.")
                        // No example of its own: springdoc writes a schema's object example as a string; the
                        // request bodies' examples show weights.
                        .additionalProperties(
                                new IntegerSchema().minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(5))));
        components.addSchemas(
                "ProjectAnswers",
                new ObjectSchema()
                        .description("Question ids (GET /api/questions) to the chosen answer ids: one for most"
                                + " questions, several for team-knows ('none' stands alone); a single id may also be"
                                + " given as a string. Any subset of the questions; an empty object derives the"
                                + " version's default weights (ADR 0015).")
                        .additionalProperties(new io.swagger.v3.oas.models.media.ArraySchema()
                                .items(new io.swagger.v3.oas.models.media.StringSchema().maxLength(40))
                                .maxItems(10)));
        PROBLEM_RESPONSES.forEach((name, description) -> components.addResponses(
                name,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        PROBLEM_JSON,
                                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))));
        components
                .getResponses()
                .get("TooManyRequests")
                .addHeaderObject(
                        "Retry-After",
                        new Header()
                                .description("Whole seconds until the client may try again")
                                .schema(new IntegerSchema().minimum(BigDecimal.ONE)));
        components.addSecuritySchemes(
                "facilitatorKey",
                new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name(FACILITATOR_KEY)
                        .description("The facilitator key, given once when the room is created"));
        components.addSecuritySchemes(
                "ballotKey",
                new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name(BALLOT_KEY)
                        .description("The ballot key, given once when the ballot is added"));
        return components;
    }

    private static Map<String, String> problemResponses() {
        Map<String, String> responses = new LinkedHashMap<>();
        responses.put(
                "BadRequest", "The body or a parameter is not valid; the problem names every field that is wrong");
        responses.put("Forbidden", "The key is missing or wrong");
        responses.put("NotFound", "There is no such room, ballot or knowledge-base version");
        responses.put("NotAcceptable", "The client accepts no media type this operation answers with");
        responses.put("Conflict", "Answering is closed in this room, or the room is full");
        responses.put("Gone", "The room has expired and its answers were deleted");
        responses.put("ContentTooLarge", "The request body is larger than the limit (64 KB by default)");
        responses.put("UnsupportedMediaType", "The request body is not application/json");
        responses.put("TooManyRequests", "The client is over its rate limit; Retry-After says when to try again");
        return responses;
    }
}
