package org.dadkhah.estimate;

import java.util.SplittableRandom;

/**
 * The random variate generators as they were before the sampler was made faster (binomials only by Knuth's
 * beta recursion, normals by the polar method): the baseline of {@code bench/estimate}.
 *
 * <p>Exact random variate generators on a seeded {@link SplittableRandom}: gamma (Marsaglia and Tsang 2000),
 * beta (ratio of gammas), binomial (Knuth's beta recursion, TAOCP vol. 2, 3.4.1), Poisson (Ahrens and Dieter
 * gamma recursion) and negative binomial (gamma-Poisson mixture).
 */
final class PreviousRandomDraws {

    private static final int SMALL = 40;
    private final SplittableRandom random;

    PreviousRandomDraws(long seed) {
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
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    double beta(double a, double b) {
        double x = gamma(a);
        double y = gamma(b);
        double r = x / (x + y);
        return Double.isNaN(r) ? (a >= b ? 1 : 0) : r;
    }

    long binomial(long n, double p) {
        long result = 0;
        while (n > 0 && p > 0) {
            if (p >= 1) {
                return result + n;
            }
            if (n < SMALL) {
                for (long i = 0; i < n; i++) {
                    if (random.nextDouble() < p) {
                        result++;
                    }
                }
                return result;
            }
            long a = 1 + n / 2;
            long b = n + 1 - a;
            double x = beta(a, b);
            if (x >= p) {
                n = a - 1;
                p = p / x;
            } else {
                result += a;
                n = b - 1;
                p = (p - x) / (1 - x);
            }
        }
        return result;
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
