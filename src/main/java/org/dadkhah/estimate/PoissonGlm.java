package org.dadkhah.estimate;

import org.apache.commons.math3.special.Gamma;
import org.jspecify.annotations.Nullable;

/**
 * Poisson regression with log link fitted by iteratively reweighted least squares (the algorithm of R's
 * {@code glm}), on small dense designs as used by capture-recapture log-linear models.
 */
final class PoissonGlm {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;
    private static final double DIVERGED = 40;

    private PoissonGlm() {
    }

    /**
     * A fitted model.
     *
     * @param beta coefficients, intercept first
     * @param fitted fitted means per cell
     * @param deviance residual deviance
     * @param logLik Poisson log-likelihood including the factorial terms
     * @param converged whether the iterations converged to a finite optimum
     */
    record Fit(double[] beta, double[] fitted, double deviance, double logLik, boolean converged,
               double @Nullable [] [] design, double @Nullable [] weights) {

        /** @return the variance of the intercept (first element of the inverse Fisher information), or NaN */
        double interceptVariance() {
            return design == null ? Double.NaN : Cholesky.firstOfInverse(crossProduct(design, fitted));
        }

        /** @return the inverse Fisher information (covariance of the coefficients), or null if singular */
        double @Nullable [] [] covariance() {
            if (design == null) {
                return null;
            }
            return Cholesky.inverse(crossProduct(design, fitted));
        }
    }

    /**
     * Fits the model.
     *
     * @param x design matrix, one row per cell, first column the intercept
     * @param y observed counts (may be non-integer)
     * @param start starting coefficients, or null to start from the data
     * @return the fit; {@code converged} is false when the optimum is at infinity or the design is singular
     */
    static Fit fit(double[][] x, double[] y, double @Nullable [] start) {
        int n = y.length;
        int p = x[0].length;
        double[] eta = new double[n];
        double[] mu = new double[n];
        if (start != null) {
            linear(x, start, eta);
            for (int i = 0; i < n; i++) {
                mu[i] = Math.exp(eta[i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                mu[i] = y[i] + 0.1;
                eta[i] = Math.log(mu[i]);
            }
        }
        double[] beta = start == null ? new double[p] : start.clone();
        double deviance = deviance(y, mu);
        boolean converged = false;
        double[] z = new double[n];
        int[][] nonZero = nonZero(x);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            for (int i = 0; i < n; i++) {
                z[i] = eta[i] + (y[i] - mu[i]) / mu[i];
            }
            double[][] xtwx = crossProduct(x, nonZero, mu);
            double[] xtwz = new double[p];
            for (int i = 0; i < n; i++) {
                double wz = mu[i] * z[i];
                double[] row = x[i];
                for (int a = 0; a < p; a++) {
                    xtwz[a] += row[a] * wz;
                }
            }
            double[] next = Cholesky.solve(xtwx, xtwz);
            if (next == null) {
                return new Fit(beta, mu, deviance, logLik(y, mu), false, null, null);
            }
            beta = next;
            linear(x, beta, eta);
            for (int i = 0; i < n; i++) {
                mu[i] = Math.exp(eta[i]);
            }
            double previous = deviance;
            deviance = deviance(y, mu);
            if (Math.abs(deviance - previous) / (Math.abs(deviance) + 0.1) < TOLERANCE) {
                converged = true;
                break;
            }
        }
        for (double b : beta) {
            if (!Double.isFinite(b) || Math.abs(b) > DIVERGED) {
                converged = false;
            }
        }
        return new Fit(beta, mu, deviance, logLik(y, mu), converged, x, mu);
    }

    static double[][] crossProduct(double[][] x, double[] w) {
        return crossProduct(x, nonZero(x), w);
    }

    /** @return for each row of {@code x}, the columns where it is not zero */
    static int[][] nonZero(double[][] x) {
        int[][] out = new int[x.length][];
        int[] buffer = new int[x[0].length];
        for (int i = 0; i < x.length; i++) {
            int n = 0;
            for (int a = 0; a < x[i].length; a++) {
                if (x[i][a] != 0) {
                    buffer[n++] = a;
                }
            }
            out[i] = java.util.Arrays.copyOf(buffer, n);
        }
        return out;
    }

    /** @return X'WX, visiting only the non-zero entries of each row (capture-history designs are mostly 0) */
    static double[][] crossProduct(double[][] x, int[][] nonZero, double[] w) {
        int p = x[0].length;
        double[][] m = new double[p][p];
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            int[] columns = nonZero[i];
            double wi = w[i];
            for (int u = 0; u < columns.length; u++) {
                int a = columns[u];
                double ra = row[a] * wi;
                double[] ma = m[a];
                for (int v = 0; v <= u; v++) {
                    int b = columns[v];
                    ma[b] += ra * row[b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                m[b][a] = m[a][b];
            }
        }
        return m;
    }

    private static void linear(double[][] x, double[] beta, double[] out) {
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            double[] row = x[i];
            for (int a = 0; a < beta.length; a++) {
                s += row[a] * beta[a];
            }
            out[i] = s;
        }
    }

    static double deviance(double[] y, double[] mu) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            d += (y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0) - (y[i] - mu[i]);
        }
        return 2 * d;
    }

    static double logLik(double[] y, double[] mu) {
        double l = 0;
        for (int i = 0; i < y.length; i++) {
            l += (y[i] > 0 ? y[i] * Math.log(mu[i]) : 0) - mu[i] - logFactorial(y[i]);
        }
        return l;
    }

    private static final double[] LOG_FACTORIALS = new double[4096];

    static {
        for (int k = 1; k < LOG_FACTORIALS.length; k++) {
            LOG_FACTORIALS[k] = LOG_FACTORIALS[k - 1] + Math.log(k);
        }
    }

    /** @return log Gamma(y + 1), from a table for small whole counts */
    private static double logFactorial(double y) {
        int k = (int) y;
        return k == y && k >= 0 && k < LOG_FACTORIALS.length ? LOG_FACTORIALS[k] : Gamma.logGamma(y + 1);
    }
}
