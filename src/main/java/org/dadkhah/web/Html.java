package org.dadkhah.web;

import org.unbescape.html.HtmlEscape;

/** Escaping for the parts of pages written in Java rather than by the template engine. */
final class Html {

    private Html() {
    }

    /**
     * Text or an attribute value with {@code & < > " '} escaped, exactly as Thymeleaf's {@code th:text} escapes it (its
     * own library, unbescape, at the level that escapes only what is significant to markup).
     */
    static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }
}
