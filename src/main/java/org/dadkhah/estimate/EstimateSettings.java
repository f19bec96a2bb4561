package org.dadkhah.estimate;

/**
 * What to run.
 *
 * @param method which estimators
 * @param criterion selection criterion of the log-linear models
 * @param seed seed of the LCMCR chains (same seed, same output)
 * @param lcmcr LCMCR sampler settings
 */
public record EstimateSettings(Method method, Criterion criterion, long seed, LcmcrSettings lcmcr) {

    /** Which estimators to run. */
    public enum Method {
        /** Lincoln-Petersen and Chapman (two-list tables only). */
        CHAPMAN,
        /** Log-linear models. */
        LOGLINEAR,
        /** The LCMCR latent class model. */
        LCMCR,
        /** All methods that apply to the table. */
        ALL
    }

    /** @return all methods, AIC, seed 1 and the published LCMCR defaults */
    public static EstimateSettings defaults() {
        return new EstimateSettings(Method.ALL, Criterion.AIC, 1, LcmcrSettings.defaults());
    }
}
