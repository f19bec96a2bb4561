package org.dadkhah.estimate;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Timings printed by {@code bench/estimate}: all log-linear models on 5 lists; 100,000 LCMCR sweeps on the
 * Kosovo lists.
 */
public final class EstimateBenchmark {

    private EstimateBenchmark() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        CaptureHistory five = Simulated.twoClassPopulation(3000, 5, 21);
        LogLinearEstimator.run(five, Criterion.AIC);
        long start = System.nanoTime();
        LogLinearEstimator.Result result = LogLinearEstimator.run(five, Criterion.AIC);
        double loglinear = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "loglinear: %d models on a 5-list table (%d observed): %.2f s (target < 2 s)%n",
                result.models().size(), five.observed(), loglinear);
        CaptureHistory twelve = Simulated.twoClassPopulation(20_000, 12, 23);
        start = System.nanoTime();
        LogLinearEstimator.Result stepwise = LogLinearEstimator.run(twelve, Criterion.AIC);
        System.out.printf(Locale.ROOT, "loglinear: stepwise search on a 12-list table (%d observed, %d models): "
                + "%.2f s%n", twelve.observed(), stepwise.models().size(), (System.nanoTime() - start) / 1e9);
        CaptureHistory four = CaptureHistoryCsv.read(Path.of("src/test/resources/estimate/kosovo-ball-2002.csv"));
        LcmcrSettings sweeps = new LcmcrSettings(10, 0.25, 0.25, 1, 0, 10_000, 10);
        start = System.nanoTime();
        LcmcrEstimator.run(four, sweeps, 1);
        double lcmcr = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT,
                "lcmcr: 100000 sweeps on the 4-list Kosovo table (%d observed): %.2f s (target < 5 s)%n",
                four.observed(), lcmcr);
    }
}
