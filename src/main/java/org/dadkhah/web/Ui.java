package org.dadkhah.web;

import org.jspecify.annotations.Nullable;

/**
 * What every page's layout needs: the language and direction ({@code <html lang dir>}), the stylesheet for that
 * direction, whether numbers use Persian digits, who is signed in (null on the login page) and this page's address
 * (to come back to after changing the language).
 */
public record Ui(String lang, String dir, String bootstrap, boolean persianDigits, @Nullable String username,
        @Nullable String role, String here) {
}
