package org.dadkhah.estimate;

import java.util.List;

/**
 * One Poisson log-linear model for the 2^t cells of a capture-history table.
 *
 * @param name a readable name, e.g. {@code "A*B + C"} or {@code "Mth Chao (LB)"}
 * @param kind how the population size follows from the coefficients
 * @param design one row per cell (indexed by bit mask, row 0 the unobserved cell), intercept first; empty for a
 *               {@linkplain #described described} hierarchical model whose design is rebuilt when needed
 * @param fixedColumns number of leading columns (intercept included) never dropped by the Chao correction
 * @param chao whether the trailing columns are Chao lower-bound terms that must not be negative
 * @param terms the interaction terms (bit masks of lists) of a hierarchical model, empty for other models
 */
record LogLinearModel(String name, Kind kind, double[][] design, int fixedColumns, boolean chao, List<Integer> terms) {

    /** How the population size is derived from a fit. */
    enum Kind {
        /** Unobserved cell is {@code exp(intercept)}: the classical log-linear models. */
        INTERCEPT,
        /** Model Mb of Rcapture (behavioural response). */
        MB,
        /** Model Mbh of Rcapture (behavioural response and heterogeneity). */
        MBH
    }

    /**
     * A hierarchical model kept without its design (to keep thousands of visited models in little memory).
     *
     * @param name the model's name
     * @param terms its interaction terms
     * @return the model; {@link #full} rebuilds its design
     */
    static LogLinearModel described(String name, List<Integer> terms) {
        return new LogLinearModel(name, Kind.INTERCEPT, new double[0][], 0, false, List.copyOf(terms));
    }

    /**
     * @param lists the list names
     * @return this model with its design (rebuilt for a described model)
     */
    LogLinearModel full(List<String> lists) {
        return design.length > 0 ? this : ModelCatalog.hierarchical(lists, terms);
    }

    /** @return number of coefficients, intercept included */
    int parameters() {
        return design[0].length;
    }

    /** @return the design restricted to the observable cells 1..2^t-1 */
    double[][] observableDesign() {
        return java.util.Arrays.copyOfRange(design, 1, design.length);
    }

    /**
     * @param column index of a column to remove
     * @return this model without that column
     */
    LogLinearModel without(int column) {
        double[][] reduced = new double[design.length][];
        for (int i = 0; i < design.length; i++) {
            double[] row = new double[design[i].length - 1];
            System.arraycopy(design[i], 0, row, 0, column);
            System.arraycopy(design[i], column + 1, row, column, row.length - column);
            reduced[i] = row;
        }
        return new LogLinearModel(name, kind, reduced, fixedColumns, chao, terms);
    }
}
