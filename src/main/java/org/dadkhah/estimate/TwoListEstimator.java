package org.dadkhah.estimate;

/**
 * Two-list (dual-system) estimators: Lincoln-Petersen with the variance of Seber (1982, p. 60) and Chapman's
 * bias-corrected estimator with the variance of Seber (1970), each with a Wald 95% interval and Chao's (1987)
 * log-normal one.
 */
public final class TwoListEstimator {

    private static final double Z = 1.959963984540054;

    private TwoListEstimator() {
    }

    /**
     * A two-list estimate.
     *
     * @param estimate the population size
     * @param stderr its standard error
     * @param lower95 lower 95% Wald bound, N - 1.96 se (never below the number observed)
     * @param upper95 upper 95% Wald bound, N + 1.96 se
     * @param logNormalLower95 lower 95% log-normal bound (Chao 1987): n + f0 / C, where f0 = N - n is the
     *                         estimated number unobserved and C = exp(1.96 sqrt(log(1 + se^2 / f0^2))); never
     *                         below n
     * @param logNormalUpper95 upper 95% log-normal bound, n + f0 C
     */
    public record Estimate(double estimate, double stderr, double lower95, double upper95, double logNormalLower95,
                           double logNormalUpper95) {
    }

    /**
     * @param history a two-list table
     * @return the Lincoln-Petersen estimate
     * @throws EstimateNotAvailableException when the lists never overlap (the estimate is infinite)
     */
    public static Estimate lincolnPetersen(CaptureHistory history) {
        Counts c = counts(history);
        if (c.both == 0) {
            throw new EstimateNotAvailableException("lists " + history.lists().get(0) + " and "
                    + history.lists().get(1) + " have nobody in common, so the Lincoln-Petersen estimate is infinite");
        }
        double n = c.first * c.second / c.both;
        double variance = c.first * c.second * (c.first - c.both) * (c.second - c.both) / Math.pow(c.both, 3);
        return interval(n, Math.sqrt(variance), history.observed());
    }

    /**
     * @param history a two-list table
     * @return Chapman's estimate; finite even without overlap, but then only a lower-bound-like guess
     */
    public static Estimate chapman(CaptureHistory history) {
        Counts c = counts(history);
        double n = (c.first + 1) * (c.second + 1) / (c.both + 1) - 1;
        double variance = (c.first + 1) * (c.second + 1) * (c.first - c.both) * (c.second - c.both)
                / ((c.both + 1) * (c.both + 1) * (c.both + 2));
        return interval(n, Math.sqrt(variance), history.observed());
    }

    private static Estimate interval(double n, double se, long observed) {
        double unobserved = n - observed;
        double lower = observed;
        double upper = observed;
        if (unobserved > 0) {
            double c = Math.exp(Z * Math.sqrt(Math.log1p(se * se / (unobserved * unobserved))));
            lower = observed + unobserved / c;
            upper = observed + unobserved * c;
        }
        return new Estimate(n, se, Math.max(observed, n - Z * se), n + Z * se, lower, upper);
    }

    private record Counts(double first, double second, double both) {
    }

    private static Counts counts(CaptureHistory history) {
        if (history.listCount() != 2) {
            throw new EstimateNotAvailableException("two-list estimators need exactly two lists, the table has "
                    + history.listCount());
        }
        return new Counts(history.listSize(0), history.listSize(1), history.count(3));
    }
}
