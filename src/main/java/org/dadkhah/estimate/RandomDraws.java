package org.dadkhah.estimate;

import java.util.SplittableRandom;

/**
 * Exact random variate generators on a seeded {@link SplittableRandom}: normal (the JDK's modified ziggurat),
 * gamma (Marsaglia and Tsang 2000), beta (ratio of gammas), binomial (inversion when the mean is small, else
 * Hormann's transformed rejection with decomposition, BTRD: W. Hormann 1993, J. Stat. Comput. Simul. 46,
 * 101-110), Poisson (Ahrens and Dieter gamma recursion) and negative binomial (gamma-Poisson mixture).
 */
final class RandomDraws {

    /** Mean below which binomials are drawn by inversion (BTRD needs a mean of at least 10). */
    private static final double INVERSION_MEAN = 10;
    /** log k! - ((k + 1/2) log(k + 1) - (k + 1) + log(2 pi) / 2), the Stirling remainder, for k = 0..9. */
    private static final double[] STIRLING = {0.08106146679532726, 0.04134069595540929, 0.02767792568499834,
        0.02079067210376509, 0.01664469118982119, 0.01387612882307075, 0.01189670994589177,
        0.01041126526197209, 0.009255462182712733, 0.008330563433362871};
    private final SplittableRandom random;

    RandomDraws(long seed) {
        this.random = new SplittableRandom(seed);
    }

    double uniform() {
        return random.nextDouble();
    }

    double gamma(double shape) {
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(shape + 1) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    private double normal() {
        return random.nextGaussian();
    }

    double beta(double a, double b) {
        double x = gamma(a);
        double y = gamma(b);
        double r = x / (x + y);
        return Double.isNaN(r) ? (a >= b ? 1 : 0) : r;
    }

    long binomial(long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - binomial(n, 1 - p);
        }
        return n * p < INVERSION_MEAN ? inversion(n, p) : btrd(n, p);
    }

    /** Sequential search of the distribution function from 0 (mean below 10, so a few steps). */
    private long inversion(long n, double p) {
        double q = 1 - p;
        double s = p / q;
        double a = (n + 1) * s;
        double start = Math.exp(n * Math.log(q));
        double bound = Math.min(n, n * p + 10 * Math.sqrt(n * p * q + 1));
        while (true) {
            double r = start;
            double u = random.nextDouble();
            long x = 0;
            while (u > r) {
                u -= r;
                x++;
                if (x > bound) {
                    break;
                }
                r *= a / x - s;
            }
            if (x <= bound) {
                return x;
            }
        }
    }

    /** Hormann's BTRD for n p at least 10 and p at most 1/2. */
    private long btrd(long n, double p) {
        double q = 1 - p;
        double spq = Math.sqrt(n * p * q);
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5;
        double vr = 0.92 - 4.2 / b;
        double alpha = (2.83 + 5.1 / b) * spq;
        double lpq = Math.log(p / q);
        long m = (long) Math.floor((n + 1) * p);
        double h = stirling(m) + stirling(n - m);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n) {
                continue;
            }
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            v = Math.log(v * alpha / (a / (us * us) + b));
            double accept = h - stirling(k) - stirling(n - k) + (m + 0.5) * Math.log((m + 1.0) / (n - m + 1.0))
                    + (n + 1) * Math.log((n - m + 1.0) / (n - k + 1.0)) + (k + 0.5) * Math.log((n - k + 1.0)
                    / (k + 1.0)) + (k - m) * lpq;
            if (v <= accept) {
                return k;
            }
        }
    }

    /** @return the Stirling remainder of log k! (see {@link #STIRLING}) */
    private static double stirling(long k) {
        if (k < STIRLING.length) {
            return STIRLING[(int) k];
        }
        double r = 1.0 / (k + 1);
        double r2 = r * r;
        return (1.0 / 12 - (1.0 / 360 - r2 / 1260) * r2) * r;
    }

    long poisson(double mean) {
        long result = 0;
        while (mean > 15) {
            long m = (long) (mean * 7 / 8);
            double x = gamma(m);
            if (x >= mean) {
                return result + binomial(m - 1, mean / x);
            }
            result += m;
            mean -= x;
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        while (product > limit) {
            result++;
            product *= random.nextDouble();
        }
        return result;
    }

    /** Number of failures before {@code successes} successes when each trial fails with probability q. */
    long negativeBinomial(double successes, double q) {
        if (q <= 0) {
            return 0;
        }
        return poisson(gamma(successes) * q / (1 - q));
    }

    /** Splits {@code count} among categories with the given unnormalised weights; adds the result to out. */
    void multinomial(long count, double[] weights, long[] out) {
        double rest = 0;
        for (double w : weights) {
            rest += w;
        }
        for (int k = 0; k < weights.length && count > 0; k++) {
            long x = k == weights.length - 1 ? count : binomial(count, Math.min(1, weights[k] / rest));
            out[k] += x;
            count -= x;
            rest -= weights[k];
        }
    }
}
