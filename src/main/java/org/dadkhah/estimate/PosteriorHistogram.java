package org.dadkhah.estimate;

import java.util.ArrayList;
import java.util.List;

/** Equal-width histogram of posterior draws of N, for charts: the central 99% of the draws in 30 bins. */
final class PosteriorHistogram {

    /** Number of bins. */
    static final int BINS = 30;

    private PosteriorHistogram() {
    }

    /**
     * @param sorted the draws, sorted ascending
     * @return bins from the 0.5% to the 99.5% quantile (rounded outwards to whole people); each bin's share is
     *     of all draws, so the shares add up to about 0.99
     */
    static List<LcmcrEstimator.Bin> of(double[] sorted) {
        double lower = Math.floor(McmcDiagnostics.quantile(sorted, 0.005));
        double upper = Math.ceil(McmcDiagnostics.quantile(sorted, 0.995));
        if (upper <= lower) {
            return List.of(new LcmcrEstimator.Bin(lower, lower + 1, 1.0));
        }
        double width = (upper - lower) / BINS;
        long[] counts = new long[BINS];
        for (double draw : sorted) {
            if (draw >= lower && draw <= upper) {
                counts[Math.min(BINS - 1, (int) ((draw - lower) / width))]++;
            }
        }
        List<LcmcrEstimator.Bin> bins = new ArrayList<>(BINS);
        for (int i = 0; i < BINS; i++) {
            bins.add(new LcmcrEstimator.Bin(lower + i * width, lower + (i + 1) * width,
                    (double) counts[i] / sorted.length));
        }
        return List.copyOf(bins);
    }
}
