package com.frameworkadvisor.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The texts are read by Spring Boot's own message source, which passes a text through {@link java.text.MessageFormat}
 * only when it is given arguments. So an apostrophe is written as two in a text with placeholders (MessageFormat reads
 * one as the start of a quotation) and as one everywhere else (it is shown as written).
 */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    static Properties texts;

    @BeforeAll
    static void readTheTexts() throws IOException {
        texts = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/messages.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aTextWithoutPlaceholdersWritesAnApostropheOnce() {
        assertThat(texts.stringPropertyNames())
                .filteredOn(key -> !PLACEHOLDER.matcher(texts.getProperty(key)).find())
                .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).doesNotContain("''"));
    }

    @Test
    void aTextWithPlaceholdersWritesEveryApostropheTwice() {
        assertThat(texts.stringPropertyNames())
                .filteredOn(key -> PLACEHOLDER.matcher(texts.getProperty(key)).find())
                .allSatisfy(key -> assertThat(texts.getProperty(key).replace("''", ""))
                        .as(key)
                        .doesNotContain("'"));
    }
}
