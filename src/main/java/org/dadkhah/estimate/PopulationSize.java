package org.dadkhah.estimate;

/**
 * Population size and its standard error from the coefficients of a log-linear fit, with the formulas of
 * Rcapture's {@code closedp} (Baillargeon and Rivest 2007).
 */
final class PopulationSize {

    private PopulationSize() {
    }

    /**
     * @param model the fitted model
     * @param b the coefficients, intercept first
     * @param cov their covariance
     * @param n number observed
     * @param t number of lists
     * @param se receives the standard error in element 0
     * @return the estimated population size
     */
    static double estimate(LogLinearModel model, double[] b, double[][] cov, double n, int t, double[] se) {
        return switch (model.kind()) {
            case INTERCEPT -> {
                double m0 = Math.exp(b[0]);
                se[0] = Math.sqrt(m0 + m0 * m0 * cov[0][0]);
                yield n + m0;
            }
            case MB -> {
                double e1 = Math.exp(b[1]);
                double e2 = Math.exp(b[2]);
                double denominator = 1 + e2 - e1;
                double size = Math.exp(b[0]) * Math.pow(1 + e2, t) / denominator;
                double[] v = {size, size * e1 / denominator, size * (t * e2 / (1 + e2) - e2 / denominator)};
                se[0] = Math.sqrt(quadratic(v, cov) - size);
                yield size;
            }
            case MBH -> {
                double e3 = Math.exp(b[2]);
                double e4 = Math.exp(b[3]);
                double e23 = Math.exp(b[1] + b[2]);
                double denominator = 1 + e4 - e3;
                double scale = Math.exp(b[0]) * Math.pow(1 + e4, t - 1);
                double size = scale * (1 + e23 / denominator);
                double[] v = {
                    scale * (1 + e23 / denominator),
                    scale * e23 / denominator,
                    scale * (e23 / denominator + Math.exp(b[1] + 2 * b[2]) / (denominator * denominator)),
                    scale * ((t - 1) * e4 / (1 + e4) - Math.exp(b[1] + b[2] + b[3]) / (denominator * denominator))
                };
                se[0] = Math.sqrt(quadratic(v, cov) - size);
                yield size;
            }
        };
    }

    private static double quadratic(double[] v, double[][] m) {
        double s = 0;
        for (int a = 0; a < v.length; a++) {
            for (int c = 0; c < v.length; c++) {
                s += v[a] * m[a][c] * v[c];
            }
        }
        return s;
    }
}
