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
            .resideInAPackage("..scoring..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta..", "tools.jackson..")
            .because("the scoring core must be readable and testable on its own");

    @ArchTest
    static final ArchRule knowledgeRecordsArePlainJava = classes()
            .that()
            .resideInAPackage("..knowledge..")
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
            .resideInAnyPackage("..knowledge..", "..scoring..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..advice..",
                    "..rooms..",
                    "..errors..",
                    "..security..",
                    "..ratelimit..",
                    "..logging..",
                    "..persistence..",
                    "..messages..",
                    "..performance..");

    @ArchTest
    static final ArchRule platformKnowsNoFeature = noClasses()
            .that()
            .resideInAnyPackage(
                    "..errors..",
                    "..security..",
                    "..ratelimit..",
                    "..logging..",
                    "..persistence..",
                    "..messages..",
                    "..performance..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..advice..", "..rooms..")
            .because("each feature maps its own exceptions and registers its own limits");
}
