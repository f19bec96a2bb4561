package org.dadkhah.estimate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fits Poisson log-linear models to a capture-history table and derives the population size of each.
 *
 * <p>Models: the hierarchical models of {@link ModelSpace} (every one up to 5 lists, every two-way one on 6,
 * a heuristic search beyond), and beside them the heterogeneity and behaviour models of Rcapture's
 * {@code closedp.t}. The result says which search was made.
 */
public final class LogLinearEstimator {

    /**
     * Most lists the log-linear models take: 2^12 - 1 = 4,095 cells keep a stepwise search within seconds; with
     * more lists LCMCR (which works on the observed patterns only) still runs.
     */
    static final int MAX_LISTS = 12;
    /** Time the exhaustive search of two-way models may take before a heuristic search takes over. */
    static final Duration BUDGET = Duration.ofSeconds(120);
    /** Ratio of unobserved to observed above which a fit is treated as diverging to infinity. */
    static final double DIVERGENCE_RATIO = 1e6;
    /** Above this many models, profile intervals are computed only near the best model. */
    static final int PROFILE_ALL_LIMIT = 200;
    /** Criterion difference within which profile intervals are always computed. */
    static final double PROFILE_DELTA = 10;

    private LogLinearEstimator() {
    }

    /**
     * A fit together with the final model (after any Chao correction) it was computed with.
     *
     * @param model the model
     * @param fit the fit
     * @param beta the coefficients of the columns fitted (interactions no one is on together left out), or null
     *             when the fit did not converge or they were not kept
     */
    record Fitted(LogLinearModel model, ModelFit fit, double @Nullable [] beta) {

        Fitted(LogLinearModel model, ModelFit fit) {
            this(model, fit, null);
        }
    }

    /**
     * The outcome.
     *
     * @param models every fitted model, in catalogue order
     * @param selected the model with the lowest criterion
     * @param averageEstimate criterion-weighted average of the estimates
     * @param averageLower lower 95% bound of the average (Buckland et al. 1997 unconditional variance)
     * @param averageUpper upper 95% bound of the average
     * @param averageStderr unconditional standard error of the average
     * @param search how the model space was covered
     * @param caveats caveats on the selected model (interactions fitted at their boundary)
     */
    public record Result(List<ModelFit> models, ModelFit selected, double averageEstimate, double averageLower,
                         double averageUpper, double averageStderr, ModelSearch search, List<String> caveats) {
    }

    /**
     * Fits all models, or searches them when there are too many, with the default time budget.
     *
     * @param history the table
     * @param criterion the selection criterion
     * @return the fits, the selected model and the model average
     * @throws EstimateNotAvailableException if no model has a finite estimate, or the table has more than
     *     {@value #MAX_LISTS} lists
     */
    public static Result run(CaptureHistory history, Criterion criterion) {
        return run(history, criterion, BUDGET);
    }

    /**
     * @param history the table
     * @param criterion the selection criterion
     * @param budget time the exhaustive search of two-way models may take before a heuristic search takes over
     * @return the fits, the selected model and the model average
     */
    static Result run(CaptureHistory history, Criterion criterion, Duration budget) {
        int t = history.listCount();
        if (t > MAX_LISTS) {
            throw new EstimateNotAvailableException("log-linear models take at most " + MAX_LISTS + " lists (the "
                    + "table has " + t + "); merge small lists, or use LCMCR");
        }
        ModelSpace.Searched searched = ModelSpace.search(history, criterion, budget);
        List<Fitted> fits = new ArrayList<>(searched.fits());
        fits.addAll(ModelCatalog.rcaptureModels(t).parallelStream().map(m -> fit(m, history)).toList());
        return summarise(fits, history, criterion, searched.search());
    }

    private static Result summarise(List<Fitted> fitted, CaptureHistory history, Criterion criterion,
                                    ModelSearch search) {
        List<ModelFit> fits = fitted.stream().map(f -> ordered(f) ? excluded(f.fit()) : f.fit()).toList();
        List<ModelFit> existing = fits.stream().filter(ModelFit::exists).filter(f -> f.note() == null).toList();
        if (existing.isEmpty()) {
            String reason = fits.stream().map(ModelFit::note).filter(java.util.Objects::nonNull).findFirst()
                    .orElse("no model converged");
            throw new EstimateNotAvailableException("no log-linear model has a finite estimate: " + reason);
        }
        double best = existing.stream().mapToDouble(criterion::value).min().orElseThrow();
        double total = existing.stream().mapToDouble(f -> Math.exp(-(criterion.value(f) - best) / 2)).sum();
        boolean profileAll = fits.size() <= PROFILE_ALL_LIMIT;
        List<ModelFit> withIntervals = fitted.parallelStream().map(f -> {
            ModelFit fit = f.fit();
            if (!fit.exists()) {
                return fit;
            }
            if (ordered(f)) {
                return withProfile(excluded(fit), f.model(), history);
            }
            double delta = criterion.value(fit) - best;
            ModelFit w = fit.withWeight(Math.exp(-delta / 2) / total);
            return profileAll || delta <= PROFILE_DELTA ? withProfile(w, f.model(), history) : w;
        }).toList();
        ModelFit selected = withIntervals.stream().filter(f -> f.exists() && f.weight() != null)
                .min(Comparator.comparingDouble(criterion::value)).orElseThrow();
        double average = 0;
        for (ModelFit f : withIntervals) {
            if (f.exists() && f.weight() != null) {
                average += f.weight() * f.estimate();
            }
        }
        double se = 0;
        for (ModelFit f : withIntervals) {
            if (f.exists() && f.weight() != null) {
                double s = f.stderr() == null ? 0 : f.stderr();
                se += f.weight() * Math.sqrt(s * s + Math.pow(f.estimate() - average, 2));
            }
        }
        double lower = Math.max(history.observed(), average - 1.959964 * se);
        List<String> caveats = new ArrayList<>();
        fitted.stream().filter(f -> f.fit().model().equals(selected.model())).findFirst()
                .map(f -> BoundaryCells.caveat(history, f.model().terms())).ifPresent(caveats::add);
        return new Result(withIntervals, selected, average, lower, average + 1.959964 * se, se, search,
                List.copyOf(caveats));
    }

