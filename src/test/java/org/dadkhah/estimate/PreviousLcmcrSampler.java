package org.dadkhah.estimate;

/**
 * The LCMCR sampler as it was before it was made faster, kept as the baseline {@code bench/estimate} measures
 * the current {@link LcmcrSampler} against in the same run (the reference R package took 1.41 s for 100,000
 * sweeps on Kosovo with K = 10 where this one took 1.65 s, on a quiet machine of this kind).
 *
 * <p>One Markov chain of the non-parametric latent class model of Manrique-Vallier (2016, Biometrics 72(4),
 * 1246-1254): individuals belong to one of K latent classes with stick-breaking weights
 * (V_k ~ Beta(1, alpha), alpha ~ Gamma(a, b)); within a class the lists record independently with
 * probabilities lambda_jk ~ Beta(1, 1); the prior on N is proportional to 1/N. The Gibbs sampler works on the
 * aggregated table (class allocations of each pattern are drawn as multinomials).
 */
final class PreviousLcmcrSampler {

    private final int lists;
    private final int classes;
    private final int[] masks;
    private final long[] counts;
    private final long observed;
    private final LcmcrSettings settings;
    private final PreviousRandomDraws random;

    private final double[][] lambda;
    private final double[] pi;
    private double alpha = 1;
    private long unobserved;

    private final long[] classSize;
    private final long[][] recorded;
    private final double[] weights;

    PreviousLcmcrSampler(CaptureHistory history, LcmcrSettings settings, long seed) {
        this.lists = history.listCount();
        this.classes = settings.classes();
        this.settings = settings;
        this.random = new PreviousRandomDraws(seed);
        int cells = 0;
        for (int mask = 1; mask < 1 << lists; mask++) {
            if (history.count(mask) > 0) {
                cells++;
            }
        }
        this.masks = new int[cells];
        this.counts = new long[cells];
        int i = 0;
        for (int mask = 1; mask < 1 << lists; mask++) {
            if (history.count(mask) > 0) {
                masks[i] = mask;
                counts[i++] = history.count(mask);
            }
        }
        this.observed = history.observed();
        this.lambda = new double[lists][classes];
        this.pi = new double[classes];
        this.classSize = new long[classes];
        this.recorded = new long[lists][classes];
        this.weights = new double[classes];
        for (int j = 0; j < lists; j++) {
            double p = (double) history.listSize(j) / observed;
            for (int k = 0; k < classes; k++) {
                lambda[j][k] = Math.min(0.99, Math.max(0.01, p * (0.5 + random.uniform())));
            }
        }
        for (int k = 0; k < classes; k++) {
            pi[k] = 1.0 / classes;
        }
        unobserved = observed;
    }

    /**
     * Runs the burn-in and the first draws.
     *
     * @return the kept draws of N
     */
    double[] run() {
        for (int s = 0; s < settings.burnIn(); s++) {
            sweep();
        }
        return draw(settings.samples());
    }

    /**
     * Continues the chain.
     *
     * @param count draws to keep, one every {@code thinning} sweeps
     * @return the draws of N
     */
    double[] draw(int count) {
        double[] draws = new double[count];
        for (int d = 0; d < draws.length; d++) {
            for (int s = 0; s < settings.thinning(); s++) {
                sweep();
            }
            draws[d] = observed + unobserved;
        }
        return draws;
    }

    /** One Gibbs sweep over all parameters. */
    void sweep() {
        java.util.Arrays.fill(classSize, 0);
        for (long[] row : recorded) {
            java.util.Arrays.fill(row, 0);
        }
        long[] allocation = new long[classes];
        for (int c = 0; c < masks.length; c++) {
            patternWeights(masks[c]);
            java.util.Arrays.fill(allocation, 0);
            random.multinomial(counts[c], weights, allocation);
            for (int k = 0; k < classes; k++) {
                classSize[k] += allocation[k];
                for (int j = 0; j < lists; j++) {
                    if ((masks[c] & (1 << j)) != 0) {
                        recorded[j][k] += allocation[k];
                    }
                }
            }
        }
        patternWeights(0);
        random.multinomial(unobserved, weights, classSize);
        for (int j = 0; j < lists; j++) {
            for (int k = 0; k < classes; k++) {
                lambda[j][k] = clamp(random.beta(1 + recorded[j][k], 1 + classSize[k] - recorded[j][k]));
            }
        }
        updateWeights();
        double missing = 0;
        for (int k = 0; k < classes; k++) {
            double p = pi[k];
            for (int j = 0; j < lists; j++) {
                p *= 1 - lambda[j][k];
            }
            missing += p;
        }
        unobserved = random.negativeBinomial(observed, Math.min(missing, 1 - 1e-12));
    }

    private void updateWeights() {
        long above = 0;
        for (long size : classSize) {
            above += size;
        }
        double remaining = 1;
        double logSum = 0;
        for (int k = 0; k < classes; k++) {
            above -= classSize[k];
            double v = k == classes - 1 ? 1 : Math.min(random.beta(1 + classSize[k], alpha + above), 1 - 1e-12);
            pi[k] = remaining * v;
            remaining *= 1 - v;
            if (k < classes - 1) {
                logSum += Math.log1p(-v);
            }
        }
        alpha = random.gamma(settings.alphaShape() + classes - 1) / (settings.alphaRate() - logSum);
        alpha = Math.max(alpha, 1e-6);
    }

    private void patternWeights(int mask) {
        for (int k = 0; k < classes; k++) {
            double w = pi[k];
            for (int j = 0; j < lists; j++) {
                w *= (mask & (1 << j)) != 0 ? lambda[j][k] : 1 - lambda[j][k];
            }
            weights[k] = w;
        }
    }

    private static double clamp(double p) {
        return Math.min(1 - 1e-12, Math.max(1e-12, p));
    }
}
