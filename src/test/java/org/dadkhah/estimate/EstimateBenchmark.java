package org.dadkhah.estimate;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Timings printed by {@code bench/estimate}, each beside a baseline measured in the same run: all log-linear
 * models on 5 lists; the exhaustive search over the 32,768 two-way models of the UK 6-list table (warm starts
 * against cold ones); the heuristic search on 12 lists; LCMCR sweeps per second on the Kosovo lists with K = 10
 * (against the previous sampler, {@link PreviousLcmcrSampler}, and R's LCMCR 0.4.14 as reported in issue 14).
 */
public final class EstimateBenchmark {

    /** R's LCMCR 0.4.14: 100,000 sweeps on Kosovo with K = 10 in 1.41 s on a quiet machine of this kind. */
    static final double R_SWEEPS_PER_SECOND = 100_000 / 1.41;
    /** The previous sampler took 1.65 s for the same sweeps on that machine. */
    static final double PREVIOUS_SWEEPS_PER_SECOND = 100_000 / 1.65;
    private static final int SWEEPS = 100_000;
    /** The two samplers alternate in slices of SWEEPS / ROUNDS, so both see the same load on a shared machine. */
    private static final int ROUNDS = 20;

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
        System.out.printf(Locale.ROOT, "loglinear: %d models on a 5-list table (%d observed): %.2f s (target < 2 s)%n",
                result.models().size(), five.observed(), seconds(start));
        exhaustive();
        CaptureHistory twelve = Simulated.twoClassPopulation(20_000, 12, 23);
        start = System.nanoTime();
        LogLinearEstimator.Result heuristic = LogLinearEstimator.run(twelve, Criterion.AIC);
        System.out.printf(Locale.ROOT, "loglinear: 12-list table (%d observed): %s: %.2f s%n", twelve.observed(),
                heuristic.search().summary().replaceFirst(" \\(.*", ""), seconds(start));
        lcmcr();
    }

    private static void exhaustive() {
        CaptureHistory uk = CaptureHistoryCsv.read(Path.of("src/test/resources/estimate/uk-home-office-2014.csv"));
        ExhaustiveSearch.twoWay(uk, Long.MAX_VALUE, true);
        long start = System.nanoTime();
        ExhaustiveSearch.twoWay(uk, Long.MAX_VALUE, false);
        double cold = seconds(start);
        start = System.nanoTime();
        ExhaustiveSearch.Outcome warm = ExhaustiveSearch.twoWay(uk, Long.MAX_VALUE, true);
        double fast = seconds(start);
        start = System.nanoTime();
        LogLinearEstimator.Result full = LogLinearEstimator.run(uk, Criterion.AIC);
        System.out.printf(Locale.ROOT, "loglinear: exhaustive search over the %d two-way models of the UK 6-list "
                + "table: %.2f s with warm starts, %.2f s without (%.2fx); with intervals and averaging %.2f s; "
                + "selected %s, AIC %.2f, N %.1f%n", warm.fits().size(), fast, cold, cold / fast, seconds(start),
                full.selected().model(), full.selected().aic(), full.selected().estimate());
    }

    private static void lcmcr() {
        CaptureHistory kosovo = CaptureHistoryCsv.read(Path.of("src/test/resources/estimate/kosovo-ball-2002.csv"));
        LcmcrSettings settings = new LcmcrSettings(10, 0.25, 0.25, 1, 0, SWEEPS / 10, 10);
        PreviousLcmcrSampler old = new PreviousLcmcrSampler(kosovo, settings, 1);
        LcmcrSampler sampler = new LcmcrSampler(kosovo, settings, 1);
        for (int s = 0; s < SWEEPS / 5; s++) {
            old.sweep();
            sampler.sweep();
        }
        long previousNanos = 0;
        long currentNanos = 0;
        int slice = SWEEPS / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int s = 0; s < slice; s++) {
                old.sweep();
            }
            previousNanos += System.nanoTime() - start;
            start = System.nanoTime();
            for (int s = 0; s < slice; s++) {
                sampler.sweep();
            }
            currentNanos += System.nanoTime() - start;
        }
        double previous = SWEEPS / (previousNanos / 1e9);
        double current = SWEEPS / (currentNanos / 1e9);
        double ratio = current / previous;
        System.out.printf(Locale.ROOT, "lcmcr: Kosovo (%d observed), K = 10: %.0f sweeps/s (%.2f s per 100,000), "
                + "previous sampler %.0f sweeps/s in the same run: %.2fx%n", kosovo.observed(), current,
                SWEEPS / current, previous, ratio);
        System.out.printf(Locale.ROOT, "lcmcr: R's LCMCR 0.4.14 (issue 14, quiet machine): %.0f sweeps/s, where the "
                + "previous sampler made %.0f; at this run's ratio the sampler makes %.0f sweeps/s there, %.2fx R%n",
                R_SWEEPS_PER_SECOND, PREVIOUS_SWEEPS_PER_SECOND, PREVIOUS_SWEEPS_PER_SECOND * ratio,
                PREVIOUS_SWEEPS_PER_SECOND * ratio / R_SWEEPS_PER_SECOND);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
