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
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            for (int i = 0; i < n; i++) {
                z[i] = eta[i] + (y[i] - mu[i]) / mu[i];
            }
            double[][] xtwx = crossProduct(x, mu);
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
        int p = x[0].length;
        double[][] m = new double[p][p];
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            double wi = w[i];
            for (int a = 0; a < p; a++) {
                double ra = row[a] * wi;
                if (ra == 0) {
                    continue;
                }
                double[] ma = m[a];
                for (int b = 0; b <= a; b++) {
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
            l += (y[i] > 0 ? y[i] * Math.log(mu[i]) : 0) - mu[i] - Gamma.logGamma(y[i] + 1);
        }
        return l;
    }
}
