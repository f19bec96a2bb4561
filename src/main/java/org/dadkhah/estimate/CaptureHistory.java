package org.dadkhah.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A validated capture-history table: for each list (data source) whether a person was recorded on it,
 * aggregated as the number of people seen with each pattern of lists.
 *
 * <p>Patterns are stored as bit masks: bit {@code j} is set when list {@code j} recorded the person. The
 * all-zero pattern is never observed and always has count zero.
 */
public final class CaptureHistory {

    /** Largest number of lists accepted (the table has 2^lists cells). */
    public static final int MAX_LISTS = 16;

    private final List<String> lists;
    private final long[] counts;
    private final long observed;

    private CaptureHistory(List<String> lists, long[] counts) {
        this.lists = List.copyOf(lists);
        this.counts = counts;
        this.observed = Arrays.stream(counts).sum();
    }

    /** One observed pattern of lists and the number of people seen with exactly that pattern. */
    public record PatternCount(List<Boolean> inList, long count) {

        /** Copies the pattern defensively. */
        public PatternCount {
            inList = List.copyOf(inList);
        }
    }

    /**
     * Builds and validates a table from patterns and their counts; repeated patterns are added up.
     *
     * @param lists the list names, in the column order of the patterns
     * @param rows the observed patterns
     * @return the validated table
     * @throws CaptureHistoryException if the table is malformed
     */
    public static CaptureHistory of(List<String> lists, List<PatternCount> rows) {
        validateListNames(lists);
        long[] counts = new long[1 << lists.size()];
        int line = 0;
        for (PatternCount row : rows) {
            line++;
            if (row.inList().size() != lists.size()) {
                throw new CaptureHistoryException("row " + line + " has " + row.inList().size()
                        + " list columns but the table has " + lists.size());
            }
            int mask = 0;
            for (int j = 0; j < lists.size(); j++) {
                if (row.inList().get(j)) {
                    mask |= 1 << j;
                }
            }
            add(counts, mask, row.count(), "row " + line);
        }
        return checked(lists, counts);
    }

    /**
     * Builds a table directly from counts indexed by bit mask.
     *
     * @param lists the list names; bit {@code j} of a mask refers to {@code lists.get(j)}
     * @param countsByMask counts of length 2^lists; element 0 must be zero
     * @return the validated table
     */
    public static CaptureHistory ofMasks(List<String> lists, long[] countsByMask) {
        validateListNames(lists);
        if (countsByMask.length != 1 << lists.size()) {
            throw new CaptureHistoryException("expected " + (1 << lists.size()) + " cells, got " + countsByMask.length);
        }
        long[] counts = new long[countsByMask.length];
        for (int mask = 0; mask < counts.length; mask++) {
            add(counts, mask, countsByMask[mask], "pattern " + mask);
        }
        return checked(lists, counts);
    }

    static void add(long[] counts, int mask, long count, String where) {
        if (count < 0) {
            throw new CaptureHistoryException(where + " has a negative count (" + count + ")");
        }
        if (mask == 0 && count > 0) {
            throw new CaptureHistoryException(where + " is on no list but has a count of " + count
                    + "; people recorded by no list cannot be counted");
        }
        counts[mask] = Math.addExact(counts[mask], count);
    }

    static void validateListNames(List<String> lists) {
        if (lists.size() < 2) {
            throw new CaptureHistoryException("a capture-history table needs at least two lists, found "
                    + lists.size());
        }
        if (lists.size() > MAX_LISTS) {
            throw new CaptureHistoryException("at most " + MAX_LISTS + " lists are supported, found " + lists.size());
        }
        Set<String> seen = new HashSet<>();
        for (String name : lists) {
            if (name.isBlank() || !seen.add(name)) {
                throw new CaptureHistoryException("list names must be non-empty and distinct: " + lists);
            }
        }
    }

    private static CaptureHistory checked(List<String> lists, long[] counts) {
        CaptureHistory history = new CaptureHistory(lists, counts);
        if (history.observed == 0) {
            throw new CaptureHistoryException("the table records nobody (all counts are zero)");
        }
        return history;
    }

    /** @return the list names, in column order */
    public List<String> lists() {
        return lists;
    }

    /** @return the number of lists */
    public int listCount() {
        return lists.size();
    }

    /** @return the number of distinct people observed on at least one list */
    public long observed() {
        return observed;
    }

    /**
     * @param mask a pattern as a bit mask
     * @return the number of people seen with exactly that pattern
     */
    public long count(int mask) {
        return counts[mask];
    }

    /** @return a copy of the counts indexed by bit mask (element 0 is zero) */
    public long[] countsByMask() {
        return counts.clone();
    }

    /**
     * @param list index of a list
     * @return how many people the list recorded
     */
    public long listSize(int list) {
        return together(1 << list);
    }

    /**
     * @param lists a set of lists as a bit mask
     * @return how many people are on every one of them
     */
    public long together(int lists) {
        long total = 0;
        for (int mask = 1; mask < counts.length; mask++) {
            if ((mask & lists) == lists) {
                total += counts[mask];
            }
        }
        return total;
    }

    /** @return the counts of the observable cells 1 to 2^t-1, in mask order, as the response of a Poisson fit */
    double[] observableCounts() {
        double[] y = new double[counts.length - 1];
        for (int mask = 1; mask < counts.length; mask++) {
            y[mask - 1] = counts[mask];
        }
        return y;
    }

    /** @return the observed patterns with a non-zero count, in mask order */
    public List<PatternCount> rows() {
        List<PatternCount> rows = new ArrayList<>();
        for (int mask = 1; mask < counts.length; mask++) {
            if (counts[mask] > 0) {
                List<Boolean> pattern = new ArrayList<>();
                for (int j = 0; j < lists.size(); j++) {
                    pattern.add((mask & (1 << j)) != 0);
                }
                rows.add(new PatternCount(pattern, counts[mask]));
            }
        }
        return rows;
    }

    /**
     * Keeps two lists only, merging every other list away.
     *
     * @param first index of the first list kept
     * @param second index of the second list kept
     * @return a two-list table
     */
    public CaptureHistory marginal(int first, int second) {
        long[] merged = new long[4];
        for (int mask = 1; mask < counts.length; mask++) {
            int bits = ((mask >> first) & 1) | (((mask >> second) & 1) << 1);
            if (bits != 0) {
                merged[bits] += counts[mask];
            }
        }
        return new CaptureHistory(List.of(lists.get(first), lists.get(second)), merged);
    }
}
