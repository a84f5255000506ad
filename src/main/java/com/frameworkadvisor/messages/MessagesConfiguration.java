package com.frameworkadvisor.messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.CollectionFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The message source: a {@link ConcurrentMessageSource} configured from {@code spring.messages.*} exactly as Spring
 * Boot's MessageSourceAutoConfiguration configures its own, which backs off when a bean named {@code messageSource}
 * exists.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessageSourceProperties.class)
class MessagesConfiguration {

    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource(MessageSourceProperties properties) {
        ConcurrentMessageSource messageSource = new ConcurrentMessageSource();
        if (properties.getBasename() != null && !properties.getBasename().isEmpty()) {
            messageSource.setBasenames(properties.getBasename().toArray(String[]::new));
        }
        if (properties.getEncoding() != null) {
            messageSource.setDefaultEncoding(properties.getEncoding().name());
        }
        messageSource.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        Duration cacheDuration = properties.getCacheDuration();
        if (cacheDuration != null) {
            messageSource.setCacheMillis(cacheDuration.toMillis());
        }
        messageSource.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        messageSource.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        messageSource.setCommonMessages(commonMessages(properties.getCommonMessages()));
        return messageSource;
    }

    private static Properties commonMessages(List<Resource> resources) {
        if (resources == null || resources.isEmpty()) {
            return null;
        }
        Properties properties = CollectionFactory.createSortedProperties(false);
        for (Resource resource : resources) {
            try {
                PropertiesLoaderUtils.fillProperties(properties, resource);
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to load common messages from '%s'".formatted(resource), e);
            }
        }
        return properties;
    }
}
