package com.frameworkadvisor.performance;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves {@code /css/**} and {@code /js/**} through {@link CompactAssets}. Spring Boot's static resource handling offers
 * no way to add a transformer, so these two folders get handlers of their own, set up from {@code spring.web.resources.*}
 * as Boot sets up its {@code /**} handler (same locations, cache headers and content-hash versions); the more specific
 * patterns take precedence over Boot's, which still serves everything else. With the resource chain's cache on (the
 * default), each file is compacted once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class CompactAssetsConfiguration implements WebMvcConfigurer {

    private final WebProperties.Resources resources;

    CompactAssetsConfiguration(WebProperties web) {
        this.resources = web.getResources();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        if (!resources.isAddMappings()) {
            return;
        }
        register(registry, "css");
        register(registry, "js");
    }

    private void register(ResourceHandlerRegistry registry, String folder) {
        ResourceHandlerRegistration registration = registry.addResourceHandler("/" + folder + "/**")
                .addResourceLocations(Stream.of(resources.getStaticLocations())
                        .map(l -> l + folder + "/")
                        .toArray(String[]::new));
        Duration period = resources.getCache().getPeriod();
        if (period != null) {
            registration.setCachePeriod((int) period.getSeconds());
        }
        registration.setCacheControl(resources.getCache().getCachecontrol().toHttpCacheControl());
        registration.setUseLastModified(resources.getCache().isUseLastModified());
        ResourceChainRegistration chain =
                registration.resourceChain(resources.getChain().isCache());
        if (resources.getChain().getStrategy().getContent().isEnabled()) {
            // The hash is taken from the file as written, so it changes exactly when the file does.
            chain.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        chain.addTransformer(new CompactingTransformer());
    }

    /** Compacts {@code .css} and {@code .js} files; anything else passes unchanged. */
    static final class CompactingTransformer implements ResourceTransformer {

        @Override
        public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
                throws IOException {
            Resource transformed = chain.transform(request, resource);
            String name = transformed.getFilename();
            UnaryOperator<String> compact = name == null
                    ? null
                    : name.endsWith(".css") ? CompactAssets::css : name.endsWith(".js") ? CompactAssets::js : null;
            if (compact == null) {
                return transformed;
            }
            String text = transformed.getContentAsString(StandardCharsets.UTF_8);
            return new TransformedResource(transformed, compact.apply(text).getBytes(StandardCharsets.UTF_8));
        }
    }
}
