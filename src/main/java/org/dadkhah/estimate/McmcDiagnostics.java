package org.dadkhah.estimate;

import java.util.Arrays;

/**
 * Convergence diagnostics of several chains: split R-hat (Gelman et al., Bayesian Data Analysis, 3rd ed.,
 * section 11.4) and effective sample size from autocorrelations summed by Geyer's initial positive sequence.
 */
final class McmcDiagnostics {

    private McmcDiagnostics() {
    }

    /** @return split potential scale reduction factor of the chains */
    static double splitRhat(double[][] chains) {
        double[][] halves = split(chains);
        int n = halves[0].length;
        int m = halves.length;
        double[] means = new double[m];
        double within = 0;
        for (int c = 0; c < m; c++) {
            means[c] = mean(halves[c]);
            within += variance(halves[c], means[c]);
        }
        within /= m;
        double between = n * variance(means, mean(means));
        if (within == 0) {
            return between == 0 ? 1 : Double.POSITIVE_INFINITY;
        }
        double pooled = (n - 1.0) / n * within + between / n;
        return Math.sqrt(pooled / within);
    }

    /** @return effective sample size of all chains together */
    static double effectiveSampleSize(double[][] chains) {
        int m = chains.length;
        int n = chains[0].length;
        double[] means = new double[m];
        double within = 0;
        for (int c = 0; c < m; c++) {
            means[c] = mean(chains[c]);
            within += variance(chains[c], means[c]);
        }
        within /= m;
        double between = m > 1 ? n * variance(means, mean(means)) : 0;
        double pooled = (n - 1.0) / n * within + between / n;
        if (pooled == 0) {
            return m * n;
        }
        double sum = 0;
        double previousPair = Double.POSITIVE_INFINITY;
        for (int lag = 0; lag + 1 < n; lag += 2) {
            double pair = rho(chains, means, within, pooled, lag) + rho(chains, means, within, pooled, lag + 1);
            if (pair <= 0) {
                break;
            }
            pair = Math.min(pair, previousPair);
            sum += pair;
            previousPair = pair;
        }
        double tau = -1 + 2 * sum;
        return m * n / Math.max(tau, 1.0 / Math.log10(m * n + 10.0));
    }

    private static double rho(double[][] chains, double[] means, double within, double pooled, int lag) {
        double acov = 0;
        int n = chains[0].length;
        for (int c = 0; c < chains.length; c++) {
            double s = 0;
            for (int i = 0; i + lag < n; i++) {
                s += (chains[c][i] - means[c]) * (chains[c][i + lag] - means[c]);
            }
            acov += s / n;
        }
        acov /= chains.length;
        return 1 - (within - acov) / pooled;
    }

    private static double[][] split(double[][] chains) {
        int half = chains[0].length / 2;
        double[][] out = new double[chains.length * 2][];
        for (int c = 0; c < chains.length; c++) {
            out[2 * c] = Arrays.copyOfRange(chains[c], 0, half);
            out[2 * c + 1] = Arrays.copyOfRange(chains[c], chains[c].length - half, chains[c].length);
        }
        return out;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x, double mean) {
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return x.length > 1 ? s / (x.length - 1) : 0;
    }

    /** @return the q-quantile of sorted data, R's default (type 7) interpolation */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
