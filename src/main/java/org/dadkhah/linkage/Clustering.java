package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups records from scored pairs. De-duplication: links are taken strongest first and two groups are joined only
 * when the mean match probability over all pairs across them (compared directly, whether or not they were
 * candidates) stays at least {@value #MIN_MEAN_PROBABILITY}, so that one ambiguous record linked to two different
 * people cannot chain them into one group. Two lists: a greedy one-to-one assignment, strongest pair first, each
 * record used at most once.
 */
final class Clustering {

    static final double MIN_MEAN_PROBABILITY = 0.5;
    /** Largest side of a cross-group check; larger groups are checked on their first members. */
    static final int MAX_CHECKED = 30;

    private Clustering() {
    }

    /** The match weight of any two records. */
    @FunctionalInterface
    interface PairWeight {
        double weight(int i, int j);
    }

    /** The group root of every record after de-duplication, given link candidates sorted strongest first. */
    static int[] deduplicate(int n, int[] lefts, int[] rights, PairWeight scorer) {
        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(null);
        }
        for (int k = 0; k < lefts.length; k++) {
            int a = find(parent, lefts[k]);
            int b = find(parent, rights[k]);
            if (a == b) {
                continue;
            }
            List<Integer> groupA = group(members, a);
            List<Integer> groupB = group(members, b);
            if (groupA.size() * groupB.size() > 1 && meanProbability(groupA, groupB, scorer) < MIN_MEAN_PROBABILITY) {
                continue;
            }
            int root = groupA.size() >= groupB.size() ? a : b;
            int other = root == a ? b : a;
            parent[other] = root;
            List<Integer> merged = new ArrayList<>(groupA);
            merged.addAll(groupB);
            members.set(root, merged);
            members.set(other, null);
        }
        for (int i = 0; i < n; i++) {
            parent[i] = find(parent, i);
        }
        return parent;
    }

    private static List<Integer> group(List<List<Integer>> members, int root) {
        List<Integer> group = members.get(root);
        return group == null ? List.of(root) : group;
    }

    private static double meanProbability(List<Integer> a, List<Integer> b, PairWeight scorer) {
        double sum = 0;
        int count = 0;
        for (int i : a.subList(0, Math.min(a.size(), MAX_CHECKED))) {
            for (int j : b.subList(0, Math.min(b.size(), MAX_CHECKED))) {
                sum += MatchModel.probability(scorer.weight(i, j));
                count++;
            }
        }
        return sum / count;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Which of the pairs (sorted strongest first) a one-to-one assignment keeps. */
    static boolean[] assignOneToOne(int n, int[] lefts, int[] rights) {
        boolean[] used = new boolean[n];
        boolean[] kept = new boolean[lefts.length];
        for (int k = 0; k < lefts.length; k++) {
            if (!used[lefts[k]] && !used[rights[k]]) {
                used[lefts[k]] = true;
                used[rights[k]] = true;
                kept[k] = true;
            }
        }
        return kept;
    }

    /** Group roots from kept one-to-one pairs. */
    static int[] fromPairs(int n, int[] lefts, int[] rights, boolean[] kept) {
        int[] root = new int[n];
        Arrays.setAll(root, i -> i);
        for (int k = 0; k < lefts.length; k++) {
            if (kept[k]) {
                root[rights[k]] = lefts[k];
            }
        }
        return root;
    }
}
