package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.PublishedVersion;
import com.frameworkadvisor.knowledge.Question;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Knowledge base", description = "The published knowledge-base versions the scores come from")
class KnowledgeBaseApiController {

    private final KnowledgeBases kbs;

    KnowledgeBaseApiController(KnowledgeBases kbs) {
        this.kbs = kbs;
    }

    /** A published version as the versions list shows it. */
    record Version(String version, LocalDate released, String summary, boolean current) {}

    @Operation(
            summary = "A knowledge-base version as loaded, in the same shape as its file under data/knowledge/",
            description = "Without a version, the current one. An unknown version is a 404 problem.")
    @ApiResponse(responseCode = "200", description = "The knowledge base")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping(path = "/api/knowledge-base", produces = MediaType.APPLICATION_JSON_VALUE)
    KnowledgeBase knowledgeBase(
            @Parameter(
                            description = "A published version such as 2026.11.1",
                            schema = @Schema(pattern = "^\\d{4}\\.(0[1-9]|1[0-2])\\.[1-9]\\d{0,3}$"))
                    @RequestParam(required = false)
                    String version) {
        return version == null ? kbs.current() : ResultsLink.version(kbs, List.of(version), "version");
    }

    @Operation(
            summary = "The project questions of a knowledge-base version, with their options",
            description = "Without a version, the current one. Each option's changes move criterion weights by the"
                    + " rule of ADR 0015; a version without questions answers an empty list. An unknown version is a"
                    + " 404 problem.")
    @ApiResponse(responseCode = "200", description = "The questions, in the order the form asks them")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping(path = "/api/questions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Question> questions(
            @Parameter(
                            description = "A published version such as 2026.11.3",
                            schema = @Schema(pattern = "^\\d{4}\\.(0[1-9]|1[0-2])\\.[1-9]\\d{0,3}$"))
                    @RequestParam(required = false)
                    String version) {
        return knowledgeBase(version).questions();
    }

    @Operation(summary = "Every published knowledge-base version, oldest first, with the current one marked")
    @ApiResponse(responseCode = "200", description = "The versions")
    @ApiResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    @GetMapping(path = "/api/knowledge-base/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Version> versions() {
        String current = kbs.current().version();
        return kbs.versions().stream()
                .map((PublishedVersion v) -> new Version(
                        v.version(), v.released(), v.summary(), v.version().equals(current)))
                .toList();
    }
}
