package org.dadkhah.linkage;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dadkhah.shared.NameKeys;
import org.dadkhah.shared.PersianText;
import org.jspecify.annotations.Nullable;

/**
 * Free text compared by its words (normalised as names are, so Persian spellings and Latin case do not matter), as
 * the share of distinct words in common (Jaccard). Levels: {@code different} (below 0.25), {@code some} (0.25),
 * {@code most} (0.6), {@code exact} (the same words).
 */
final class TextComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("different", "some", "most", "exact");

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public @Nullable Object prepare(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Set<String> words = new HashSet<>();
        for (String token : PersianText.normalize(raw).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            String key = token.isEmpty() ? "" : NameKeys.matchKey(token);
            if (!key.isEmpty()) {
                words.add(key);
            }
        }
        return words.isEmpty() ? null : Set.copyOf(words);
    }

    @Override
    public int compare(Object left, Object right) {
        Set<?> a = (Set<?>) left;
        Set<?> b = (Set<?>) right;
        if (a.equals(b)) {
            return 3;
        }
        int common = 0;
        for (Object word : a) {
            common += b.contains(word) ? 1 : 0;
        }
        double jaccard = common / (double) (a.size() + b.size() - common);
        return jaccard >= 0.6 ? 2 : jaccard >= 0.25 ? 1 : 0;
    }
}
