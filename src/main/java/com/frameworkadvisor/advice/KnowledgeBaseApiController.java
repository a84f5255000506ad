package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.KnowledgeBase;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class KnowledgeBaseApiController {

    private final KnowledgeBase kb;

    KnowledgeBaseApiController(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Operation(summary = "The knowledge base as loaded, in the same shape as data/knowledge-base.json")
    @GetMapping(path = "/api/knowledge-base", produces = MediaType.APPLICATION_JSON_VALUE)
    KnowledgeBase knowledgeBase() {
        return kb;
    }
}
