package com.frameworkadvisor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The few structural rules that matter. */
@AnalyzeClasses(packages = "com.frameworkadvisor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule scoringIsPlainJava = noClasses()
            .that()
            .resideInAPackage("com.frameworkadvisor.scoring..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta..", "tools.jackson..")
            .because("the scoring core must be readable and testable on its own");

    @ArchTest
    static final ArchRule knowledgeRecordsArePlainJava = classes()
            .that()
            .resideInAPackage("com.frameworkadvisor.knowledge..")
            .and()
            .areRecords()
            .and()
            .areNotAnnotatedWith(org.springframework.boot.context.properties.ConfigurationProperties.class)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.frameworkadvisor.knowledge..", "com.fasterxml.jackson.annotation..")
            .because("the scoring core depends on them");

    @ArchTest
    static final ArchRule coreKnowsNoFeatureOrPlatform = noClasses()
            .that()
            .resideInAnyPackage("com.frameworkadvisor.knowledge..", "com.frameworkadvisor.scoring..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.frameworkadvisor.advice..",
                    "com.frameworkadvisor.rooms..",
                    "com.frameworkadvisor.errors..",
                    "com.frameworkadvisor.security..",
                    "com.frameworkadvisor.ratelimit..",
                    "com.frameworkadvisor.logging..",
                    "com.frameworkadvisor.persistence..",
                    "com.frameworkadvisor.performance..");

    @ArchTest
    static final ArchRule platformKnowsNoFeature = noClasses()
            .that()
            .resideInAnyPackage(
                    "com.frameworkadvisor.errors..",
                    "com.frameworkadvisor.security..",
                    "com.frameworkadvisor.ratelimit..",
                    "com.frameworkadvisor.logging..",
                    "com.frameworkadvisor.persistence..",
                    "com.frameworkadvisor.performance..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.frameworkadvisor.advice..", "com.frameworkadvisor.rooms..")
            .because("each feature maps its own exceptions and registers its own limits");
}
