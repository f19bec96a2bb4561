package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Fits the Fellegi-Sunter model of a run from the patterns of its candidate pairs and random pairs. */
final class ModelFitting {

    /** Random pairs drawn to estimate u (and start EM). */
    static final int RANDOM_PAIRS = 100_000;
    static final int PRIOR_RANDOM_PAIRS = 100;
    /** A blocking rule needs this many candidates to train m. */
    static final int MIN_SESSION_PAIRS = 50;
    private static final long SEED = 20_260_731L;

    private ModelFitting() {
    }

    /**
     * Fits the model in the way that stays sound under blocking: u is the share among random pairs; m is estimated
     * by EM (u held) once per blocking rule on all of that rule's candidates, with the fields the rule blocks on left
     * out (among its candidates they agree by construction), and averaged over the rules weighted by their expected
     * matches; the prior is the share of matches among all pairs that the candidates imply under that m and u
     * ({@link #overallShare}). Labelled pairs join every session with their label.
     *
     * @param sessions per rule, the patterns of the candidate pairs that rule compares
     * @param all the patterns of all candidate pairs, each once
     */
    static MatchModel fit(PreparedRecords records, Patterns patterns, Blocking blocking,
            List<Map<Integer, Long>> sessions, Map<Integer, Long> all, Map<Integer, Long> matches,
            Map<Integer, Long> nonMatches) {
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
                if (Arrays.stream(held).noneMatch(h -> h == field)) {
                    mSum[f] = mSum[f] == null ? new double[fit.m()[f].length] : mSum[f];
                    for (int l = 0; l < mSum[f].length; l++) {
                        mSum[f][l] += expected * fit.m()[f][l];
                    }
                    weightSum[f] += expected;
                }
            }
        }
        if (expectedMatches == 0) {
            return fitAll(records, patterns, all, matches, nonMatches, uRandom);
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
        double lambda = overallShare(patterns, all, fitted, uRandom, expectedMatches, pairs);
        List<String> names = records.config.fields().stream().map(LinkageConfig.FieldSpec::column).toList();
        List<List<String>> levels = records.comparators.stream().map(FieldComparator::levels).toList();
        return new MatchModel(names, levels, lambda, fitted, uRandom, uRandom, iterations, converged);
    }

    /**
     * Too few candidates for a session per rule (a handful of records): one EM over all parameters on all
     * candidates, lambda being the share of matches among them.
     */
    private static MatchModel fitAll(PreparedRecords records, Patterns patterns, Map<Integer, Long> all,
            Map<Integer, Long> matches, Map<Integer, Long> nonMatches, double[][] uRandom) {
        EmEstimator.Fit fit = new EmEstimator(patterns).fit(all, matches, nonMatches, uRandom);
        List<String> names = records.config.fields().stream().map(LinkageConfig.FieldSpec::column).toList();
        List<List<String>> levels = records.comparators.stream().map(FieldComparator::levels).toList();
        return new MatchModel(names, levels, fit.lambda(), fit.m(), fit.u(), uRandom, fit.iterations(),
                fit.converged());
    }

    /**
     * The share of matches among all pairs: the fixed point of "expected matches among the candidates (each pair's
     * match probability under m, u and this share) over all pairs", started from the most matches one rule expects.
     * Pairs that no rule made candidates count as non-matches (blocking's pair completeness is reported).
     */
    private static double overallShare(Patterns patterns, Map<Integer, Long> all, double[][] m, double[][] u,
            double start, double pairs) {
        int size = all.size();
        double[] ratio = new double[size];
        double[] count = new double[size];
        int k = 0;
        for (Map.Entry<Integer, Long> entry : all.entrySet()) {
            double r = 1;
            for (int f = 0; f < patterns.fields(); f++) {
                int level = patterns.level(entry.getKey(), f);
                r *= level < 0 ? 1 : m[f][level] / u[f][level];
            }
            ratio[k] = r;
            count[k++] = entry.getValue();
        }
        double lambda = Math.min(Math.max(start / pairs, 1e-12), 0.5);
        for (int iteration = 0; iteration < EmEstimator.MAX_ITERATIONS; iteration++) {
            double odds = lambda / (1 - lambda);
            double expected = 0;
            for (int p = 0; p < size; p++) {
                expected += count[p] * odds * ratio[p] / (1 + odds * ratio[p]);
            }
            double next = Math.min(Math.max(expected / pairs, 1e-12), 0.5);
            if (Math.abs(next - lambda) <= 1e-6 * lambda) {
                return next;
            }
            lambda = next;
        }
        return lambda;
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
