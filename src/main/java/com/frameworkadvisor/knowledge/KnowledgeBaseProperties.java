package com.frameworkadvisor.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the knowledge base lives.
 *
 * @param knowledgeBase the knowledge directory (its manifest.json and every published version) as a Spring resource
 *     location such as {@code file:/srv/knowledge/}; when unset, {@code data/knowledge} in the working directory if
 *     present, otherwise the copy packaged in the application
 */
@ConfigurationProperties("advisor")
public record KnowledgeBaseProperties(String knowledgeBase) {}
