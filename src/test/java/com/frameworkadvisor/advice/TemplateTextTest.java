package com.frameworkadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every word a user reads comes from messages.properties or the knowledge base, never from a template's literal text. */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void hasNoLiteralTextThatThymeleafDoesNotReplace(Path template) throws IOException {
        Document document = Jsoup.parse(Files.readString(template));
        List<String> literal = document.body().select("*").stream()
                .filter(element -> !replacedByThymeleaf(element))
                .flatMap(element -> element.textNodes().stream())
                .map(TextNode::text)
                .map(String::strip)
                .filter(text -> !text.isEmpty() && !text.matches("[\\p{Punct}\\s—–…]*"))
                .toList();

        assertThat(literal).as("literal text in %s", template).isEmpty();
    }

    private static boolean replacedByThymeleaf(Element element) {
        // The <html> element's th:replace hands the page's own <main> to the layout, so it replaces nothing here.
        for (Element e = element; e != null && !e.tagName().equals("html"); e = e.parent()) {
            if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")) {
                return true;
            }
        }
        return false;
    }
}
