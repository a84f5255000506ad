package com.frameworkadvisor.performance;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.LocaleResolver;

/** Registers {@link PageCacheFilter} for the pages that only depend on their URL. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
            PageCacheProperties properties, ObjectProvider<LocaleResolver> locales) {
        // The locale as Spring MVC resolves it for the view, so a page is kept per language it is rendered in.
        PageCacheFilter filter =
                new PageCacheFilter(properties.maxSize().toBytes(), SingletonSupplier.of(locales::getObject));
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
