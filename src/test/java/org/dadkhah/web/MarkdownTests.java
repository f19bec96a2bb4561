package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The method statement's Markdown as a page shows it: structure kept, what users typed shown as text. */
class MarkdownTests {

    @Test
    void headingsListsAndTablesBecomeHtmlWithTheTableStyledAsThePagesTables() {
        String html = Markdown.html("""
                ## Statement of method

                ### Lists used

                | list | source | people on the list |
                | --- | --- | ---: |
                | A | uploaded table | 80 |

                * The population is closed.
                """);
        assertThat(html).contains("<h2>Statement of method</h2>").contains("<h3>Lists used</h3>")
                .contains("<table class=\"table table-sm w-auto\">").contains("<td align=\"right\">80</td>")
                .contains("<li>The population is closed.</li>");
    }

    @Test
    void htmlAndScriptLinksInTheTextAreShownAsTextOrDropped() {
        String html = Markdown.html("""
                | list | source |
                | --- | --- |
                | <script>alert(1)</script> | <img src=x onerror=alert(1)> |

                [a list](javascript:alert(1)) <b>bold</b>
                """);
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
                .doesNotContain("javascript:").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Markdown.html(null)).isEmpty();
    }
}
