package com.frameworkadvisor.logging;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With {@code advisor.access-log.enabled=true}, one line per request in the application log, secrets masked. */
@Configuration(proxyBeanMethods = false)
class AccessLogConfiguration {

    /** Tomcat's "common" layout plus the time taken, in milliseconds. */
    private static final String PATTERN = "%a \"%r\" %s %b %{ms}Tms";

    @Bean
    @ConditionalOnBooleanProperty("advisor.access-log.enabled")
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> maskedAccessLog() {
        return factory -> factory.addEngineValves(new AccessLogValve(PATTERN));
    }
}
