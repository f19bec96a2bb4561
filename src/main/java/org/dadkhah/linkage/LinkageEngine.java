package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The linkage engine, usable without a server: prepares the records, blocks, compares, fits the Fellegi-Sunter
 * model by EM, scores, and groups (de-duplication of one list, or one-to-one linkage of two).
 */
public final class LinkageEngine {

    /** Random pairs drawn to estimate u (and start EM). */
    static final int RANDOM_PAIRS = 100_000;
    static final int PRIOR_RANDOM_PAIRS = 100;
    /** A blocking rule needs this many candidates to train m. */
    static final int MIN_SESSION_PAIRS = 50;
    private static final long SEED = 20_260_731L;

    private LinkageEngine() {
    }

    /**
     * A decision a person made about a pair, fed back to EM as a label.
     *
     * @param leftId one record
     * @param rightId the other
     * @param match whether they are the same person
     */
    public record Label(String leftId, String rightId, boolean match) {
    }

    /** De-duplicates one list ({@code right} null) or links two lists one-to-one. */
    public static LinkageRun run(LinkageConfig config, List<LinkRecord> left, @Nullable List<LinkRecord> right,
            Collection<Label> labels) {
        long started = System.nanoTime();
        PreparedRecords records = PreparedRecords.of(config, left, right);
        Blocking blocking = new Blocking(records);
        Patterns patterns = new Patterns(records.comparators);
        int[] lefts = blocking.left.toArray();
        int[] rights = blocking.right.toArray();
        int[] codes = new int[lefts.length];
        IntStream.range(0, codes.length).parallel()
                .forEach(k -> codes[k] = patterns.encode(records.levels(lefts[k], rights[k])));
        MatchModel model = fit(records, patterns, blocking, lefts, rights, codes, labels);
        Scorer scorer = new Scorer(records, patterns, model);
        float[] weights = new float[codes.length];
        IntStream.range(0, codes.length).parallel()
                .forEach(k -> weights[k] = (float) scorer.weight(lefts[k], rights[k], codes[k]));
        return LinkageRun.decide(records, blocking, scorer, lefts, rights, weights, started);
    }

    /**
     * Fits the model in the way that stays sound under blocking: u is the share among random pairs; m is estimated
     * by EM (u held) once per blocking rule on that rule's candidates, with the fields the rule blocks on left out
     * (among its candidates they agree by construction), and averaged over the rules weighted by their expected
     * matches; the prior is the largest number of matches any one rule expects, over all pairs. Labelled pairs
     * join every session with their label.
     */
    private static MatchModel fit(PreparedRecords records, Patterns patterns, Blocking blocking, int[] lefts,
            int[] rights, int[] codes, Collection<Label> labels) {
        Map<Long, Boolean> labelled = labelIndex(records, labels);
        List<Map<Integer, Long>> sessions = new ArrayList<>();
        for (int r = 0; r < blocking.rules(); r++) {
            sessions.add(new HashMap<>());
        }
        Map<Integer, Long> matches = new HashMap<>();
        Map<Integer, Long> nonMatches = new HashMap<>();
        for (int k = 0; k < codes.length; k++) {
            Boolean label = labelled.remove(key(lefts[k], rights[k]));
            (label == null ? sessions.get(blocking.ruleOf.get(k)) : label ? matches : nonMatches)
                    .merge(codes[k], 1L, Long::sum);
        }
        labelled.forEach((pair, match) -> (match ? matches : nonMatches)
                .merge(patterns.encode(records.levels((int) (pair >>> 32), (int) (long) pair)), 1L, Long::sum));
        double[][] uRandom = randomU(records, patterns);
        int fields = patterns.fields();
        double[][] mSum = new double[fields][];
        double[] weightSum = new double[fields];
        double[][] m = null;
        double expectedMatches = 0;
        int iterations = 0;
        boolean converged = true;
        for (int r = 0; r < blocking.rules(); r++) {
            long size = sessions.get(r).values().stream().mapToLong(Long::longValue).sum();
            if (size < MIN_SESSION_PAIRS) {
                continue;
            }
            int[] held = blocking.ruleFields(r);
            EmEstimator.Fit fit = new EmEstimator(patterns, true).fit(without(patterns, sessions.get(r), held),
                    without(patterns, matches, held), without(patterns, nonMatches, held), uRandom);
            iterations += fit.iterations();
            converged &= fit.converged();
            double expected = fit.lambda() * size;
            expectedMatches = Math.max(expectedMatches, expected);
            m = m == null ? fit.m() : m;
            for (int f = 0; f < fields; f++) {
                int field = f;
                if (java.util.Arrays.stream(held).noneMatch(h -> h == field)) {
                    mSum[f] = mSum[f] == null ? new double[fit.m()[f].length] : mSum[f];
                    for (int l = 0; l < mSum[f].length; l++) {
                        mSum[f][l] += expected * fit.m()[f][l];
                    }
                    weightSum[f] += expected;
                }
            }
        }
        if (expectedMatches == 0) {
            return fitAll(records, patterns, sessions, matches, nonMatches, uRandom);
        }
        double[][] fitted = new double[fields][];
        for (int f = 0; f < fields; f++) {
            fitted[f] = new double[patterns.levels(f)];
            for (int l = 0; l < fitted[f].length; l++) {
                fitted[f][l] = weightSum[f] > 0 ? mSum[f][l] / weightSum[f]
                        : m != null ? m[f][l] : EmEstimator.startM(patterns.levels(f), l);
            }
        }
        double pairs = allPairs(records);
        double lambda = Math.min(Math.max(expectedMatches / pairs, 1e-12), 0.5);
        List<String> names = records.config.fields().stream().map(LinkageConfig.FieldSpec::column).toList();
        List<List<String>> levels = records.comparators.stream().map(FieldComparator::levels).toList();
        return new MatchModel(names, levels, lambda, fitted, uRandom, uRandom, iterations, converged);
    }

