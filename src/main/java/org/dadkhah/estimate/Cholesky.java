package org.dadkhah.estimate;

import org.jspecify.annotations.Nullable;

/** Cholesky solves and inverses for small symmetric positive-definite matrices. */
final class Cholesky {

    private static final double SINGULAR = 1e-11;

    private Cholesky() {
    }

    /** @return the lower factor, or null when the matrix is numerically singular */
    static double @Nullable [] [] factor(double[][] a) {
        int p = a.length;
        double[][] l = new double[p][p];
        for (int j = 0; j < p; j++) {
            double[] lj = l[j];
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= lj[k] * lj[k];
            }
            if (!(d > SINGULAR * Math.max(1, Math.abs(a[j][j])))) {
                return null;
            }
            double ljj = Math.sqrt(d);
            lj[j] = ljj;
            for (int i = j + 1; i < p; i++) {
                double[] li = l[i];
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= li[k] * lj[k];
                }
                li[j] = s / ljj;
            }
        }
        return l;
    }

    /**
     * @param a a symmetric positive-definite matrix
     * @return the first diagonal element of its inverse, or NaN when it is singular
     */
    static double firstOfInverse(double[][] a) {
        double[][] l = factor(a);
        if (l == null) {
            return Double.NaN;
        }
        double[] e = new double[a.length];
        e[0] = 1;
        double[] x = solveFactored(l, e);
        return x[0];
    }

    /** @return the solution of {@code a x = b}, or null when {@code a} is singular */
    static double @Nullable [] solve(double[][] a, double[] b) {
        double[][] l = factor(a);
        return l == null ? null : solveFactored(l, b);
    }

    private static double[] solveFactored(double[][] l, double[] b) {
        int p = b.length;
        double[] y = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < p; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** @return the inverse, or null when the matrix is singular */
    static double @Nullable [] [] inverse(double[][] a) {
        double[][] l = factor(a);
        if (l == null) {
            return null;
        }
        int p = a.length;
        double[][] inv = new double[p][];
        for (int j = 0; j < p; j++) {
            double[] e = new double[p];
            e[j] = 1;
            inv[j] = solveFactored(l, e);
        }
        return inv;
    }
}
