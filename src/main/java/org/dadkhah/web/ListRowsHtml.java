package org.dadkhah.web;

import java.util.List;

/**
 * The body rows of a record list ({@code <tr>} elements of its {@code <tbody>}) written as HTML in one pass: a page of
 * 50 records is some 1,500 template elements, which the template engine processed one by one at half the page's cost.
 * Same markup as the template had; every text and attribute value escaped ({@link Html#escape}).
 */
final class ListRowsHtml {

    /** One listed record: the address of its page, its label, and its shown columns. */
    record Row(String href, String label, List<Shown> cells) {
    }

    private ListRowsHtml() {
    }

    /** The {@code <tr>} rows of {@code rows}, in order. */
    static String of(List<Row> rows) {
        StringBuilder out = new StringBuilder(320 * Math.max(1, rows.size()));
        for (Row row : rows) {
            out.append("<tr>\n<td><a href=\"").append(Html.escape(row.href())).append("\"><bdi>").append(Html.escape(row.label()))
                    .append("</bdi></a></td>\n");
            for (Shown cell : row.cells()) {
                out.append("<td>");
                if (cell.href() != null) {
                    out.append("<a href=\"").append(Html.escape(cell.href())).append("\"><bdi>").append(Html.escape(cell.text()))
                            .append("</bdi></a>");
                } else {
                    out.append("<bdi>").append(Html.escape(cell.text())).append("</bdi>");
                }
                out.append("</td>\n");
            }
            out.append("</tr>\n");
        }
        return out.toString();
    }
}
