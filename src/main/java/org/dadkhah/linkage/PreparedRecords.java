package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The records of one run with each field prepared for comparison once (each distinct value once: names repeat), the list each came from (0, or 1 for the
 * second list when linking two), and each value's term frequency (the share of records with the same value), used
 * to weigh exact agreement on a rare value more than on a common one.
 */
final class PreparedRecords {

    final String[] ids;
    final byte[] side;
    final @Nullable Object[][] values;
    final @Nullable String[][] raw;
    final float[][] frequency;
    final List<FieldComparator> comparators;
    final LinkageConfig config;
    /** Name levels from which given name and surname count as agreeing (phonetic), for the crosswise check. */
    private static final int SWAP_BELOW = 2;
    private final int givenField;
    private final int surnameField;

    private PreparedRecords(LinkageConfig config, List<LinkRecord> records, int leftSize) {
        this.config = config;
        givenField = fieldOf(FieldType.GIVEN_NAME);
        surnameField = fieldOf(FieldType.SURNAME);
        int n = records.size();
        int fields = config.fields().size();
        ids = new String[n];
        side = new byte[n];
        values = new Object[fields][n];
        raw = new String[fields][n];
        frequency = new float[fields][n];
        comparators = new ArrayList<>();
        for (LinkageConfig.FieldSpec spec : config.fields()) {
            comparators.add(spec.type().comparator());
        }
        for (int i = 0; i < n; i++) {
            ids[i] = records.get(i).id();
            side[i] = (byte) (i < leftSize ? 0 : 1);
        }
        List<Map<String, Optional<Object>>> caches = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            caches.add(new ConcurrentHashMap<>());
        }
        IntStream.range(0, n).parallel().forEach(i -> {
            Map<String, String> row = records.get(i).values();
            for (int f = 0; f < fields; f++) {
                String value = row.get(config.fields().get(f).column());
                raw[f][i] = value;
                FieldComparator comparator = comparators.get(f);
                values[f][i] = value == null ? null : caches.get(f)
                        .computeIfAbsent(value, v -> Optional.ofNullable(comparator.prepare(v))).orElse(null);
            }
        });
        for (int f = 0; f < fields; f++) {
            countFrequencies(f);
        }
    }

    /** Prepares the records of one list (de-duplication) or of two (linkage: {@code right} non-null). */
    static PreparedRecords of(LinkageConfig config, List<LinkRecord> left, @Nullable List<LinkRecord> right) {
        List<LinkRecord> all = new ArrayList<>(left);
        if (right != null) {
            all.addAll(right);
        }
        return new PreparedRecords(config, all, left.size());
    }

    private void countFrequencies(int field) {
        FieldComparator comparator = comparators.get(field);
        Map<String, Integer> counts = new HashMap<>();
        String[] keys = new String[size()];
        int present = 0;
        for (int i = 0; i < size(); i++) {
            Object value = values[field][i];
            if (value != null) {
                present++;
                keys[i] = comparator.frequencyKey(value);
                if (keys[i] != null) {
                    counts.merge(keys[i], 1, Integer::sum);
                }
            }
        }
        for (int i = 0; i < size(); i++) {
            frequency[field][i] = keys[i] == null ? Float.NaN : counts.get(keys[i]) / (float) present;
        }
    }

    int size() {
        return ids.length;
    }

    boolean twoLists() {
        for (byte s : side) {
            if (s == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agreement level of each field for records i and j (-1 where either value is missing). When the config has a
     * given name and a surname and neither agrees phonetically, they are also compared crosswise (one list wrote the
     * surname first, or wrote one name in the other's place), and the crosswise levels are used when at least one of
     * them agrees phonetically.
     */
    int[] levels(int i, int j) {
        int[] levels = new int[comparators.size()];
        for (int f = 0; f < levels.length; f++) {
            levels[f] = level(f, f, i, j);
        }
        if (givenField >= 0 && surnameField >= 0 && levels[givenField] < SWAP_BELOW
                && levels[surnameField] < SWAP_BELOW) {
            int given = level(givenField, surnameField, i, j);
            int surname = level(surnameField, givenField, i, j);
            if ((given >= SWAP_BELOW ? 1 : 0) + (surname >= SWAP_BELOW ? 1 : 0) > 0) {
                levels[givenField] = given;
                levels[surnameField] = surname;
            }
        }
        return levels;
    }

    private int level(int field, int otherField, int i, int j) {
        Object a = values[field][i];
        Object b = values[otherField][j];
        return a == null || b == null ? -1 : comparators.get(field).compare(a, b);
    }

    private int fieldOf(FieldType type) {
        for (int f = 0; f < config.fields().size(); f++) {
            if (config.fields().get(f).type() == type) {
                return f;
            }
        }
        return -1;
    }
}
