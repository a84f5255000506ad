package com.frameworkadvisor.system;

import com.frameworkadvisor.scoring.Scorer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the plain-Java scoring core available to the web layer. */
@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

    @Bean
    Scorer scorer() {
        return new Scorer();
    }

    /** The date on exported decision records; a bean so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
