package com.frameworkadvisor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameworkadvisor.FrameworkAdvisorApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules are the direct subpackages of {@code com.frameworkadvisor}: each one's public types in
 * its own package are its API, everything else is internal. Spring Modulith fails on a cycle between modules and on
 * a module that uses another's internals; the module documentation it writes is committed under docs/modules/.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(FrameworkAdvisorApplication.class);

    static final Path COMMITTED = Path.of("docs/modules");
    static final Path WRITTEN = Path.of("target/modulith-docs");

    @Nested
    class TheModules {

        @Test
        void haveNoCyclesAndUseOnlyEachOthersApi() {
            MODULES.verify();
        }

        @Test
        void areTheFeaturesTheCoreAndThePlatformConcerns() {
            assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                    .containsExactlyInAnyOrder(
                            "advice",
                            "rooms",
                            "knowledge",
                            "scoring",
                            "errors",
                            "security",
                            "ratelimit",
                            "logging",
                            "persistence",
                            "performance");
        }
    }

    @Nested
    class TheDocumentation {

        @Test
        void committedUnderDocsModulesIsWhatTheCodeSays() throws IOException {
            new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(WRITTEN.toString()))
                    .writeModulesAsPlantUml()
                    .writeIndividualModulesAsPlantUml()
                    .writeModuleCanvases();
            List<Path> written = files(WRITTEN);
            assertThat(written).isNotEmpty();
            assertThat(files(COMMITTED))
                    .as("docs/modules/ lists the same files as target/modulith-docs/; copy them over after a change")
                    .containsExactlyInAnyOrderElementsOf(written);
            for (Path file : written) {
                // Modulith writes relations in no fixed order, so the lines are compared, not their order.
                assertThat(Files.readAllLines(COMMITTED.resolve(file)))
                        .as("docs/modules/%s is out of date; copy target/modulith-docs/%s over it", file, file)
                        .containsExactlyInAnyOrderElementsOf(Files.readAllLines(WRITTEN.resolve(file)));
            }
        }

        private static List<Path> files(Path folder) throws IOException {
            if (!Files.isDirectory(folder)) {
                return List.of();
            }
            try (Stream<Path> paths = Files.list(folder)) {
                return paths.map(folder::relativize).sorted().toList();
            }
        }
    }
}
