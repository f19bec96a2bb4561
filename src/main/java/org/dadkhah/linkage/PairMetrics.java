package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise quality against known true pairs: a predicted pair is two records put in one group (de-duplication) or
 * linked (two lists).
 *
 * @param truePairs true pairs given (those whose records are both in the input)
 * @param predictedPairs pairs predicted
 * @param truePositives predicted pairs that are true
 * @param precision true positives / predicted
 * @param recall true positives / true pairs
 * @param f1 harmonic mean of precision and recall
 * @param pairCompleteness the share of true pairs that blocking made candidates
 * @param missed true pairs not predicted (at most {@value #LISTED} listed)
 * @param falseLinks predicted pairs that are not true (at most {@value #LISTED} listed)
 */
public record PairMetrics(long truePairs, long predictedPairs, long truePositives, double precision, double recall,
        double f1, double pairCompleteness, List<List<String>> missed, List<List<String>> falseLinks) {

    /** How many misses and false links are listed. */
    public static final int LISTED = 200;

    static PairMetrics of(LinkageRun run, PreparedRecords records, Blocking blocking, List<List<String>> truth) {
        int second = records.twoLists() ? 1 : 0;
        Set<Long> trueSet = new HashSet<>();
        List<int[]> truePairs = new ArrayList<>();
        for (List<String> pair : truth) {
            Integer i = run.position(0, pair.get(0));
            Integer j = run.position(second, pair.get(1));
            if (i == null || j == null) {
                i = run.position(0, pair.get(1));
                j = run.position(second, pair.get(0));
            }
            if (i != null && j != null && !i.equals(j) && trueSet.add(key(i, j))) {
                truePairs.add(new int[] {i, j});
            }
        }
        int[] group = run.groups();
        long covered = 0;
        long hits = 0;
        List<List<String>> missed = new ArrayList<>();
        for (int[] p : truePairs) {
            covered += blocking.candidate(p[0], p[1]) ? 1 : 0;
            if (group[p[0]] == group[p[1]]) {
                hits++;
            } else if (missed.size() < LISTED) {
                missed.add(List.of(records.ids[p[0]], records.ids[p[1]]));
            }
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < group.length; i++) {
            if (group[i] != i) {
                members.computeIfAbsent(group[i], g -> new ArrayList<>(List.of(g))).add(i);
            }
        }
        long predicted = 0;
        List<List<String>> falseLinks = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> entry : members.entrySet()) {
            List<Integer> all = entry.getValue();
            predicted += (long) all.size() * (all.size() - 1) / 2;
            for (int a = 0; a < all.size() && falseLinks.size() < LISTED; a++) {
                for (int b = a + 1; b < all.size() && falseLinks.size() < LISTED; b++) {
                    if (!trueSet.contains(key(all.get(a), all.get(b)))) {
                        falseLinks.add(List.of(records.ids[all.get(a)], records.ids[all.get(b)]));
                    }
                }
            }
        }
        double precision = predicted == 0 ? 1 : hits / (double) predicted;
        double recall = truePairs.isEmpty() ? 1 : hits / (double) truePairs.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double completeness = truePairs.isEmpty() ? 1 : covered / (double) truePairs.size();
        return new PairMetrics(truePairs.size(), predicted, hits, precision, recall, f1, completeness,
                List.copyOf(missed), List.copyOf(falseLinks));
    }

    private static long key(int i, int j) {
        return (long) Math.min(i, j) << 32 | Math.max(i, j);
    }
}
