package org.dadkhah.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Entry point of the estimate module: runs the chosen estimators on a table, or on each stratum and sums. */
public final class Estimators {

    private static final double Z = 1.959963984540054;
    /**
     * Most log-linear models listed in a result (every model up to 5 lists; on 6 lists, the best of 32,768, to
     * keep the JSON of a run to a few megabytes).
     */
    static final int MODELS_LISTED = 10_000;
    private static final String INTERVAL_NOTE = "interval: log-normal (Chao 1987), never below the number observed; "
            + "the Wald interval (estimate +/- 1.96 standard errors) is given beside it";

    private Estimators() {
    }

    /**
     * Runs the estimators chosen in the settings.
     *
     * @param history the table
     * @param settings what to run
     * @return the report; methods that give no estimate appear with a null estimate and the reason
     */
    public static EstimateReport run(CaptureHistory history, EstimateSettings settings) {
        return new EstimateReport(history.observed(), history.lists(), methods(history, settings), null);
    }

    /**
     * Runs the estimators on each stratum and adds the estimates up. Sums of frequentist estimates use the
     * normal approximation with independent strata; the LCMCR sum adds posterior draws of the strata.
     *
     * @param table the strata
     * @param settings what to run
     * @return the report with per-stratum results and the sums
     */
    public static EstimateReport runStratified(StratifiedTable table, EstimateSettings settings) {
        List<EstimateReport.StratumReport> strata = new ArrayList<>();
        long observed = 0;
        for (Map.Entry<String, CaptureHistory> e : table.strata().entrySet()) {
            strata.add(new EstimateReport.StratumReport(e.getKey(), e.getValue().observed(),
                    methods(e.getValue(), settings)));
            observed += e.getValue().observed();
        }
        List<MethodResult> sums = new ArrayList<>();
        for (int i = 0; i < strata.getFirst().results().size(); i++) {
            int index = i;
            sums.add(sum(strata.stream().map(s -> s.results().get(index)).toList(), observed));
        }
        return new EstimateReport(observed, table.lists(), sums, strata);
    }

    static List<MethodResult> methods(CaptureHistory history, EstimateSettings settings) {
        EstimateSettings.Method m = settings.method();
        boolean all = m == EstimateSettings.Method.ALL;
        List<MethodResult> results = new ArrayList<>();
        if (m == EstimateSettings.Method.CHAPMAN || all && history.listCount() == 2) {
            results.addAll(twoList(history));
        }
        if (m == EstimateSettings.Method.LOGLINEAR || all) {
            results.addAll(logLinear(history, settings.criterion()));
        }
        if (m == EstimateSettings.Method.LCMCR || all) {
            LcmcrEstimator.Result r = LcmcrEstimator.run(history, settings.lcmcr(), settings.seed());
            results.add(new MethodResult("lcmcr", "latent classes, K = " + settings.lcmcr().classes(),
                    history.observed(), r.median(), r.lower95(), r.upper95(), null, null, r, r.warnings()));
        }
        return results;
    }

    private static List<MethodResult> twoList(CaptureHistory history) {
        long n = history.observed();
        if (history.listCount() != 2) {
            String reason = "two-list estimators need exactly two lists, the table has " + history.listCount();
            return List.of(MethodResult.refused("lincoln-petersen", n, reason), MethodResult.refused("chapman", n,
                    reason));
        }
        List<MethodResult> out = new ArrayList<>();
        try {
            TwoListEstimator.Estimate lp = TwoListEstimator.lincolnPetersen(history);
            out.add(new MethodResult("lincoln-petersen", "Lincoln-Petersen", n, lp.estimate(), lp.logNormalLower95(),
                    lp.logNormalUpper95(), lp.stderr(), null, null, List.of(INTERVAL_NOTE), null, intervals(lp)));
        } catch (EstimateNotAvailableException e) {
            out.add(MethodResult.refused("lincoln-petersen", n, e.getMessage()));
        }
        TwoListEstimator.Estimate ch = TwoListEstimator.chapman(history);
        List<String> warnings = history.count(3) == 0 ? List.of("the lists have nobody in common: Chapman's value "
                + "is finite only by construction and should not be used") : List.of();
        List<String> notes = new ArrayList<>(List.of(INTERVAL_NOTE));
        notes.addAll(warnings);
        out.add(new MethodResult("chapman", "Chapman", n, ch.estimate(), ch.logNormalLower95(),
                ch.logNormalUpper95(), ch.stderr(), null, null, notes, null, intervals(ch)));
        return out;
    }

