package org.dadkhah.estimate;

/**
 * Settings of the LCMCR Gibbs sampler. The defaults are the published defaults of Manrique-Vallier (2016) and
 * of the LCMCR package: K = 10 latent classes, alpha ~ Gamma(0.25, 0.25), burn-in 10,000 sweeps, thinning 10.
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

    /** @return the published defaults with 3 chains of 1,000 kept draws */
    public static LcmcrSettings defaults() {
        return new LcmcrSettings(10, 0.25, 0.25, 3, 10_000, 1_000, 10);
    }

    /** Validates the settings. */
    public LcmcrSettings {
        if (classes < 1 || chains < 1 || burnIn < 0 || samples < 1 || thinning < 1 || alphaShape <= 0
                || alphaRate <= 0) {
            throw new IllegalArgumentException("invalid LCMCR settings");
        }
    }
}
