package org.dadkhah.web;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The items of a person's timeline ({@code <li>} elements of its {@code <ol class="timeline">}) written as HTML in one
 * pass: a timeline of 200 acts is some 3,000 elements, which the template engine processed one by one at a third of
 * the page's cost. The markup is the one the template had (same classes, same {@code <bdi>} isolation), and every text
 * and attribute value is escaped ({@link Html#escape}), so nothing a record holds becomes markup.
 */
final class TimelineHtml {

    /** One entry as shown: kind (its CSS class and label), date in both calendars, title, link, place, who, sources. */
    record Entry(String kind, String kindLabel, String date, String title, String href, @Nullable String place,
            List<Involved> involved, List<Map<String, Object>> citations) {
    }

    /** Someone involved in an act: a name, a link when the reader may open their record, the role. */
    record Involved(String name, @Nullable String href, String role) {
    }

    /** The words around the entries in the page's language, and how it writes a number. */
    record Words(String involvedInAct, String citations, IntFunction<String> number) {
    }

    private final StringBuilder out;
    private final Words words;

    private TimelineHtml(int entries, Words words) {
        this.out = new StringBuilder(512 * Math.max(1, entries));
        this.words = words;
    }

    /** The {@code <li>} items of {@code entries}, in order. */
    static String of(List<Entry> entries, Words words) {
        TimelineHtml html = new TimelineHtml(entries.size(), words);
        entries.forEach(html::entry);
        return html.out.toString();
    }

    private void entry(Entry e) {
        out.append("<li class=\"entry ");
        text(e.kind());
        out.append("\">\n<div class=\"when\"><bdi>");
        text(e.date());
        out.append("</bdi></div>\n<div class=\"what\">\n<span class=\"badge text-bg-secondary\">");
        text(e.kindLabel());
        out.append("</span>\n<a href=\"");
        text(e.href());
        out.append("\"><bdi>");
        text(e.title());
        out.append("</bdi></a>\n");
        if (e.place() != null) {
            out.append("<bdi class=\"text-body-secondary\">");
            text(e.place());
            out.append("</bdi>\n");
        }
        if (!e.involved().isEmpty()) {
            involved(e.involved());
        }
        if (!e.citations().isEmpty()) {
            citations(e.citations());
        }
        out.append("</div>\n</li>\n");
    }

    private void involved(List<Involved> involved) {
        out.append("<ul class=\"involved\" aria-label=\"");
        text(words.involvedInAct());
        out.append("\">\n");
        for (Involved who : involved) {
            out.append("<li>");
            if (who.href() != null) {
                out.append("<a href=\"");
                text(who.href());
                out.append("\"><bdi>");
                text(who.name());
                out.append("</bdi></a>");
            } else {
                out.append("<bdi>");
                text(who.name());
                out.append("</bdi>");
            }
            out.append(" <span class=\"text-body-secondary\">(");
            text(who.role());
            out.append(")</span></li>\n");
        }
        out.append("</ul>\n");
    }

    /** As the {@code citations} fragment of {@code fragments.html} writes them. */
    private void citations(List<Map<String, Object>> citations) {
        out.append("<details class=\"citations\">\n<summary>");
        text(words.citations() + " (" + words.number().apply(citations.size()) + ")");
        out.append("</summary>\n<ul>\n");
        for (Map<String, Object> c : citations) {
            out.append("<li>\n<a href=\"/sources/");
            text(String.valueOf(c.get("sourceId")));
            out.append("\"><bdi>");
            text(String.valueOf(c.get("sourceTitle")));
            out.append("</bdi></a>\n");
            if (c.get("locator") != null) {
                out.append("<bdi>");
                text(c.get("locator").toString());
                out.append("</bdi>\n");
            }
            if (c.get("excerpt") != null) {
                out.append("<blockquote class=\"excerpt\"><bdi dir=\"auto\">");
                text(c.get("excerpt").toString());
                out.append("</bdi></blockquote>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</details>\n");
    }

    private void text(String text) {
        out.append(Html.escape(text));
    }
}
