package com.frameworkadvisor.system;

import com.frameworkadvisor.scoring.Scorer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the plain-Java scoring core available to the web layer. */
@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

    @Bean
    Scorer scorer() {
        return new Scorer();
    }
}
