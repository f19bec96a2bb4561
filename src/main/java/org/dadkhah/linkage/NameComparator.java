package org.dadkhah.linkage;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.dadkhah.shared.NameKeys;
import org.dadkhah.shared.PersianText;
import org.jspecify.annotations.Nullable;

/**
 * Personal names in Persian or Latin script, through the shared normalisation ({@link NameKeys#matchKey}) and the
 * cross-script phonetic skeleton ({@link NameKeys#latinSkeleton}, which romanises Persian first). Levels:
 * <ol start="0">
 *   <li>{@code different}</li>
 *   <li>{@code similar}: Jaro-Winkler of the skeletons at least 0.85 (or of the keys at least 0.85)</li>
 *   <li>{@code phonetic}: same skeleton (Mohammad / Muhammad / محمد; Pourmohammadi / پورمحمدی) or, for Latin
 *       names, same Double Metaphone code</li>
 *   <li>{@code close}: same words in another order (token set), or Jaro-Winkler of the keys at least 0.94</li>
 *   <li>{@code exact}: same normalised key (Pour-Mohammadi / Pourmohammadi; محمّد / محمد)</li>
 * </ol>
 */
final class NameComparator implements FieldComparator {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    /** Double Metaphone with codes as long as the name (its default of 4 letters makes Kermanlou / Kermanrad one). */
    private static final DoubleMetaphone METAPHONE = metaphone();
    private static final List<String> LEVELS = List.of("different", "similar", "phonetic", "close", "exact");

    /** A name ready for comparison. */
    record Name(String key, String skeleton, String metaphone, Set<String> tokens, boolean persian) {
    }

    private final boolean fullName;

    private static DoubleMetaphone metaphone() {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        metaphone.setMaxCodeLen(32);
        return metaphone;
    }

    NameComparator(boolean fullName) {
        this.fullName = fullName;
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public @Nullable Object prepare(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String key = NameKeys.matchKey(raw);
        if (key.isEmpty()) {
            return null;
        }
        Set<String> tokens = new TreeSet<>();
        for (String token : PersianText.normalize(raw).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            String tokenKey = token.isEmpty() ? "" : NameKeys.matchKey(token);
            if (!tokenKey.isEmpty()) {
                tokens.add(tokenKey);
            }
        }
        boolean persian = PersianText.isPersian(raw);
        String metaphone = persian ? "" : METAPHONE.doubleMetaphone(key.replaceAll("[^a-z]", ""));
        return new Name(key, NameKeys.latinSkeleton(raw), metaphone == null ? "" : metaphone, tokens, persian);
    }

    @Override
    public int compare(Object left, Object right) {
        Name a = (Name) left;
        Name b = (Name) right;
        if (a.key.equals(b.key)) {
            return 4;
        }
        boolean sameScript = a.persian == b.persian;
        double keySimilarity = sameScript ? JARO_WINKLER.apply(a.key, b.key) : 0;
        if (keySimilarity >= 0.94 || a.tokens.size() > 1 && a.tokens.equals(b.tokens)) {
            return 3;
        }
        if (!a.skeleton.isEmpty() && a.skeleton.equals(b.skeleton)
                || !a.metaphone.isEmpty() && a.metaphone.equals(b.metaphone)
                || fullName && sameSkeletonTokens(a, b)) {
            return 2;
        }
        if (keySimilarity >= 0.85
                || !a.skeleton.isEmpty() && !b.skeleton.isEmpty() && JARO_WINKLER.apply(a.skeleton, b.skeleton) >= 0.85) {
            return 1;
        }
        return 0;
    }

    private static boolean sameSkeletonTokens(Name a, Name b) {
        return skeletons(a).equals(skeletons(b));
    }

    private static Set<String> skeletons(Name name) {
        Set<String> out = new TreeSet<>();
        name.tokens.forEach(token -> out.add(NameKeys.latinSkeleton(token)));
        return out;
    }

    /** The skeleton (so that spellings and scripts of one name count together), or the key when it has none. */
    @Override
    public @Nullable String frequencyKey(Object prepared) {
        Name name = (Name) prepared;
        return name.skeleton.isEmpty() ? name.key : name.skeleton;
    }

    @Override
    public int frequencyAdjustedFrom() {
        return 2;
    }

    @Override
    public @Nullable String blockingKey(Object prepared, String variant) {
        Name name = (Name) prepared;
        String key = fullName ? String.join(" ", skeletons(name)) : name.skeleton;
        return switch (variant) {
            case "" -> key.isEmpty() ? null : key;
            case "initial" -> key.isEmpty() ? null : key.substring(0, 1);
            case "prefix" -> key.isEmpty() ? null : key.substring(0, Math.min(2, key.length()));
            case "metaphone" -> name.metaphone.isEmpty() ? null : name.metaphone;
            default -> null;
        };
    }
}
