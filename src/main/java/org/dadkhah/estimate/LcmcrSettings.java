package org.dadkhah.estimate;

/**
 * Settings of the LCMCR Gibbs sampler. The defaults are the published priors of Manrique-Vallier (2016) and of
 * the LCMCR package (K = 10 latent classes, alpha ~ Gamma(0.25, 0.25)) and, for each of four chains, the chain
 * lengths of the package's documented Kosovo example: burn-in 10,000 sweeps, then 1,000 draws one every 100
 * sweeps. With the package's default thinning of 10, N mixes too slowly for its diagnostics to pass on tables
 * like Kosovo's.
 *
 * @param classes truncation level K of the stick-breaking process
 * @param alphaShape shape of the Gamma prior on the concentration alpha
 * @param alphaRate rate of that prior
 * @param chains number of independent chains (seeded from the run seed)
 * @param burnIn sweeps discarded at the start of each chain
 * @param samples draws kept per chain
 * @param thinning sweeps between kept draws
 * @param maxSamples draws per chain the run may reach: while the effective sample size of N is below
 *                   {@link LcmcrEstimator#ESS_LIMIT}, every chain is extended (doubling) up to this many draws;
 *                   equal to {@code samples} for a fixed-length run
 */
public record LcmcrSettings(int classes, double alphaShape, double alphaRate, int chains, int burnIn, int samples,
                            int thinning, int maxSamples) {

    /** How far a run may extend its chains when no limit is given: four times the requested draws. */
    public static final int EXTENSION = 4;

    /**
     * Fixed-length settings: exactly {@code samples} draws per chain.
     *
     * @param classes truncation level K
     * @param alphaShape shape of the prior on alpha
     * @param alphaRate rate of the prior on alpha
     * @param chains number of chains
     * @param burnIn burn-in sweeps
     * @param samples draws kept per chain
     * @param thinning sweeps between kept draws
     */
    public LcmcrSettings(int classes, double alphaShape, double alphaRate, int chains, int burnIn, int samples,
                         int thinning) {
        this(classes, alphaShape, alphaRate, chains, burnIn, samples, thinning, samples);
    }

    /**
     * @return the published priors with 4 chains of 1,000 draws thinned by 100 after 10,000 sweeps, extended up
     *     to 4,000 draws per chain while the effective sample size is too small
     */
    public static LcmcrSettings defaults() {
        return new LcmcrSettings(10, 0.25, 0.25, 4, 10_000, 1_000, 100, EXTENSION * 1_000);
    }

    /**
     * @param history a table
     * @return an upper bound on the sampler's work on it, in pattern-class-list updates: the sweeps it may make
     *     times the observed patterns, classes and lists each sweep goes through (about 3 ns each here)
     */
    public long work(CaptureHistory history) {
        long patterns = java.util.Arrays.stream(history.countsByMask()).filter(c -> c > 0).count();
        return maxSweeps() * patterns * classes * history.listCount();
    }

    /** @return the most Gibbs sweeps the run may make, all chains together */
    public long maxSweeps() {
        return (long) chains * (burnIn + (long) maxSamples * thinning);
    }

    /** Validates the settings. */
    public LcmcrSettings {
        if (classes < 1 || chains < 1 || burnIn < 0 || samples < 1 || thinning < 1 || maxSamples < samples
                || alphaShape <= 0 || alphaRate <= 0) {
            throw new IllegalArgumentException("invalid LCMCR settings");
        }
    }
}
