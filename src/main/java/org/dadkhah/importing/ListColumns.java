package org.dadkhah.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dadkhah.shared.PersianText;
import org.jspecify.annotations.Nullable;

/**
 * A file's header, looked up by column name after Persian normalisation (Arabic and Persian yeh and kaf, ZWNJ,
 * spaces, digits and letter case all compare equal), so that {@code نام خانوادگی} finds {@code نام‌خانوادگي}.
 */
final class ListColumns {

    private final List<String> names;
    private final Map<String, Integer> byKey = new HashMap<>();

    ListColumns(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            byKey.putIfAbsent(key(names.get(i)), i);
        }
    }

    static String key(String name) {
        return PersianText.normalize(name).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** The column's index, or null if the header has no such column. */
    @Nullable Integer index(String name) {
        return byKey.get(key(name));
    }

    /** The column's name as the file writes it. */
    String name(int index) {
        return names.get(index);
    }

    int size() {
        return names.size();
    }
}
