package com.frameworkadvisor.performance;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileCopyUtils;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * The template resolver: Spring Boot's own, configured from {@code spring.thymeleaf.*} exactly as
 * ThymeleafAutoConfiguration configures it (which backs off when a bean named {@code defaultTemplateResolver} exists),
 * except that HTML templates are read through {@link TemplateWhitespace}, without their indentation.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ThymeleafProperties.class)
class CompactTemplatesConfiguration {

    @Bean
    SpringResourceTemplateResolver defaultTemplateResolver(ThymeleafProperties properties, ApplicationContext context) {
        SpringResourceTemplateResolver resolver = new CompactTemplateResolver();
        resolver.setApplicationContext(context);
        resolver.setPrefix(properties.getPrefix());
        resolver.setSuffix(properties.getSuffix());
        resolver.setTemplateMode(properties.getMode());
        if (properties.getEncoding() != null) {
            resolver.setCharacterEncoding(properties.getEncoding().name());
        }
        resolver.setCacheable(properties.isCache());
        Integer order = properties.getTemplateResolverOrder();
        if (order != null) {
            resolver.setOrder(order);
        }
        resolver.setCheckExistence(properties.isCheckTemplate());
        return resolver;
    }

    /** Reads HTML templates without their indentation; Thymeleaf caches what it parsed, so this runs once a template. */
    static final class CompactTemplateResolver extends SpringResourceTemplateResolver {

        @Override
        protected ITemplateResource computeTemplateResource(
                IEngineConfiguration configuration,
                String ownerTemplate,
                String template,
                String resourceName,
                String characterEncoding,
                Map<String, Object> attributes) {
            ITemplateResource resource = super.computeTemplateResource(
                    configuration, ownerTemplate, template, resourceName, characterEncoding, attributes);
            return getTemplateMode() == TemplateMode.HTML ? new CompactTemplateResource(resource) : resource;
        }
    }

    private record CompactTemplateResource(ITemplateResource resource) implements ITemplateResource {

        @Override
        public String getDescription() {
            return resource.getDescription();
        }

        @Override
        public String getBaseName() {
            return resource.getBaseName();
        }

        @Override
        public boolean exists() {
            return resource.exists();
        }

        @Override
        public Reader reader() throws IOException {
            return new StringReader(TemplateWhitespace.collapse(FileCopyUtils.copyToString(resource.reader())));
        }

        @Override
        public ITemplateResource relative(String relativeLocation) {
            return new CompactTemplateResource(resource.relative(relativeLocation));
        }
    }
}
