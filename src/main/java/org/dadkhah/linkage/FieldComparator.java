package org.dadkhah.linkage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Compares one field of two records and says how well they agree, as a level from 0 (disagree) to
 * {@code levels().size() - 1} (exact agreement). Values are prepared once per record ({@link #prepare}) so that a
 * record compared with many others is normalised only once; a missing value prepares to null and is never compared
 * (it is neutral in the weight).
 */
interface FieldComparator {

    /** The names of the levels, from disagreement to exact agreement. */
    List<String> levels();

    /** The value in comparable form, or null when the field is missing. */
    @Nullable Object prepare(@Nullable String raw);

    /** The agreement level of two prepared values. */
    int compare(Object a, Object b);

    /**
     * The key whose frequency adjusts the weight of exact agreement (so that a rare surname weighs more than a common
     * one), or null when the field has no such adjustment.
     */
    default @Nullable String frequencyKey(Object prepared) {
        return null;
    }

    /**
     * The lowest level whose weight is adjusted for the value's frequency (by default exact agreement only; names
     * from the same phonetic skeleton up, so that Zahra / زهرا weighs as little as Zahra / Zahra).
     */
    default int frequencyAdjustedFrom() {
        return levels().size() - 1;
    }

    /**
     * The key a record is blocked on by this field, or null when it has none. {@code variant} is empty for the
     * field's main key, {@code year} for a date's year, {@code initial} and {@code prefix} for the first one and two
     * letters of a name's skeleton, {@code metaphone} for its Double Metaphone code.
     */
    default @Nullable String blockingKey(Object prepared, String variant) {
        return null;
    }
}
