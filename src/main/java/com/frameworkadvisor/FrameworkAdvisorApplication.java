package com.frameworkadvisor;

import com.frameworkadvisor.scoring.Scorer;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;

// Nobody signs in: without this, Spring Boot would create a user with a generated password.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class FrameworkAdvisorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FrameworkAdvisorApplication.class, args);
    }

    /** The plain-Java scoring core, shared by every feature. */
    @Bean
    Scorer scorer() {
        return new Scorer();
    }

    /** The one source of "now" (decision record dates, room expiry, rate-limit windows); tests fix or step it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
