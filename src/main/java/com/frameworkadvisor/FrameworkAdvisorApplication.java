package com.frameworkadvisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FrameworkAdvisorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FrameworkAdvisorApplication.class, args);
    }
}
