package com.frameworkadvisor.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Stylesheets and scripts lose comments and indentation, never meaning. */
class CompactAssetsTest {

    @Nested
    class Stylesheets {

        @Test
        void loseCommentsAndTheWhitespaceBesidePunctuation() {
            assertThat(CompactAssets.css("""
                    /* Why this colour. */
                    .ranking li {
                      display: grid;
                      grid-template-columns: auto 1fr auto;
                    }
                    .a > .b, .c { color: red; }
                    """))
                    .isEqualTo(".ranking li{display:grid;grid-template-columns:auto 1fr auto}.a>.b,.c{color:red}");
        }

        @Test
        void keepTheSpacesThatMeanSomething() {
            assertThat(CompactAssets.css("@media screen and (max-width: 30rem) { .x { width: calc(1rem + 2px); } }"))
                    .isEqualTo("@media screen and (max-width:30rem){.x{width:calc(1rem + 2px)}}");
            assertThat(CompactAssets.css(".chart text { grid-column: 1 / -1; }"))
                    .isEqualTo(".chart text{grid-column:1 / -1}");
            assertThat(CompactAssets.css("a :focus-visible { outline: 0 }")).isEqualTo("a :focus-visible{outline:0}");
        }

        @Test
        void keepStringsAsWritten() {
            assertThat(CompactAssets.css(".x::before { content: \"a  /* b */ ; }\"; }  [type='a  b'] { }"))
                    .isEqualTo(".x::before{content:\"a  /* b */ ; }\"}[type='a  b']{}");
        }
    }

    @Nested
    class Scripts {

        @Test
        void loseIndentationBlankLinesAndCommentLines() {
            assertThat(CompactAssets.js("""
                    // Why this exists.
                    (function () {
                      'use strict';

                      // Explained here.
                      var status = text.replace(/\\s+/g, ' ');
                    })();
                    """))
                    .isEqualTo("(function () {\n'use strict';\nvar status = text.replace(/\\s+/g, ' ');\n})();\n");
        }

        @Test
        void keepLineBreaksSoSemicolonInsertionIsUnchanged() {
            assertThat(CompactAssets.js("var a = b\n  (c)\nreturn\n  value"))
                    .isEqualTo("var a = b\n(c)\nreturn\nvalue\n");
        }

        @Test
        void leaveAScriptWithTemplateLiteralsAlone() {
            String script = "var html = `<p>\n  indented\n</p>`;\n  // comment\n";

            assertThat(CompactAssets.js(script)).isEqualTo(script);
        }
    }
}
