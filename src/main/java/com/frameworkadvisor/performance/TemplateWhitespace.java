package com.frameworkadvisor.performance;

import java.util.Locale;
import java.util.Set;

/**
 * Takes the indentation out of an HTML template before Thymeleaf parses it, so that pages are not half indentation
 * (a results page that explains all sixteen criteria was 35 % spaces). Thymeleaf has no minifier of its own; doing it
 * on the template, once per parse, costs nothing per request.
 *
 * <p>Only whitespace between text and tags changes, and only where a browser cannot show the difference:
 * <ul>
 *   <li>a run of whitespace that spans lines becomes one line break, which renders exactly like the run did (one space
 *       between inline content, nothing at the start or end of a block);</li>
 *   <li>such a run is dropped entirely where it sits between two tags and one of them belongs to an element whose
 *       whitespace is never rendered ({@link #STRUCTURAL}: document, table and select structure, SVG shapes) or to a
 *       block-level element ({@link #BLOCK}: sections, paragraphs, lists and the like);</li>
 *   <li>whitespace within a line (between words, or between two inline elements) is kept as it is.</li>
 * </ul>
 * Within a tag, whitespace between attributes becomes one space; attribute values (Thymeleaf expressions included),
 * comments, and the content of {@code <pre>}, {@code <textarea>}, {@code <script>} and {@code <style>} are copied
 * unchanged.
 */
final class TemplateWhitespace {

    /** Elements whose content is copied unchanged: whitespace is content there. */
    private static final Set<String> RAW = Set.of("pre", "textarea", "script", "style");

    /**
     * Elements that never render whitespace beside their tags, because it is outside the rendered page, in table or
     * select structure, or between SVG shapes ({@code text} is not one: its whitespace is text).
     */
    private static final Set<String> STRUCTURAL = Set.of(
            "!doctype",
            "html",
            "head",
            "body",
            "meta",
            "link",
            "title",
            "script",
            "style",
            "base",
            "table",
            "caption",
            "colgroup",
            "col",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "td",
            "th",
            "select",
            "option",
            "optgroup",
            "svg",
            "g",
            "rect",
            "circle",
            "line",
            "path",
            "polygon",
            "polyline",
            "desc",
            "defs",
            "use");

    /**
     * Block-level elements: whitespace beside their tags is not rendered either, as long as no stylesheet makes them
     * inline, which app.css never does. ({@code form} is not one of them: rooms show small forms inline.)
     */
    private static final Set<String> BLOCK = Set.of(
            "main",
            "header",
            "footer",
            "nav",
            "aside",
            "section",
            "article",
            "div",
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "figure",
            "figcaption",
            "details",
            "summary",
            "fieldset",
            "legend",
            "hr");

    private TemplateWhitespace() {}

    static String collapse(String template) {
        StringBuilder out = new StringBuilder(template.length());
        String previousTag = null; // the tag just before the current position, when nothing but whitespace followed it
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c == '<' && template.startsWith("<!--", i)) {
                int end = template.indexOf("-->", i + 4);
                end = end < 0 ? n : end + 3;
                out.append(template, i, end);
                previousTag = null;
                i = end;
            } else if (c == '<' && startsTag(template, i)) {
                int end = endOfTag(template, i);
                String name = tagName(template, i, end);
                appendTag(out, template, i, end);
                i = end;
                previousTag = name;
                if (RAW.contains(name) && template.charAt(end - 2) != '/') {
                    int close = indexOfIgnoreCase(template, "</" + name, i);
                    close = close < 0 ? n : close;
                    out.append(template, i, close);
                    i = close;
                    previousTag = null;
                }
            } else if (Character.isWhitespace(c)) {
                int end = i;
                boolean lineBreak = false;
                while (end < n && Character.isWhitespace(template.charAt(end))) {
                    lineBreak |= template.charAt(end) == '\n' || template.charAt(end) == '\r';
                    end++;
                }
                if (!lineBreak) {
                    out.append(template, i, end);
                } else if (!unrendered(previousTag, nextTag(template, end))) {
                    out.append('\n');
                }
                i = end;
            } else {
                out.append(c);
                previousTag = null;
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Whether whitespace between these two tags is never rendered. Both must be tags (whitespace beside text separates
     * words). Whitespace just inside {@code <svg>} and {@code </svg>} is between shapes; just outside, it is between
     * inline content, like the space between an inline icon and its label.
     */
    private static boolean unrendered(String before, String after) {
        if (before == null || after == null) {
            return false;
        }
        return before.equals("svg")
                || after.equals("/svg")
                || (!before.equals("/svg") && hidesWhitespace(withoutSlash(before)))
                || (!after.equals("svg") && hidesWhitespace(withoutSlash(after)));
    }

    private static boolean hidesWhitespace(String name) {
        return STRUCTURAL.contains(name) || BLOCK.contains(name);
    }

    private static String withoutSlash(String tag) {
        return tag.startsWith("/") ? tag.substring(1) : tag;
    }

    /** The name of the tag that starts at {@code i}, or null when no tag starts there. */
    private static String nextTag(String template, int i) {
        if (i >= template.length()
                || template.charAt(i) != '<'
                || template.startsWith("<!--", i)
                || !startsTag(template, i)) {
            return null;
        }
        return tagName(template, i, endOfTag(template, i));
    }

    /** Copies a tag with each run of whitespace between its attributes made one space; values stay as they are. */
    private static void appendTag(StringBuilder out, String template, int start, int end) {
        char quote = 0;
        for (int i = start; i < end; i++) {
            char c = template.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (Character.isWhitespace(c)) {
                while (i + 1 < end && Character.isWhitespace(template.charAt(i + 1))) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
                if (c == '"' || c == '\'') {
                    quote = c;
                }
            }
        }
    }

    /** {@code <} starts a tag when a name, {@code /name} or {@code !DOCTYPE} follows; otherwise it is text. */
    private static boolean startsTag(String template, int i) {
        if (i + 1 >= template.length()) {
            return false;
        }
        char next = template.charAt(i + 1);
        return Character.isLetter(next)
                || next == '!'
                || (next == '/' && i + 2 < template.length() && Character.isLetter(template.charAt(i + 2)));
    }

    /** The index just after the {@code >} that closes the tag at {@code start}; a {@code >} in quotes does not count. */
    private static int endOfTag(String template, int start) {
        char quote = 0;
        for (int i = start + 1; i < template.length(); i++) {
            char c = template.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return template.length();
    }

    /** The tag's name in lower case, with a leading {@code /} for an end tag. */
    private static String tagName(String template, int start, int end) {
        int i = start + 1;
        while (i < end
                && !Character.isWhitespace(template.charAt(i))
                && template.charAt(i) != '>'
                && !(template.charAt(i) == '/' && i > start + 1)) {
            i++;
        }
        return template.substring(start + 1, i).toLowerCase(Locale.ROOT);
    }

    private static int indexOfIgnoreCase(String text, String part, int from) {
        for (int i = from; i <= text.length() - part.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return i;
            }
        }
        return -1;
    }
}
