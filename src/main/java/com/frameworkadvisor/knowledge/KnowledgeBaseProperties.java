package com.frameworkadvisor.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the knowledge base lives.
 *
 * @param knowledgeBase a Spring resource location such as {@code file:/srv/kb.json}; when unset, {@code data/knowledge-base.json}
 *     in the working directory if present, otherwise the copy packaged in the application
 */
@ConfigurationProperties("advisor")
public record KnowledgeBaseProperties(String knowledgeBase) {}
