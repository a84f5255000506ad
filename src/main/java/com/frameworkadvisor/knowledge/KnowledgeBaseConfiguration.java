package com.frameworkadvisor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/** Loads every published knowledge-base version once at startup; a broken or altered one stops the application. */
@Configuration(proxyBeanMethods = false)
class KnowledgeBaseConfiguration {

    static final String DATA_DIRECTORY = "data/knowledge";
    static final String PACKAGED_DIRECTORY = "classpath:knowledge/";

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseConfiguration.class);

    @Bean
    KnowledgeBases knowledgeBases(KnowledgeBaseProperties properties, ResourceLoader resources, JsonMapper mapper) {
        String directory = location(properties);
        KnowledgeBases loaded = new KnowledgeDirectoryLoader(mapper).load(new KnowledgeDirectoryLoader.Files() {
            @Override
            public InputStream open(String name) throws IOException {
                return resources.getResource(directory + name).getInputStream();
            }

            @Override
            public String describe(String name) {
                return KnowledgeBaseConfiguration.describe(resources.getResource(directory + name));
            }
        });
        loaded.versions().forEach(version -> {
            KnowledgeBase kb = loaded.find(version.version()).orElseThrow();
            log.info(
                    "Loaded knowledge base {} version {} of {}: {} frameworks, {} criteria, {} profiles",
                    directory,
                    kb.version(),
                    version.released(),
                    kb.frameworks().size(),
                    kb.criteria().size(),
                    kb.profiles().size());
        });
        return loaded;
    }

    /** The directory as a location that file names can be appended to. */
    private static String location(KnowledgeBaseProperties properties) {
        String location = properties.knowledgeBase();
        if (location == null || location.isBlank()) {
            location = Files.isDirectory(Path.of(DATA_DIRECTORY)) ? "file:" + DATA_DIRECTORY : PACKAGED_DIRECTORY;
        }
        return location.endsWith("/") ? location : location + "/";
    }

    private static String describe(Resource resource) {
        try {
            return resource.isFile() ? resource.getFile().getPath() : resource.getDescription();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
