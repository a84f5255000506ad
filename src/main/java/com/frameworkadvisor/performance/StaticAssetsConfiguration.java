package com.frameworkadvisor.performance;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.TransformedResource;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files the site serves, each folder mapped on its own, in place of Spring Boot's catch-all {@code /**}
 * mapping ({@code spring.web.resources.add-mappings=false}). Stylesheets, scripts and the icon are linked at an address
 * carrying a hash of their content ({@code /css/app-<hash>.css}, Spring's content-version strategy, rewritten in pages
 * by Boot's {@code ResourceUrlEncodingFilter}), so they are cached for a year and a changed file gets a new address.
 *
 * <p>Why not the catch-all mapping: under it, the resource chain is asked about every link a page builds, and for a
 * link that is no asset ({@code /results?…}, {@code /compare#source-…}) it searched every static location through
 * every jar on the classpath, uncached (spring-framework#34014); a results page builds about a hundred links. With
 * only these patterns, such a link matches none and is left as written at once (281 µs to 7.5 µs a link, ADR 0010).
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetsConfiguration implements WebMvcConfigurer {

    private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365));

    /**
     * Holds each asset's bytes in memory, where the chain's cache keeps what a transformer returns; otherwise every
     * request reads the file out of the nested jar again, which halved the static asset's rate (about 3,000 to 1,500
     * requests a second in alternating runs, ADR 0010). Spring's transformers return the file unchanged when they have
     * nothing to rewrite, so none of them does this.
     */
    private static final ResourceTransformer IN_MEMORY = (request, resource, chain) -> {
        Resource transformed = chain.transform(request, resource);
        return transformed instanceof TransformedResource
                ? transformed
                : new TransformedResource(transformed, transformed.getContentAsByteArray());
    };

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        versioned(registry, "/css/**", "classpath:/static/css/");
        versioned(registry, "/js/**", "classpath:/static/js/");
        versioned(registry, "/favicon*.svg", "classpath:/static/");
        // Read by crawlers at its one fixed address; a day's cache lets a change reach them soon.
        registry.addResourceHandler("/robots.txt")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)));
    }

    private static void versioned(ResourceHandlerRegistry registry, String pattern, String location) {
        registry.addResourceHandler(pattern)
                .addResourceLocations(location)
                .setCacheControl(A_YEAR)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                .addTransformer(new CssLinkResourceTransformer())
                .addTransformer(IN_MEMORY);
    }
}
