package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListRowsHtmlTests {

    @Test
    void aRowLinksItsRecordAndItsReferencesAndEscapesEveryValue() {
        String script = "<script>alert(1)</script>";
        ListRowsHtml.Row row = new ListRowsHtml.Row("/persons/1\"x", script, List.of(
                new Shown("field.place", script, "/places/2'y"), new Shown("field.status", "Executed", null)));

        String html = ListRowsHtml.of(List.of(row));

        assertThat(html).doesNotContain("<script").doesNotContain("1\"x").doesNotContain("2'y")
                .isEqualTo("""
                        <tr>
                        <td><a href="/persons/1&quot;x"><bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi></a></td>
                        <td><a href="/places/2&#39;y"><bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi></a></td>
                        <td><bdi>Executed</bdi></td>
                        </tr>
                        """);
        assertThat(ListRowsHtml.of(List.of())).isEmpty();
    }
}
