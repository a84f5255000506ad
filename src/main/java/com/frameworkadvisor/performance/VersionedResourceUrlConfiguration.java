package com.frameworkadvisor.performance;

import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Registers {@link VersionedResourceUrlFilter} in place of the {@link ResourceUrlEncodingFilter} that Spring Boot
 * registers for Thymeleaf when the resource chain is on (Boot's backs off when a filter of that type exists).
 */
@Configuration(proxyBeanMethods = false)
class VersionedResourceUrlConfiguration {

    /** Webjar links are rewritten by the resource chain too, though no page links one today. */
    private static final String WEBJARS = "/webjars/**";

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> versionedResourceUrlFilter(
            ObjectProvider<ResourceUrlProvider> urls, WebProperties web) {
        WebProperties.Resources.Chain chain = web.getResources().getChain();
        List<String> versioned = new ArrayList<>();
        if (chain.getStrategy().getContent().isEnabled()) {
            versioned.addAll(List.of(chain.getStrategy().getContent().getPaths()));
        }
        if (chain.getStrategy().getFixed().isEnabled()) {
            versioned.addAll(List.of(chain.getStrategy().getFixed().getPaths()));
        }
        versioned.add(WEBJARS);
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
                new VersionedResourceUrlFilter(urls::getObject, versioned, chain.isCache()));
        // As Spring Boot registers its filter: error pages link the stylesheet too.
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
