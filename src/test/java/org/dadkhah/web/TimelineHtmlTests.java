package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineHtmlTests {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final TimelineHtml.Words WORDS = new TimelineHtml.Words("Who was involved", "Citations",
            n -> "n=" + n);

    @Test
    void everyTextAndAttributeAHostileRecordHoldsIsEscaped() {
        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("sourceId", "\"><img src=x onerror=alert(1)>");
        citation.put("sourceTitle", SCRIPT);
        citation.put("locator", SCRIPT);
        citation.put("excerpt", SCRIPT);
        TimelineHtml.Entry entry = new TimelineHtml.Entry("timeline.ACT", SCRIPT, SCRIPT, SCRIPT,
                "/acts/\" onclick=\"x", SCRIPT, List.of(new TimelineHtml.Involved(SCRIPT, "/persons/'x", SCRIPT),
                        new TimelineHtml.Involved(SCRIPT, null, SCRIPT)), List.of(citation));

        String html = TimelineHtml.of(List.of(entry), WORDS);

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("\" onclick")
                .doesNotContain("/persons/'x");
        assertThat(html.split(java.util.regex.Pattern.quote(ESCAPED), -1)).hasSize(12);
        assertThat(html).contains("href=\"/acts/&quot; onclick=&quot;x\"").contains("href=\"/persons/&#39;x\"");
    }

    @Test
    void writesTheMarkupTheTimelineHadWithOptionalPartsLeftOutWhenEmpty() {
        TimelineHtml.Entry bare = new TimelineHtml.Entry("timeline.POST", "Post", "Tir 1367 (Jun–Jul 1988)",
                "Prosecutor · Tehran court", "/posts/1", null, List.of(), List.of());
        Map<String, Object> citation = Map.of("sourceId", "s1", "sourceTitle", "Article");
        TimelineHtml.Entry full = new TimelineHtml.Entry("timeline.ACT", "Act", "Mordad 1367", "Execution",
                "/acts/2", "Evin", List.of(new TimelineHtml.Involved("A. Judge", "/persons/3", "ordered")),
                List.of(citation));

        String html = TimelineHtml.of(List.of(bare, full), WORDS);

        assertThat(html).startsWith("<li class=\"entry timeline.POST\">")
                .contains("<div class=\"when\"><bdi>Tir 1367 (Jun–Jul 1988)</bdi></div>")
                .contains("<a href=\"/posts/1\"><bdi>Prosecutor · Tehran court</bdi></a>")
                .contains("<bdi class=\"text-body-secondary\">Evin</bdi>")
                .contains("<ul class=\"involved\" aria-label=\"Who was involved\">")
                .contains("<a href=\"/persons/3\"><bdi>A. Judge</bdi></a> <span class=\"text-body-secondary\">(ordered)</span>")
                .contains("<details class=\"citations\">\n<summary>Citations (n=1)</summary>")
                .contains("<a href=\"/sources/s1\"><bdi>Article</bdi></a>")
                .doesNotContain("blockquote");
        String first = html.substring(0, html.indexOf("<li class=\"entry timeline.ACT\">"));
        assertThat(first).doesNotContain("involved").doesNotContain("details").doesNotContain("text-body-secondary");
    }
}
