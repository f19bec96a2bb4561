package org.dadkhah.web;

import org.jspecify.annotations.Nullable;

/**
 * One value as a page shows it: its label's message key, the text (escaped by the template, isolated for direction)
 * and, for a reference the caller may see, the address of the referenced record's page.
 */
public record Shown(String label, String text, @Nullable String href) {
}
