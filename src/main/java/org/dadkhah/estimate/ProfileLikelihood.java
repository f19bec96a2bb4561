package org.dadkhah.estimate;

import org.apache.commons.math3.special.Gamma;
import org.jspecify.annotations.Nullable;

/**
 * Multinomial profile-likelihood inference for the population size N of a log-linear model (Cormack 1992;
 * the method of Rcapture's {@code closedpCI}): for each N the model is fitted to the complete table whose
 * unobserved cell holds N - n, and N is kept where twice the log-likelihood drop is below the chi-square(1)
 * 95% quantile.
 */
final class ProfileLikelihood {

    /** Half of the 95% quantile of the chi-square distribution with one degree of freedom. */
    private static final double HALF_CHI2 = 3.841458820694124 / 2;
    private static final double UPPER_LIMIT_FACTOR = 1000;

    /**
     * The result.
     *
     * @param mle the multinomial maximum-likelihood estimate of N
     * @param lower lower 95% bound
     * @param upper upper 95% bound, null when the likelihood does not drop enough below the search limit
     */
    record Interval(double mle, double lower, @Nullable Double upper) {
    }

    private final double[][] design;
    private final double[] y;
    private final double observed;
    private double @Nullable [] warm;

    /**
     * @param design one row per cell, row 0 the unobserved cell
     * @param counts the counts of those cells (element 0 is ignored)
     */
    ProfileLikelihood(double[][] design, long[] counts) {
        this.design = design;
        this.y = new double[counts.length];
        double n = 0;
        for (int c = 1; c < counts.length; c++) {
            y[c] = counts[c];
            n += counts[c];
        }
        this.observed = n;
    }

    /**
     * @param start a rough estimate of N (the Poisson estimate) used to start the search
     * @return the interval, or null if the profile could not be computed
     */
    @Nullable Interval interval(double start) {
        double lo = observed;
        double hi = Math.max(start * 2, observed + 10);
        while (logLik(hi) > logLik(hi / 2 + observed / 2) && hi < observed * UPPER_LIMIT_FACTOR) {
            hi *= 2;
        }
        double mle = maximise(lo, hi);
        double max = logLik(mle);
        if (!Double.isFinite(max)) {
            return null;
        }
        double target = max - HALF_CHI2;
        double lower = logLik(observed) >= target ? observed : root(observed, mle, target);
        double limit = observed * UPPER_LIMIT_FACTOR;
        double upperEnd = Math.max(mle * 2, observed + 10);
        while (logLik(upperEnd) > target && upperEnd < limit) {
            upperEnd *= 2;
        }
        Double upper = logLik(upperEnd) > target ? null : root(mle, upperEnd, target);
        return new Interval(mle, lower, upper);
    }

    private double maximise(double a, double b) {
        double golden = (Math.sqrt(5) - 1) / 2;
        double c = b - golden * (b - a);
        double d = a + golden * (b - a);
        double fc = logLik(c);
        double fd = logLik(d);
        while (b - a > 1e-7 * Math.max(1, a)) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - golden * (b - a);
                fc = logLik(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + golden * (b - a);
                fd = logLik(d);
            }
        }
        return (a + b) / 2;
    }

    /** Bisection for logLik(N) = target between a bracket where one end is above and the other below. */
    private double root(double a, double b, double target) {
        double fa = logLik(a) - target;
        for (int i = 0; i < 200 && b - a > 1e-7 * Math.max(1, a); i++) {
            double m = (a + b) / 2;
            double fm = logLik(m) - target;
            if ((fm > 0) == (fa > 0)) {
                a = m;
                fa = fm;
            } else {
                b = m;
            }
        }
        return (a + b) / 2;
    }

    /** Profile multinomial log-likelihood of N, up to a constant. */
    double logLik(double n) {
        y[0] = n - observed;
        PoissonGlm.Fit fit = PoissonGlm.fit(design, y, warm);
        if (!fit.converged()) {
            fit = PoissonGlm.fit(design, y, null);
            if (!fit.converged()) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        warm = fit.beta();
        double l = Gamma.logGamma(n + 1) - Gamma.logGamma(n - observed + 1);
        double[] mu = fit.fitted();
        for (int c = 0; c < y.length; c++) {
            if (y[c] > 0) {
                l += y[c] * Math.log(mu[c] / n);
            }
        }
        return l;
    }
}
