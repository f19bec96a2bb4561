package org.dadkhah.estimate;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Interactions between lists that no one is on together. Their maximum-likelihood coefficient is minus
 * infinity: the fitted count of every cell holding all of their lists is zero, which the data match exactly.
 * R's {@code glm} (and so Rcapture's {@code closedpCI.t}) reaches that limit numerically and counts the term
 * as a parameter; here the limit is taken exactly, by fitting the model without those cells and those columns.
 *
 * @param design the model's design without the dropped cells and columns (row 0 still the unobserved cell)
 * @param counts the counts of the kept cells, in the same order (element 0 is the unobserved cell)
 * @param zeroTerms the interactions fitted at minus infinity, as bit masks of lists
 */
record BoundaryCells(double[][] design, long[] counts, List<Integer> zeroTerms) {

    /**
     * @param model a model with its design
     * @param history the table
     * @return the model's cells and columns that carry information
     */
    static BoundaryCells of(LogLinearModel model, CaptureHistory history) {
        long[] all = history.countsByMask();
        List<Integer> zero = new ArrayList<>();
        for (int term : model.terms()) {
            if (history.together(term) == 0) {
                zero.add(term);
            }
        }
        if (zero.isEmpty()) {
            return new BoundaryCells(model.design(), all, List.of());
        }
        int t = history.listCount();
        boolean[] dropColumn = new boolean[model.parameters()];
        for (int k = 0; k < model.terms().size(); k++) {
            dropColumn[1 + t + k] = zero.contains(model.terms().get(k));
        }
        List<double[]> rows = new ArrayList<>();
        List<Long> kept = new ArrayList<>();
        for (int mask = 0; mask < all.length; mask++) {
            if (!covered(mask, zero)) {
                double[] full = model.design()[mask];
                double[] row = new double[full.length - zero.size()];
                int c = 0;
                for (int j = 0; j < full.length; j++) {
                    if (!dropColumn[j]) {
                        row[c++] = full[j];
                    }
                }
                rows.add(row);
                kept.add(all[mask]);
            }
        }
        return new BoundaryCells(rows.toArray(double[][]::new), kept.stream().mapToLong(Long::longValue).toArray(),
                List.copyOf(zero));
    }

    private static boolean covered(int mask, List<Integer> terms) {
        for (int term : terms) {
            if ((mask & term) == term) {
                return true;
            }
        }
        return false;
    }

    /** @return the design of the observable cells (without row 0) */
    double[][] observableDesign() {
        return java.util.Arrays.copyOfRange(design, 1, design.length);
    }

    /** @return the counts of the observable cells, as the response of a Poisson fit */
    double[] observableCounts() {
        double[] y = new double[counts.length - 1];
        for (int i = 1; i < counts.length; i++) {
            y[i - 1] = counts[i];
        }
        return y;
    }

    /**
     * @param history the table
     * @param terms interactions of a model
     * @return a caveat naming the interactions no one is on together (fitted at minus infinity), or null
     */
    static @Nullable String caveat(CaptureHistory history, List<Integer> terms) {
        List<String> zero = terms.stream().filter(term -> history.together(term) == 0)
                .map(term -> ModelCatalog.names(history.lists(), term)).toList();
        if (zero.isEmpty()) {
            return null;
        }
        return "no one is on all of the lists of " + String.join(", ", zero) + ": the model fits "
                + (zero.size() == 1 ? "that interaction" : "those interactions") + " at minus infinity (it "
                + "holds that no one is on all of them), as R's glm does, and counts each as a parameter";
    }
}
