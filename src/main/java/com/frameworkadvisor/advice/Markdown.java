package com.frameworkadvisor.advice;

/** Text that goes into a Markdown document and must stay text there, whoever wrote it. */
public final class Markdown {

    private Markdown() {}

    /**
     * Text stays text: characters that Markdown or HTML would read as markup are escaped, and line breaks become
     * spaces, so the result is one inline run that cannot start a heading, list, quote, rule, table or HTML block
     * wherever it is placed.
     */
    public static String escape(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '~' ->
                    escaped.append('\\').append(c);
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\n', '\r' -> escaped.append(' ');
                // First on a line, these begin a list item, a rule or a heading underline.
                case '-', '+', '=' -> escaped.append(i == start ? "\\" : "").append(c);
                case '.', ')' ->
                    escaped.append(orderedListMarker(text, start, i) ? "\\" : "")
                            .append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Whether the character at {@code end} closes the first word when that is digits followed by a space or the end,
     * as in "1. " or "2)": the marker of an ordered list item. A version such as "2026.11.1" is no marker.
     */
    private static boolean orderedListMarker(String text, int start, int end) {
        if (end == start || end + 1 < text.length() && !Character.isWhitespace(text.charAt(end + 1))) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
