package com.frameworkadvisor.performance;

/**
 * Serves the hand-written stylesheets and scripts without their comments and indentation, which are for whoever edits
 * them, not for the browser: about a fifth of each file. Deliberately simple, so that it cannot change what the code
 * means; it is not a general-purpose minifier.
 */
final class CompactAssets {

    /** Characters after which whitespace in CSS never matters. */
    private static final String SPACE_NOT_NEEDED_AFTER = "{};:,>(";

    /**
     * Characters before which whitespace in CSS never matters. Not {@code :}, since {@code a :hover} and {@code a:hover}
     * differ, nor {@code (}, since {@code and (} must stay apart.
     */
    private static final String SPACE_NOT_NEEDED_BEFORE = "{};,>)";

    private CompactAssets() {}

    /**
     * CSS without comments, with each run of whitespace made one space, and that space dropped where it cannot matter
     * (after {@code { } ; : , > (}, before {@code { } ; , > )}); a {@code ;} before {@code }} goes too. Strings are
     * copied unchanged.
     */
    static String css(String css) {
        StringBuilder out = new StringBuilder(css.length());
        boolean pendingSpace = false;
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && css.startsWith("/*", i)) {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
                pendingSpace = true;
            } else if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
            } else {
                if (pendingSpace && !out.isEmpty() && !dropsSpace(out.charAt(out.length() - 1), c)) {
                    out.append(' ');
                }
                pendingSpace = false;
                if (c == '}' && !out.isEmpty() && out.charAt(out.length() - 1) == ';') {
                    out.setLength(out.length() - 1);
                }
                if (c == '"' || c == '\'') {
                    int end = endOfString(css, i);
                    out.append(css, i, end);
                    i = end;
                } else {
                    out.append(c);
                    i++;
                }
            }
        }
        return out.toString();
    }

    private static boolean dropsSpace(char before, char after) {
        return SPACE_NOT_NEEDED_AFTER.indexOf(before) >= 0 || SPACE_NOT_NEEDED_BEFORE.indexOf(after) >= 0;
    }

    /** The index just after the string that starts at {@code start}, escapes included. */
    private static int endOfString(String text, int start) {
        char quote = text.charAt(start);
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i + 1;
            }
        }
        return text.length();
    }

    /**
     * JavaScript without indentation, blank lines and lines that are only a {@code //} comment. Line breaks stay, so
     * automatic semicolon insertion sees the same code. A script with a template literal is returned as it is: the
     * indentation inside a multi-line one is part of its value.
     */
    static String js(String js) {
        if (js.indexOf('`') >= 0) {
            return js;
        }
        StringBuilder out = new StringBuilder(js.length());
        for (String line : js.split("\n", -1)) {
            String code = line.strip();
            if (!code.isEmpty() && !code.startsWith("//")) {
                out.append(code).append('\n');
            }
        }
        return out.toString();
    }
}