    /** Mb and Mbh model a behavioural response to earlier capture, which needs occasions ordered in time. */
    private static boolean ordered(Fitted f) {
        return f.model().kind() != LogLinearModel.Kind.INTERCEPT && f.fit().exists();
    }

    private static ModelFit excluded(ModelFit fit) {
        return new ModelFit(fit.model(), fit.estimate(), fit.stderr(), fit.deviance(), fit.df(), fit.aic(), fit.bic(),
                fit.lower95(), fit.upper95(), null, "behavioural-response model: it assumes the lists are ordered "
                + "in time, so it is shown but not used for selection or averaging");
    }

    private static ModelFit withProfile(ModelFit fit, LogLinearModel model, CaptureHistory history) {
        if (fit.estimate() == null) {
            return fit;
        }
        if (model.kind() != LogLinearModel.Kind.INTERCEPT) {
            double se = fit.stderr() == null ? 0 : fit.stderr();
            return fit.withInterval(Math.max(history.observed(), fit.estimate() - 1.959964 * se),
                    fit.estimate() + 1.959964 * se);
        }
        BoundaryCells data = BoundaryCells.of(model.full(history.lists()), history);
        ProfileLikelihood.Interval interval = new ProfileLikelihood(data.design(), data.counts())
                .interval(fit.estimate());
        return interval == null ? fit : fit.withInterval(interval.lower(), interval.upper());
    }

    /**
     * Fits one model; the Chao lower-bound models drop negative eta terms one at a time as Rcapture does.
     *
     * @param model the model
     * @param history the table
     * @return the fit, or a refusal stating why the estimate does not exist
     */
    static Fitted fit(LogLinearModel model, CaptureHistory history) {
        return fit(model, history, null);
    }

    /**
     * Fits one model from a starting point (a warm start from a neighbouring model's fit).
     *
     * @param model the model
     * @param history the table
     * @param start starting coefficients of the columns fitted, or null to start from the data
     * @return the fit, with its coefficients when it converged
     */
    static Fitted fit(LogLinearModel model, CaptureHistory history, double @Nullable [] start) {
        int cells = (1 << history.listCount()) - 1;
        BoundaryCells data = BoundaryCells.of(model, history);
        double[] y = data.observableCounts();
        double[][] x = data.observableDesign();
        LogLinearModel current = model;
        PoissonGlm.Fit fit = PoissonGlm.fit(x, y, start);
        if (start != null && !fit.converged()) {
            fit = PoissonGlm.fit(x, y, null);
        }
        while (current.chao() && fit.converged()) {
            int drop = firstNonPositive(fit.beta(), current.fixedColumns());
            if (drop < 0 || !anyNegative(fit.beta(), current.fixedColumns())) {
                break;
            }
            current = current.without(drop);
            fit = PoissonGlm.fit(current.observableDesign(), y, null);
        }
        int df = cells - current.parameters();
        double[][] cov = !fit.converged() ? null : current.kind() == LogLinearModel.Kind.INTERCEPT
                ? interceptOnly(fit.interceptVariance()) : fit.covariance();
        if (cov == null) {
            return new Fitted(current, ModelFit.refused(model.name(), df, "the maximum-likelihood estimate does not "
                    + "exist (the fit diverges: the data cannot bound the number unobserved under this model)"));
        }
        double[] se = new double[1];
        double n = history.observed();
        double estimate = PopulationSize.estimate(current, fit.beta(), cov, n, history.listCount(), se);
        if (!Double.isFinite(estimate) || estimate < n || estimate - n > DIVERGENCE_RATIO * n) {
            return new Fitted(current, ModelFit.refused(model.name(), df, "the maximum-likelihood estimate is "
                    + "infinite (the fit diverges to an unbounded number unobserved)"));
        }
        int p = current.parameters();
        double aic = -2 * fit.logLik() + 2 * p;
        double bic = -2 * fit.logLik() + p * Math.log(n);
        return new Fitted(current,
                new ModelFit(model.name(), estimate, se[0], fit.deviance(), df, aic, bic, null, null, null, null),
                fit.beta());
    }

    /** @return a covariance holding only the intercept's variance (all the population size needs), or null */
    private static double @Nullable [] [] interceptOnly(double variance) {
        return Double.isFinite(variance) ? new double[][] {{variance}} : null;
    }

    private static boolean anyNegative(double[] beta, int from) {
        for (int i = from; i < beta.length; i++) {
            if (beta[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private static int firstNonPositive(double[] beta, int from) {
        for (int i = from; i < beta.length; i++) {
            if (beta[i] <= 0) {
                return i;
            }
        }
        return -1;
    }
}
