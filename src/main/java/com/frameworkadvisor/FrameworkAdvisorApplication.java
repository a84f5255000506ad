package com.frameworkadvisor;

import com.frameworkadvisor.scoring.Scorer;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.data.autoconfigure.web.DataWebAutoConfiguration;
import org.springframework.boot.health.autoconfigure.application.SslHealthContributorAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.ssl.SslMetricsAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.context.annotation.Bean;

// Auto-configurations for what the application does not use (ADR 0018), so that start-up neither evaluates nor
// creates them: UserDetailsService, because nobody signs in (Spring Boot would otherwise create a user with a generated
// password); multipart, because no form uploads a file; Spring Data web, because no request takes paging or sorting
// parameters; a JdbcClient bean, because each class that needs one makes its own from the DataSource; SSL bundle
// health and metrics, because the application has no SSL bundle (TLS ends at the proxy).
@SpringBootApplication(
        exclude = {
            UserDetailsServiceAutoConfiguration.class,
            MultipartAutoConfiguration.class,
            DataWebAutoConfiguration.class,
            JdbcClientAutoConfiguration.class,
            SslHealthContributorAutoConfiguration.class,
            SslMetricsAutoConfiguration.class
        })
@ConfigurationPropertiesScan
public class FrameworkAdvisorApplication {

    /**
     * With {@code -Dadvisor.startup-breakdown=true} (bench/startup --startup-breakdown), Spring records every step of
     * the start (each bean's creation, the context's refresh) for the actuator's {@code startup} endpoint. Without it,
     * Spring's default {@code ApplicationStartup} records nothing and costs nothing; the endpoint then does not exist.
     */
    static final String STARTUP_BREAKDOWN = "advisor.startup-breakdown";

    /** Room for every step of a start, with margin: about 550 beans and 30 other steps today. */
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
