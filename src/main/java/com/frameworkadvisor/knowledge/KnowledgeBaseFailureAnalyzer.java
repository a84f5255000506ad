package com.frameworkadvisor.knowledge;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken knowledge base into Spring Boot's short "APPLICATION FAILED TO START" report instead of a stack trace. */
class KnowledgeBaseFailureAnalyzer extends AbstractFailureAnalyzer<KnowledgeBaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KnowledgeBaseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Correct the knowledge directory (a published version never changes: publish a correction as a new "
                        + "version), or point the property advisor.knowledge-base at a valid knowledge directory.",
                cause);
    }
}
