package org.dadkhah.linkage;

import java.util.List;

/**
 * Encodes a comparison vector (one level per field, -1 for missing) as one int in mixed radix, so that the millions
 * of candidate pairs fall into a few thousand patterns that EM iterates over.
 */
final class Patterns {

    private final int[] levels;
    private final int[] radix;

    Patterns(List<FieldComparator> comparators) {
        levels = new int[comparators.size()];
        radix = new int[comparators.size()];
        long r = 1;
        for (int f = 0; f < levels.length; f++) {
            levels[f] = comparators.get(f).levels().size();
            radix[f] = (int) r;
            r *= levels[f] + 1;
            if (r > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("too many fields to compare at once");
            }
        }
    }

    int fields() {
        return levels.length;
    }

    int levels(int field) {
        return levels[field];
    }

    int encode(int[] vector) {
        int code = 0;
        for (int f = 0; f < vector.length; f++) {
            code += (vector[f] + 1) * radix[f];
        }
        return code;
    }

    /** The level of one field in a pattern, or -1 for missing. */
    int level(int code, int field) {
        return code / radix[field] % (levels[field] + 1) - 1;
    }
}