    /**
     * Too few candidates for a session per rule (a handful of records): one EM over all parameters on all
     * candidates, lambda being the share of matches among them.
     */
    private static MatchModel fitAll(PreparedRecords records, Patterns patterns, List<Map<Integer, Long>> sessions,
            Map<Integer, Long> matches, Map<Integer, Long> nonMatches, double[][] uRandom) {
        Map<Integer, Long> all = new HashMap<>();
        sessions.forEach(session -> session.forEach((code, count) -> all.merge(code, count, Long::sum)));
        EmEstimator.Fit fit = new EmEstimator(patterns).fit(all, matches, nonMatches, uRandom);
        List<String> names = records.config.fields().stream().map(LinkageConfig.FieldSpec::column).toList();
        List<List<String>> levels = records.comparators.stream().map(FieldComparator::levels).toList();
        return new MatchModel(names, levels, fit.lambda(), fit.m(), fit.u(), uRandom, fit.iterations(),
                fit.converged());
    }

    /** Pattern counts with some fields set to missing. */
    private static Map<Integer, Long> without(Patterns patterns, Map<Integer, Long> counts, int[] held) {
        Map<Integer, Long> out = new HashMap<>();
        counts.forEach((code, count) -> {
            int[] vector = new int[patterns.fields()];
            for (int f = 0; f < vector.length; f++) {
                vector[f] = patterns.level(code, f);
            }
            for (int h : held) {
                vector[h] = -1;
            }
            out.merge(patterns.encode(vector), count, Long::sum);
        });
        return out;
    }

    private static double allPairs(PreparedRecords records) {
        long left = 0;
        for (byte side : records.side) {
            left += side == 0 ? 1 : 0;
        }
        long n = records.size();
        return records.twoLists() ? (double) left * (n - left) : n * (n - 1) / 2.0;
    }

    private static Map<Long, Boolean> labelIndex(PreparedRecords records, Collection<Label> labels) {
        Map<Long, Boolean> out = new HashMap<>();
        if (labels.isEmpty()) {
            return out;
        }
        Map<String, Integer> leftIndex = new HashMap<>();
        Map<String, Integer> rightIndex = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            (records.side[i] == 0 ? leftIndex : rightIndex).put(records.ids[i], i);
        }
        Map<String, Integer> second = records.twoLists() ? rightIndex : leftIndex;
        for (Label label : labels) {
            Integer i = leftIndex.get(label.leftId());
            Integer j = second.get(label.rightId());
            if (i != null && j != null && !i.equals(j)) {
                out.put(key(Math.min(i, j), Math.max(i, j)), label.match());
            }
        }
        return out;
    }

    private static long key(int i, int j) {
        return (long) i << 32 | (j & 0xffffffffL);
    }

    /**
     * The share of each level among random pairs (across the two lists when linking two), smoothed towards a prior
     * of 0.9 for disagreement and the rest spread evenly ({@value #PRIOR_RANDOM_PAIRS} pseudo-pairs), which only
     * matters when there are too few records for random pairs to say anything.
     */
    private static double[][] randomU(PreparedRecords records, Patterns patterns) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<int[]> pairs = new ArrayList<>();
        int n = records.size();
        int leftSize = 0;
        while (leftSize < n && records.side[leftSize] == 0) {
            leftSize++;
        }
        boolean two = leftSize < n;
        long possible = two ? (long) leftSize * (n - leftSize) : (long) n * (n - 1) / 2;
        for (int k = 0; k < Math.min(RANDOM_PAIRS, possible) && n > 1; k++) {
            int i = random.nextInt(two ? leftSize : n);
            int j = two ? leftSize + random.nextInt(n - leftSize) : random.nextInt(n);
            if (i != j) {
                pairs.add(new int[] {i, j});
            }
        }
        long[][] counts = new long[patterns.fields()][];
        for (int f = 0; f < counts.length; f++) {
            counts[f] = new long[patterns.levels(f)];
        }
        int[][] levels = pairs.parallelStream().map(p -> records.levels(p[0], p[1])).toArray(int[][]::new);
        for (int[] vector : levels) {
            for (int f = 0; f < vector.length; f++) {
                if (vector[f] >= 0) {
                    counts[f][vector[f]]++;
                }
            }
        }
        double[][] u = new double[counts.length][];
        for (int f = 0; f < counts.length; f++) {
            long total = 0;
            for (long c : counts[f]) {
                total += c;
            }
            u[f] = new double[counts[f].length];
            for (int l = 0; l < u[f].length; l++) {
                double prior = l == 0 ? 0.9 : 0.1 / (u[f].length - 1);
                u[f][l] = (counts[f][l] + PRIOR_RANDOM_PAIRS * prior) / (total + PRIOR_RANDOM_PAIRS);
            }
        }
        return u;
    }
}
