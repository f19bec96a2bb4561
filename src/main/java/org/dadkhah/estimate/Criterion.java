package org.dadkhah.estimate;

/** Information criterion used to select and weight log-linear models. */
public enum Criterion {
    /** Akaike information criterion. */
    AIC,
    /** Bayesian (Schwarz) information criterion. */
    BIC;

    /**
     * @param fit a fitted model with a finite estimate
     * @return the criterion value of the fit
     */
    public double value(ModelFit fit) {
        Double v = this == AIC ? fit.aic() : fit.bic();
        return v == null ? Double.POSITIVE_INFINITY : v;
    }
}
