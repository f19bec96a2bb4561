package org.dadkhah.estimate;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cheap tests at a fitted Poisson log-linear model, used to shortlist the moves of a stepwise search without
 * refitting: the score (Rao) test for adding an interaction term, U^2 / (z'Wz - z'WX (X'WX)^-1 X'Wz), and the
 * Wald test for removing one, beta^2 / var(beta).
 */
final class StepTests {

    private final double[][] x;
    private final double[] y;
    private final double[] mu;
    private final double[] beta;
    private final double[][] inverse;

    private StepTests(double[][] x, double[] y, double[] mu, double[] beta, double[][] inverse) {
        this.x = x;
        this.y = y;
        this.mu = mu;
        this.beta = beta;
        this.inverse = inverse;
    }

    /**
     * @param model the current model (with its design)
     * @param history the table
     * @return the tests at its fit, or null when the fit does not converge
     */
    static @Nullable StepTests at(LogLinearModel model, CaptureHistory history) {
        double[][] x = model.observableDesign();
        double[] y = history.observableCounts();
        PoissonGlm.Fit fit = PoissonGlm.fit(x, y, null);
        double[][] inverse = fit.converged() ? Cholesky.inverse(PoissonGlm.crossProduct(x, fit.fitted())) : null;
        return inverse == null ? null : new StepTests(x, y, fit.fitted(), fit.beta(), inverse);
    }

    /**
     * @param terms candidate interaction terms, as bit masks of lists
     * @return the score statistic of adding each (0 for a term the model already determines)
     */
    double[] additions(List<Integer> terms) {
        int p = beta.length;
        double[] out = new double[terms.size()];
        for (int k = 0; k < terms.size(); k++) {
            int term = terms.get(k);
            double u = 0;
            double zwz = 0;
            double[] a = new double[p];
            for (int c = 0; c < x.length; c++) {
                if (((c + 1) & term) == term) {
                    u += y[c] - mu[c];
                    zwz += mu[c];
                    double[] row = x[c];
                    for (int j = 0; j < p; j++) {
                        a[j] += row[j] * mu[c];
                    }
                }
            }
            double quadratic = 0;
            for (int i = 0; i < p; i++) {
                double s = 0;
                for (int j = 0; j < p; j++) {
                    s += inverse[i][j] * a[j];
                }
                quadratic += a[i] * s;
            }
            double information = zwz - quadratic;
            out[k] = information > 1e-9 * Math.max(zwz, 1) ? u * u / information : 0;
        }
        return out;
    }

    /**
     * @param column a coefficient's column in the design
     * @return the Wald statistic of removing it
     */
    double removal(int column) {
        return beta[column] * beta[column] / inverse[column][column];
    }
}
