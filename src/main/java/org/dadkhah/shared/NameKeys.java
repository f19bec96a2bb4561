package org.dadkhah.shared;

import java.util.Locale;

/** TEMPORARY placeholder, replaced by the full implementation. */
public final class NameKeys {

    private NameKeys() {
    }

    public static String matchKey(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-'’\u200c]", "");
    }

    public static String skeleton(String text) {
        return "";
    }
}
