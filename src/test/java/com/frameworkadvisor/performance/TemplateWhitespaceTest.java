package com.frameworkadvisor.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Templates lose their indentation, and nothing a browser would show differently. */
class TemplateWhitespaceTest {

    private static String collapse(String template) {
        return TemplateWhitespace.collapse(template);
    }

    @Nested
    class Indentation {

        @Test
        void aRunOfWhitespaceAcrossLinesBecomesOneLineBreak() {
            assertThat(collapse("<label>\n        <span>Decided by:</span>\n        <span>ORM</span>\n    </label>"))
                    .isEqualTo("<label>\n<span>Decided by:</span>\n<span>ORM</span>\n</label>");
        }

        @Test
        void goesEntirelyBetweenTagsWhoseWhitespaceIsNeverRendered() {
            assertThat(collapse("<ul>\n    <li>A</li>\n    <li>B</li>\n</ul>"))
                    .isEqualTo("<ul><li>A</li><li>B</li></ul>");
            assertThat(collapse("<table>\n  <tr>\n    <th>A</th>\n    <td>1</td>\n  </tr>\n</table>"))
                    .isEqualTo("<table><tr><th>A</th><td>1</td></tr></table>");
            assertThat(collapse("<select>\n  <option>0</option>\n  <option>1</option>\n</select>"))
                    .isEqualTo("<select><option>0</option><option>1</option></select>");
            assertThat(collapse(
                            "<!DOCTYPE html>\n<html>\n<head>\n  <meta charset=\"utf-8\">\n  <title>T</title>\n</head>"))
                    .isEqualTo("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>T</title></head>");
        }

        @Test
        void goesBetweenBlocks() {
            assertThat(collapse("<section>\n  <h2>Ranking</h2>\n  <p>\n    <span>#1</span>\n  </p>\n</section>"))
                    .isEqualTo("<section><h2>Ranking</h2><p><span>#1</span></p></section>");
            assertThat(collapse("<p>\n  Sources:\n  <a>One</a>\n</p>")).isEqualTo("<p>\nSources:\n<a>One</a></p>");
        }

        @Test
        void keepsItBesideAFormWhichMayBeInline() {
            assertThat(collapse("<span>Ada</span>\n<form>\n  <button>Remove</button>\n</form>"))
                    .isEqualTo("<span>Ada</span>\n<form>\n<button>Remove</button>\n</form>");
        }

        @Test
        void goesBetweenTheShapesOfAnSvgButNotBesideIt() {
            assertThat(collapse("<li>\n  <svg>\n    <rect/>\n    <circle/>\n  </svg>\n  <span>Django</span>\n</li>"))
                    .isEqualTo("<li><svg><rect/><circle/></svg>\n<span>Django</span></li>");
        }

        @Test
        void makesTheWhitespaceBetweenAttributesOneSpace() {
            assertThat(
                            collapse(
                                    "<button type=\"button\"\n                hidden\n        th:text=\"#{copy}\">Copy</button>"))
                    .isEqualTo("<button type=\"button\" hidden th:text=\"#{copy}\">Copy</button>");
        }
    }

    @Nested
    class WhatABrowserShows {

        @Test
        void keepsTheSpaceBetweenInlineElementsAndWords() {
            assertThat(collapse("<span>#1</span> <span>Django</span>"))
                    .isEqualTo("<span>#1</span> <span>Django</span>");
            assertThat(collapse("<span>#1</span>\n      <span>Django</span>"))
                    .isEqualTo("<span>#1</span>\n<span>Django</span>");
            assertThat(collapse("<p>Two  spaces, a\ttab and\n   a new line</p>"))
                    .isEqualTo("<p>Two  spaces, a\ttab and\na new line</p>");
        }

        @Test
        void keepsPreformattedTextAndTextAreasAsWritten() {
            String pre = "<pre>\n    indented\n\n        more\n</pre>";
            String textarea = "<textarea name=\"context\">\n  line one\n    line two\n</textarea>";

            assertThat(collapse("<label>\n  " + pre + "\n</label>")).isEqualTo("<label>\n" + pre + "\n</label>");
            assertThat(collapse("<label>\n  " + textarea + "\n</label>"))
                    .isEqualTo("<label>\n" + textarea + "\n</label>");
            assertThat(collapse("<PRE>\n  a\n</PRE>")).isEqualTo("<PRE>\n  a\n</PRE>");
        }

        @Test
        void keepsScriptsStylesAndCommentsAsWritten() {
            String script = "<script>\n  if (a < b && c > d) {\n    go();\n  }\n</script>";
            String style = "<style>\n  p > a { color: red; }\n</style>";
            String comment = "<!--/* A note\n     for editors <b>, not readers. */-->";

            assertThat(collapse(script)).isEqualTo(script);
            assertThat(collapse(style)).isEqualTo(style);
            assertThat(collapse(comment)).isEqualTo(comment);
        }
    }

    @Nested
    class ThymeleafMarkup {

        @Test
        void aGreaterThanSignInAnAttributeDoesNotEndTheTag() {
            assertThat(
                            collapse(
                                    "<th:block th:if=\"${size > 1}\">\n    <b th:text=\"${a > b ? 'x' : 'y'}\">X</b>\n</th:block>"))
                    .isEqualTo(
                            "<th:block th:if=\"${size > 1}\">\n<b th:text=\"${a > b ? 'x' : 'y'}\">X</b>\n</th:block>");
        }

        @Test
        void attributeValuesStayAsWrittenEvenAcrossLines() {
            String tag = "<p th:text=\"${a}\n            + ${b}\" title='one\n  two'>";

            assertThat(collapse(tag)).isEqualTo(tag);
        }

        @Test
        void aLessThanSignInTextIsText() {
            assertThat(collapse("<p>1 < 2\n   and 3 > 2</p>")).isEqualTo("<p>1 < 2\nand 3 > 2</p>");
        }
    }
}
