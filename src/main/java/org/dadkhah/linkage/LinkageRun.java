package org.dadkhah.linkage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The outcome of one linkage run: the fitted model, the pairs at or above the review threshold with their
 * decisions, the groups, and what blocking did; any pair can be explained.
 */
public final class LinkageRun {

    private final PreparedRecords records;
    private final Blocking blocking;
    private final Scorer scorer;
    private final List<ScoredPair> pairs;
    private final int[] group;
    private final Duration took;
    private final Map<String, Integer> index = new HashMap<>();

    private LinkageRun(PreparedRecords records, Blocking blocking, Scorer scorer, List<ScoredPair> pairs, int[] group,
            Duration took) {
        this.records = records;
        this.blocking = blocking;
        this.scorer = scorer;
        this.pairs = pairs;
        this.group = group;
        this.took = took;
        for (int i = records.size() - 1; i >= 0; i--) {
            index.put(key(records.side[i], records.ids[i]), i);
        }
    }

    /** Pairs kept by the second pass (at or above the review threshold), added from several threads. */
    static final class Kept {
        private final IntList lefts = new IntList();
        private final IntList rights = new IntList();
        private float[] weights = new float[16];

        synchronized void add(int i, int j, float weight) {
            if (lefts.size() == weights.length) {
                weights = Arrays.copyOf(weights, weights.length * 2);
            }
            weights[lefts.size()] = weight;
            lefts.add(i);
            rights.add(j);
        }
    }

    static LinkageRun decide(PreparedRecords records, Blocking blocking, Scorer scorer, Kept candidates,
            long started) {
        LinkageConfig config = records.config;
        double linkWeight = weightOf(config.linkThreshold());
        int[] lefts = candidates.lefts.toArray();
        int[] rights = candidates.rights.toArray();
        float[] weights = candidates.weights;
        Integer[] kept = IntStream.range(0, lefts.length).boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> -weights[k]).thenComparingInt(k -> lefts[k])
                        .thenComparingInt(k -> rights[k]))
                .toArray(Integer[]::new);
        int[] l = new int[kept.length];
        int[] r = new int[kept.length];
        for (int k = 0; k < kept.length; k++) {
            l[k] = lefts[kept[k]];
            r[k] = rights[kept[k]];
        }
        int links = 0;
        while (links < kept.length && weights[kept[links]] >= linkWeight) {
            links++;
        }
        int[] group;
        boolean[] assigned = null;
        if (records.twoLists()) {
            assigned = Clustering.assignOneToOne(records.size(), Arrays.copyOf(l, links),
                    Arrays.copyOf(r, links));
            group = Clustering.fromPairs(records.size(), Arrays.copyOf(l, links),
                    Arrays.copyOf(r, links), assigned);
        } else {
            group = Clustering.deduplicate(records.size(), Arrays.copyOf(l, links),
                    Arrays.copyOf(r, links), scorer::weight);
        }
        List<ScoredPair> pairs = new ArrayList<>(kept.length);
        for (int k = 0; k < kept.length; k++) {
            boolean link = k < links && (assigned == null ? group[l[k]] == group[r[k]] : assigned[k]);
            double w = weights[kept[k]];
            pairs.add(new ScoredPair(records.ids[l[k]], records.ids[r[k]], w, MatchModel.probability(w),
                    link ? ScoredPair.LINK : ScoredPair.REVIEW));
        }
        return new LinkageRun(records, blocking, scorer, List.copyOf(pairs), group,
                Duration.ofNanos(System.nanoTime() - started));
    }

    static double weightOf(double probability) {
        return MatchModel.log2(probability / (1 - probability));
    }

    private static String key(int side, String id) {
        return side + ":" + id;
    }

    /** The fitted model. */
    public MatchModel model() {
        return scorer.model;
    }

    /** Pairs at or above the review threshold, strongest first. */
    public List<ScoredPair> pairs() {
        return pairs;
    }

    /** Records compared. */
    public int records() {
        return records.size();
    }

    /** Candidate pairs that blocking produced. */
    public long candidates() {
        return blocking.candidates();
    }

    /** What each blocking rule contributed. */
    public List<BlockingRuleStats> blockingRules() {
        return List.copyOf(blocking.stats);
    }

    /** How long the run took. */
    public Duration took() {
        return took;
    }

    /**
     * The group of every record, as {@code record id -> group id} in input order; a group's id is the id of its
     * first record (a record alone is its own group). When linking two lists, ids of the second list are those given.
     */
    public Map<String, String> clusters() {
        Map<String, String> out = new LinkedHashMap<>();
        int[] first = firstOfGroup();
        for (int i = 0; i < records.size(); i++) {
            out.putIfAbsent(records.ids[i], records.ids[first[group[i]]]);
        }
        return out;
    }

    private int[] firstOfGroup() {
        int[] first = new int[records.size()];
        Arrays.fill(first, -1);
        for (int i = 0; i < records.size(); i++) {
            if (first[group[i]] < 0) {
                first[group[i]] = i;
            }
        }
        return first;
    }

    /** The group index of each record (by position), for evaluation. */
    int[] groups() {
        return group.clone();
    }

    /** The waterfall of a pair (ids from the first and, when linking two lists, second list). */
    public Explanation explain(String leftId, String rightId) {
        Integer i = index.get(key(0, leftId));
        Integer j = index.get(key(records.twoLists() ? 1 : 0, rightId));
        if (i == null || j == null) {
            throw new IllegalArgumentException("no such record: " + (i == null ? leftId : rightId));
        }
        return scorer.explain(i, j);
    }

    /** Quality against known true pairs (ids as in the input). */
    public PairMetrics evaluate(List<List<String>> truePairs) {
        return PairMetrics.of(this, records, blocking, truePairs);
    }

    Integer position(int side, String id) {
        return index.get(key(side, id));
    }
}
