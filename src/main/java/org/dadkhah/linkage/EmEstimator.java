package org.dadkhah.linkage;

import java.util.Map;

/**
 * Expectation-maximisation for the Fellegi-Sunter mixture on comparison patterns (conditional independence of
 * fields given match status; a missing field contributes to neither side). Patterns are counted once, so an
 * iteration costs the number of distinct patterns, not of pairs. Labelled patterns keep their label.
 */
final class EmEstimator {

    static final int MAX_ITERATIONS = 1000;
    static final double TOLERANCE = 1e-8;
    /**
     * Pseudo-pairs of prior belief added to each M-step (the starting lambda, m and u), so that a run over a handful of
     * records keeps sensible parameters instead of collapsing onto its few pairs; on thousands of pairs it is noise.
     */
    static final double PRIOR_PAIRS = 10;
    /** The share of matches among candidates that EM starts from (and its prior). */
    static final double START_LAMBDA = 0.1;

    private final Patterns patterns;
    private final boolean fixedU;

    /** EM over all parameters. */
    EmEstimator(Patterns patterns) {
        this(patterns, false);
    }

    /** EM over lambda and m, with u held at its starting value when {@code fixedU}. */
    EmEstimator(Patterns patterns, boolean fixedU) {
        this.patterns = patterns;
        this.fixedU = fixedU;
    }

    /**
     * Fits m, u and lambda.
     *
     * @param unlabelled count of unlabelled pairs per pattern
     * @param matches count of pairs labelled as matches per pattern
     * @param nonMatches count of pairs labelled as non-matches per pattern
     * @param uStart the starting u (from random pairs)
     */
    Fit fit(Map<Integer, Long> unlabelled, Map<Integer, Long> matches, Map<Integer, Long> nonMatches,
            double[][] uStart) {
        int fields = patterns.fields();
        double[][] m = new double[fields][];
        double[][] u = new double[fields][];
        for (int f = 0; f < fields; f++) {
            int levels = patterns.levels(f);
            m[f] = new double[levels];
            u[f] = uStart[f].clone();
            for (int l = 0; l < levels; l++) {
                m[f][l] = startM(levels, l);
            }
        }
        double[][] mPrior = new double[fields][];
        double[][] uPrior = new double[fields][];
        for (int f = 0; f < fields; f++) {
            mPrior[f] = m[f].clone();
            uPrior[f] = u[f].clone();
        }
        double lambda = START_LAMBDA;
        int iteration = 0;
        boolean converged = false;
        while (iteration < MAX_ITERATIONS && !converged) {
            iteration++;
            double[][] mSum = new double[fields][];
            double[][] uSum = new double[fields][];
            for (int f = 0; f < fields; f++) {
                mSum[f] = new double[patterns.levels(f)];
                uSum[f] = new double[patterns.levels(f)];
            }
            double[] totals = new double[2];
            accumulate(unlabelled, m, u, lambda, -1, mSum, uSum, totals);
            accumulate(matches, m, u, lambda, 1, mSum, uSum, totals);
            accumulate(nonMatches, m, u, lambda, 0, mSum, uSum, totals);
            double newLambda = (totals[0] + PRIOR_PAIRS * START_LAMBDA) / (totals[0] + totals[1] + PRIOR_PAIRS);
            double change = Math.abs(newLambda - lambda);
            for (int f = 0; f < fields; f++) {
                change = Math.max(change, normalise(mSum[f], mPrior[f], m[f]));
                if (!fixedU) {
                    change = Math.max(change, normalise(uSum[f], uPrior[f], u[f]));
                }
            }
            lambda = Math.min(Math.max(newLambda, 1e-9), 1 - 1e-9);
            converged = change < TOLERANCE;
        }
        return new Fit(lambda, m, u, iteration, converged);
    }

    /** The starting m of a level: rising with the level, most of it on exact agreement. */
    static double startM(int levels, int level) {
        double total = levels * (levels + 1) / 2.0 + 4.0 * levels;
        return (level + 1 + (level == levels - 1 ? 4.0 * levels : 0)) / total;
    }

    private void accumulate(Map<Integer, Long> counts, double[][] m, double[][] u, double lambda, int label,
            double[][] mSum, double[][] uSum, double[] totals) {
        int fields = patterns.fields();
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            int code = entry.getKey();
            double pm = lambda;
            double pu = 1 - lambda;
            for (int f = 0; f < fields; f++) {
                int level = patterns.level(code, f);
                if (level >= 0) {
                    pm *= m[f][level];
                    pu *= u[f][level];
                }
            }
            double g = label >= 0 ? label : pm / (pm + pu);
            double count = entry.getValue();
            totals[0] += g * count;
            totals[1] += (1 - g) * count;
            for (int f = 0; f < fields; f++) {
                int level = patterns.level(code, f);
                if (level >= 0) {
                    mSum[f][level] += g * count;
                    uSum[f][level] += (1 - g) * count;
                }
            }
        }
    }

    /** Turns sums into probabilities (with the prior's pseudo-pairs) in place; returns the largest change. */
    private static double normalise(double[] sums, double[] prior, double[] target) {
        double total = PRIOR_PAIRS;
        for (double s : sums) {
            total += s;
        }
        double change = 0;
        for (int l = 0; l < sums.length; l++) {
            double value = (sums[l] + PRIOR_PAIRS * prior[l]) / total;
            change = Math.max(change, Math.abs(value - target[l]));
            target[l] = value;
        }
        return change;
    }

    /** The fitted parameters. */
    record Fit(double lambda, double[][] m, double[][] u, int iterations, boolean converged) {
    }
}
