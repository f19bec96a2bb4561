package org.dadkhah.linkage;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dadkhah.shared.PersianText;
import org.jspecify.annotations.Nullable;

/**
 * Identifiers (national id, prisoner number): spaces, dashes and dots ignored, digits in any script, case ignored.
 * Levels: {@code different}, {@code one_edit} (one character changed, or two neighbours exchanged: a typing slip),
 * {@code exact}.
 */
final class ExactComparator implements FieldComparator {

    private static final Pattern IGNORED = Pattern.compile("[\\s\\-./]");
    private static final List<String> LEVELS = List.of("different", "one_edit", "exact");

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public @Nullable Object prepare(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String value = PersianText.toAsciiDigits(raw).toLowerCase(Locale.ROOT);
        value = IGNORED.matcher(value).replaceAll("");
        return value.isEmpty() ? null : value;
    }

    @Override
    public int compare(Object left, Object right) {
        String a = (String) left;
        String b = (String) right;
        if (a.equals(b)) {
            return 2;
        }
        return DateComparator.oneDigit(a, b) ? 1 : 0;
    }

    @Override
    public @Nullable String frequencyKey(Object prepared) {
        return (String) prepared;
    }

    @Override
    public @Nullable String blockingKey(Object prepared, String variant) {
        return variant.isEmpty() ? (String) prepared : null;
    }
}
