package com.frameworkadvisor;

import com.frameworkadvisor.scoring.Scorer;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;

// Nobody signs in: without this, Spring Boot would create a user with a generated password.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class FrameworkAdvisorApplication {

    /**
     * With {@code -Dadvisor.startup-breakdown=true} (bench/startup --startup-breakdown), Spring records every step of
     * the start (each bean's creation, the context's refresh) for the actuator's {@code startup} endpoint. Without it,
     * Spring's default {@code ApplicationStartup} records nothing and costs nothing; the endpoint then does not exist.
     */
    static final String STARTUP_BREAKDOWN = "advisor.startup-breakdown";

    /** Room for every step of a start: about 1,500 beans and a few dozen other steps today. */
    private static final int STARTUP_STEPS = 20_000;

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(FrameworkAdvisorApplication.class);
        if (Boolean.getBoolean(STARTUP_BREAKDOWN)) {
            application.setApplicationStartup(new BufferingApplicationStartup(STARTUP_STEPS));
        }
        application.run(args);
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
