package org.dadkhah.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Fits every hierarchical model with at most two-way interactions (2^(t(t-1)/2) models: 32,768 on 6 lists).
 *
 * <p>The models are split into {@value #CHUNK_BITS_MAX}-bit blocks by their highest interactions and the blocks
 * run in parallel. Within a block each model is fitted from the coefficients of its parent (the same model
 * without its lowest interaction, fitted just before), which usually converges in two or three iterations. Each
 * fit is kept without its design. The search stops when its deadline passes and says so.
 */
final class ExhaustiveSearch {

    /** At most 2^this blocks are run in parallel. */
    static final int CHUNK_BITS_MAX = 4;

    private ExhaustiveSearch() {
    }

    /**
     * @param fits the models fitted, in mask order within each block
     * @param complete whether every model was fitted before the deadline
     * @param total how many models the space holds
     */
    record Outcome(List<LogLinearEstimator.Fitted> fits, boolean complete, int total) {
    }

    /** @return the number of two-way models on {@code lists} lists */
    static long twoWayModels(int lists) {
        return 1L << (lists * (lists - 1) / 2);
    }

    /**
     * @param history the table
     * @param deadline {@link System#nanoTime()} after which no further model is fitted
     * @return the fits
     */
    static Outcome twoWay(CaptureHistory history, long deadline) {
        return twoWay(history, deadline, true);
    }

    /**
     * @param history the table
     * @param deadline {@link System#nanoTime()} after which no further model is fitted
     * @param warm whether to start each fit from its parent's (false only to measure what warm starts save)
     * @return the fits
     */
    static Outcome twoWay(CaptureHistory history, long deadline, boolean warm) {
        int t = history.listCount();
        List<Integer> pairs = ModelCatalog.candidateTerms(t, 2);
        int total = 1 << pairs.size();
        int chunkBits = Math.min(CHUNK_BITS_MAX, pairs.size());
        int lowBits = pairs.size() - chunkBits;
        boolean[] zero = new boolean[pairs.size()];
        for (int k = 0; k < zero.length; k++) {
            zero[k] = history.together(pairs.get(k)) == 0;
        }
        List<List<LogLinearEstimator.Fitted>> blocks = IntStream.range(0, 1 << chunkBits).parallel()
                .mapToObj(c -> block(history, pairs, zero, c, lowBits, deadline, warm)).toList();
        List<LogLinearEstimator.Fitted> fits = new ArrayList<>(total);
        blocks.forEach(fits::addAll);
        return new Outcome(fits, fits.size() == total, total);
    }

    private static List<LogLinearEstimator.Fitted> block(CaptureHistory history, List<Integer> pairs,
                                                         boolean[] zero, int chunk, int lowBits, long deadline,
                                                         boolean warm) {
        int t = history.listCount();
        int size = 1 << lowBits;
        double[] @Nullable [] full = new double[size][];
        List<LogLinearEstimator.Fitted> out = new ArrayList<>(size);
        for (int low = 0; low < size; low++) {
            if (System.nanoTime() > deadline) {
                break;
            }
            int mask = chunk << lowBits | low;
            List<Integer> terms = new ArrayList<>();
            for (int k = 0; k < pairs.size(); k++) {
                if ((mask >> k & 1) != 0) {
                    terms.add(pairs.get(k));
                }
            }
            double @Nullable [] parent = low == 0 || !warm ? null : full[low & (low - 1)];
            LogLinearEstimator.Fitted fitted = LogLinearEstimator.fit(
                    ModelCatalog.hierarchical(history.lists(), terms), history, start(parent, mask, zero, t));
            full[low] = fitted.beta() == null ? null : expand(fitted.beta(), mask, zero, t);
            out.add(new LogLinearEstimator.Fitted(
                    LogLinearModel.described(fitted.model().name(), fitted.model().terms()), fitted.fit()));
        }
        return out;
    }

    /** @return the parent's coefficients for the columns this model fits (0 for its new interaction) */
    private static double @Nullable [] start(double @Nullable [] parent, int mask, boolean[] zero, int t) {
        if (parent == null) {
            return null;
        }
        double[] start = new double[1 + t + Integer.bitCount(mask)];
        System.arraycopy(parent, 0, start, 0, 1 + t);
        int c = 1 + t;
        for (int k = 0; k < zero.length; k++) {
            if ((mask >> k & 1) != 0 && !zero[k]) {
                start[c++] = parent[1 + t + k];
            }
        }
        return java.util.Arrays.copyOf(start, c);
    }

    /** @return the coefficients indexed by intercept, main effects and every pair (0 where not fitted) */
    private static double[] expand(double[] beta, int mask, boolean[] zero, int t) {
        double[] full = new double[1 + t + zero.length];
        System.arraycopy(beta, 0, full, 0, 1 + t);
        int c = 1 + t;
        for (int k = 0; k < zero.length; k++) {
            if ((mask >> k & 1) != 0 && !zero[k]) {
                full[1 + t + k] = beta[c++];
            }
        }
        return full;
    }
}
