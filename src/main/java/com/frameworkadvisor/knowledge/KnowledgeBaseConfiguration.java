package com.frameworkadvisor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/** Loads the knowledge base once at startup; a broken one stops the application. */
@Configuration(proxyBeanMethods = false)
class KnowledgeBaseConfiguration {

    static final String DATA_FILE = "data/knowledge-base.json";
    static final String PACKAGED_FILE = "classpath:knowledge/knowledge-base.json";
    static final String PACKAGED_SCHEMA = "classpath:knowledge/knowledge-base.schema.json";

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseConfiguration.class);

    @Bean
    KnowledgeBase knowledgeBase(KnowledgeBaseProperties properties, ResourceLoader resources, JsonMapper mapper) {
        Resource document = resources.getResource(location(properties));
        if (!document.exists()) {
            throw new KnowledgeBaseException(
                    describe(document),
                    java.util.List.of(new KnowledgeBaseException.Problem("$", "the file does not exist")));
        }
        try (InputStream schema = resources.getResource(PACKAGED_SCHEMA).getInputStream()) {
            KnowledgeBase kb =
                    new KnowledgeBaseLoader(mapper, schema).load(describe(document), document.getInputStream());
            log.info(
                    "Loaded knowledge base {} version {}: {} frameworks, {} criteria, {} profiles",
                    describe(document),
                    kb.version(),
                    kb.frameworks().size(),
                    kb.criteria().size(),
                    kb.profiles().size());
            return kb;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read knowledge base " + describe(document), e);
        }
    }

    private static String location(KnowledgeBaseProperties properties) {
        if (properties.knowledgeBase() != null && !properties.knowledgeBase().isBlank()) {
            return properties.knowledgeBase();
        }
        return Files.isRegularFile(Path.of(DATA_FILE)) ? "file:" + DATA_FILE : PACKAGED_FILE;
    }

    private static String describe(Resource resource) {
        try {
            return resource.isFile() ? resource.getFile().getPath() : resource.getDescription();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
