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
 */
public record LcmcrSettings(int classes, double alphaShape, double alphaRate, int chains, int burnIn, int samples,
                            int thinning) {

    /** @return the published priors with 4 chains of 1,000 draws thinned by 100 after 10,000 sweeps */
    public static LcmcrSettings defaults() {
        return new LcmcrSettings(10, 0.25, 0.25, 4, 10_000, 1_000, 100);
    }

    /** Validates the settings. */
    public LcmcrSettings {
        if (classes < 1 || chains < 1 || burnIn < 0 || samples < 1 || thinning < 1 || alphaShape <= 0
                || alphaRate <= 0) {
            throw new IllegalArgumentException("invalid LCMCR settings");
        }
    }
}
