package com.frameworkadvisor.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every shipped text reads exactly as Spring's own message source, configured as application.properties says, reads it. */
class ConcurrentMessageSourceTest {

    /** Texts take names, scores and counts; each set fits some texts, and where one does not, both must fail alike. */
    private static final List<Object[]> ARGUMENTS =
            List.of(new Object[] {"Django", "Flask", "61.5", "3", "1"}, new Object[] {2, 1, 3.5, 4, 1}, new Object[] {
                "Django", 1, "61.5", 3, 0
            });

    private final ResourceBundleMessageSource spring = configure(new ResourceBundleMessageSource());
    private final ConcurrentMessageSource concurrent = configure(new ConcurrentMessageSource());

    @Test
    void everyTextReadsAsWithSpringsMessageSource() throws IOException {
        for (String code : codes()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.ROOT)) {
                assertThat(concurrent.getMessage(code, null, locale))
                        .as(code)
                        .isEqualTo(spring.getMessage(code, null, locale));
                assertThat(concurrent.getMessage(code, null, locale))
                        .as(code + " again")
                        .isEqualTo(spring.getMessage(code, null, locale));
                for (Object[] arguments : ARGUMENTS) {
                    assertThat(outcome(concurrent, code, arguments, locale))
                            .as(code + " with arguments")
                            .isEqualTo(outcome(spring, code, arguments, locale));
                }
            }
        }
    }

    @Test
    void aMissingTextFailsOrFallsBackEveryTime() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> concurrent.getMessage("no.such.text", null, Locale.ENGLISH))
                    .isInstanceOf(NoSuchMessageException.class);
            assertThat(concurrent.getMessage("no.such.text", null, "It''s {0}", Locale.ENGLISH))
                    .isEqualTo(spring.getMessage("no.such.text", null, "It''s {0}", Locale.ENGLISH));
        }
    }

    @Test
    void formatsConcurrentlyWithoutMixingArguments() throws Exception {
        String code = codes().stream()
                .filter(c -> outcome(spring, c, new Object[] {"\u0001"}, Locale.ENGLISH)
                        .contains("\u0001"))
                .findFirst()
                .orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String argument = "argument-" + t;
                checks.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        if (!concurrent
                                .getMessage(code, new Object[] {argument}, Locale.ENGLISH)
                                .contains(argument)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String outcome(ResourceBundleMessageSource source, String code, Object[] arguments, Locale locale) {
        try {
            return source.getMessage(code, arguments, locale);
        } catch (IllegalArgumentException e) {
            return "fails: " + e.getMessage();
        }
    }

    private static <T extends ResourceBundleMessageSource> T configure(T source) {
        source.setBasenames("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    private static List<String> codes() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = ConcurrentMessageSourceTest.class.getResourceAsStream("/messages/messages.properties")) {
            messages.load(in);
        }
        return messages.stringPropertyNames().stream().sorted().toList();
    }
}
