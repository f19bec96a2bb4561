package org.dadkhah.estimate;

import org.jspecify.annotations.Nullable;

/**
 * The fit of one log-linear model. Fields are null when they do not exist (for example the estimate of a
 * model whose maximum-likelihood estimate is infinite; {@code note} then says why).
 *
 * @param model the model name
 * @param estimate estimated population size (Poisson maximum likelihood, as printed by Rcapture)
 * @param stderr its standard error
 * @param deviance residual deviance over the observable cells
 * @param df residual degrees of freedom
 * @param aic Akaike information criterion (full Poisson log-likelihood, as R's {@code glm})
 * @param bic Bayesian information criterion, {@code -2 logL + p log(n)} with n the number observed
 * @param lower95 lower end of the 95% profile-likelihood interval (Wald for Mb and Mbh)
 * @param upper95 upper end of that interval; null when unbounded or not computed
 * @param weight model-averaging weight under the chosen criterion
 * @param note why a value is missing, or null
 */
public record ModelFit(String model, @Nullable Double estimate, @Nullable Double stderr, @Nullable Double deviance,
                       int df, @Nullable Double aic, @Nullable Double bic, @Nullable Double lower95,
                       @Nullable Double upper95, @Nullable Double weight, @Nullable String note) {

    /** @return whether the model has a finite estimate */
    public boolean exists() {
        return estimate != null && aic != null;
    }

    /** @return a copy with the given interval */
    ModelFit withInterval(@Nullable Double lower, @Nullable Double upper) {
        return new ModelFit(model, estimate, stderr, deviance, df, aic, bic, lower, upper, weight, note);
    }

    /** @return a copy with the given weight */
    ModelFit withWeight(@Nullable Double w) {
        return new ModelFit(model, estimate, stderr, deviance, df, aic, bic, lower95, upper95, w, note);
    }

    static ModelFit refused(String model, int df, String reason) {
        return new ModelFit(model, null, null, null, df, null, null, null, null, null, reason);
    }
}