    private static List<MethodResult.Interval> intervals(TwoListEstimator.Estimate e) {
        return List.of(new MethodResult.Interval("log-normal", e.logNormalLower95(), e.logNormalUpper95()),
                new MethodResult.Interval("wald", e.lower95(), e.upper95()));
    }

    private static List<MethodResult> logLinear(CaptureHistory history, Criterion criterion) {
        long n = history.observed();
        try {
            LogLinearEstimator.Result r = LogLinearEstimator.run(history, criterion);
            ModelFit s = r.selected();
            List<String> notes = new ArrayList<>(List.of("selected by " + criterion
                    + "; interval: multinomial profile likelihood"));
            notes.addAll(r.caveats());
            if (s.upper95() == null) {
                notes.add("the profile likelihood does not bound the population from above within 1000 times "
                        + "the number observed");
            }
            List<ModelFit> listed = listed(r.models(), criterion);
            if (listed.size() < r.models().size()) {
                notes.add("models: the " + listed.size() + " with the lowest " + criterion + " of the "
                        + r.models().size() + " fitted are listed (all of them are in the average)");
            }
            MethodResult selected = new MethodResult("loglinear", s.model(), n, s.estimate(), s.lower95(),
                    s.upper95(), s.stderr(), listed, null, notes, r.search(), null);
            MethodResult average = new MethodResult("loglinear-average", "weighted average by " + criterion
                    + " weights", n, r.averageEstimate(), r.averageLower(), r.averageUpper(), r.averageStderr(), null,
                    null, List.of("interval: estimate +/- 1.96 unconditional standard errors (Buckland et al. 1997)"));
            return List.of(selected, average);
        } catch (EstimateNotAvailableException e) {
            return List.of(MethodResult.refused("loglinear", n, e.getMessage()),
                    MethodResult.refused("loglinear-average", n, e.getMessage()));
        }
    }

    /**
     * @return every model when there are at most {@value #MODELS_LISTED}, else that many with the lowest
     *     criterion, in their original order
     */
    private static List<ModelFit> listed(List<ModelFit> models, Criterion criterion) {
        if (models.size() <= MODELS_LISTED) {
            return models;
        }
        double cut = models.stream().filter(ModelFit::exists).mapToDouble(criterion::value).sorted()
                .skip(MODELS_LISTED - 1L).findFirst().orElse(Double.POSITIVE_INFINITY);
        List<ModelFit> out = new ArrayList<>();
        for (ModelFit f : models) {
            if (f.exists() && criterion.value(f) <= cut && out.size() < MODELS_LISTED) {
                out.add(f);
            }
        }
        return out;
    }

    private static MethodResult sum(List<MethodResult> parts, long observed) {
        MethodResult first = parts.getFirst();
        if (parts.stream().anyMatch(p -> !p.hasEstimate())) {
            return MethodResult.refused(first.method(), observed, "at least one stratum has no estimate");
        }
        double total = parts.stream().mapToDouble(MethodResult::estimate).sum();
        List<String> warnings = parts.stream().flatMap(p -> p.warnings().stream())
                .filter(w -> !w.startsWith("models:")).distinct().toList();
        if (first.diagnostics() != null) {
            LcmcrEstimator.Result r = LcmcrEstimator.sum(parts.stream().map(MethodResult::diagnostics).toList());
            return new MethodResult(first.method(), "sum over strata", observed, r.median(), r.lower95(),
                    r.upper95(), null, null, r, warnings);
        }
        double variance = parts.stream().mapToDouble(p -> p.stderr() == null ? 0 : p.stderr() * p.stderr()).sum();
        double se = Math.sqrt(variance);
        return new MethodResult(first.method(), "sum over strata", observed, total,
                Math.max(observed, total - Z * se), total + Z * se, se, null, null, warnings);
    }
}
