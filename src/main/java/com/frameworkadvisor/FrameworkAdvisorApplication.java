package com.frameworkadvisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

// Nobody signs in: without this, Spring Boot would create a user with a generated password.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class FrameworkAdvisorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FrameworkAdvisorApplication.class, args);
    }
}
