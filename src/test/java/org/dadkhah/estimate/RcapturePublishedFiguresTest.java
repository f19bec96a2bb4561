package org.dadkhah.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reproduces figures printed by the Rcapture package (Baillargeon and Rivest 2007, J. Stat. Softw. 19(5)) in
 * its documented examples, as saved in {@code cran/Rcapture tests/Examples/Rcapture-Ex.Rout.save}. Printed
 * values carry one decimal, so the tolerance is the larger of 0.1% and the printing rounding (0.05).
 */
class RcapturePublishedFiguresTest {

    private static final Path DATA = Path.of("src/test/resources/estimate");

    private static double tolerance(double printed) {
        return Math.max(0.001 * printed, 0.05);
    }

    /** Fits per file, computed once: the 6-occasion hare table takes every one of its 32,768 two-way models. */
    private static final Map<String, Map<String, ModelFit>> FITS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, ModelFit> fits(String file) {
        return FITS.computeIfAbsent(file, f -> LogLinearEstimator.run(CaptureHistoryCsv.read(DATA.resolve(f)),
                Criterion.AIC).models().stream().collect(Collectors.toMap(ModelFit::model, Function.identity())));
    }

    /** Rcapture example {@code closedp(hare)}: abundance and stderr of every model (data: see README). */
    @Test
    void hareClosedpTableIsReproducedForEveryModel() {
        Map<String, ModelFit> fits = fits("hare-reconstructed.csv");
        Object[][] published = {
            {"M0", 75.4, 3.5}, {"independence", 75.1, 3.4}, {"Mh Chao (LB)", 79.8, 6.4},
            {"Mh Poisson2", 81.5, 5.7}, {"Mh Darroch", 90.4, 11.6}, {"Mh Gamma3.5", 100.6, 21.7},
            {"Mth Chao (LB)", 79.6, 6.3}, {"Mth Poisson2", 81.1, 5.6}, {"Mth Darroch", 90.5, 11.7},
            {"Mth Gamma3.5", 101.6, 22.4}, {"Mb", 81.1, 8.3}, {"Mbh", 74.2, 14.6},
        };
        for (Object[] row : published) {
            ModelFit fit = fits.get((String) row[0]);
            assertThat(fit.estimate()).as("%s abundance", row[0]).isCloseTo((double) row[1],
                    within(tolerance((double) row[1])));
            assertThat(fit.stderr()).as("%s stderr", row[0]).isCloseTo((double) row[2], within(0.05));
        }
    }

    /** Rcapture example {@code closedp(hare)}: df, including the Chao correction that drops a negative eta. */
    @Test
    void hareDegreesOfFreedomMatchIncludingChaoCorrection() {
        Map<String, ModelFit> fits = fits("hare-reconstructed.csv");
        assertThat(fits.get("M0").df()).isEqualTo(61);
        assertThat(fits.get("independence").df()).isEqualTo(56);
        assertThat(fits.get("Mh Chao (LB)").df()).isEqualTo(58);
        assertThat(fits.get("Mth Chao (LB)").df()).isEqualTo(52);
        assertThat(fits.get("Mbh").df()).isEqualTo(59);
    }

    /** Rcapture example {@code closedpCI.t(hare, m="Mth", h="Poisson")}: profile interval 71.8 to 93.8. */
    @Test
    void hareMthPoissonProfileIntervalMatchesClosedpCI() {
        ModelFit fit = fits("hare-reconstructed.csv").get("Mth Poisson2");
        assertThat(fit.lower95()).isCloseTo(71.8, within(0.05));
        assertThat(fit.upper95()).isCloseTo(93.8, within(0.1));
    }

    /** Rcapture example, Seber (1982) p. 107 with {@code closedp.t}: M0, Mt and Mb with deviance and AIC. */
    @Test
    void seberTwoSampleClosedpTableIsReproduced() {
        Map<String, ModelFit> fits = fits("seber-1982-p107.csv");
        assertThat(fits.get("M0").estimate()).isCloseTo(2805.6, within(tolerance(2805.6)));
        assertThat(fits.get("M0").stderr()).isCloseTo(164.1, within(0.05));
        assertThat(fits.get("M0").deviance()).isCloseTo(281.334, within(0.001));
        assertThat(fits.get("M0").aic()).isCloseTo(308.166, within(0.001));
        assertThat(fits.get("independence").estimate()).isCloseTo(2389.9, within(tolerance(2389.9)));
        assertThat(fits.get("independence").stderr()).isCloseTo(130.4, within(0.05));
        assertThat(fits.get("independence").aic()).isCloseTo(28.831, within(0.001));
        assertThat(fits.get("Mb").estimate()).isCloseTo(1295.0, within(tolerance(1295.0)));
        assertThat(fits.get("Mb").stderr()).isCloseTo(17.3, within(0.05));
    }

    /**
     * Seber (1982) p. 107: Lincoln-Petersen equals Rcapture's Mt (2389.9, s.e. 130.4) and Chapman equals
     * Rcapture's bias-corrected {@code closedp.bc(X, m="Mt")} (2382.8, s.e. 129.1).
     */
    @Test
    void twoListEstimatorsMatchRcapture() {
        CaptureHistory history = CaptureHistoryCsv.read(DATA.resolve("seber-1982-p107.csv"));
        TwoListEstimator.Estimate lp = TwoListEstimator.lincolnPetersen(history);
        TwoListEstimator.Estimate chapman = TwoListEstimator.chapman(history);
        assertThat(lp.estimate()).isCloseTo(2389.9, within(tolerance(2389.9)));
        assertThat(lp.stderr()).isCloseTo(130.4, within(0.05));
        assertThat(chapman.estimate()).isCloseTo(2382.8, within(tolerance(2382.8)));
        assertThat(chapman.stderr()).isCloseTo(129.1, within(0.05));
    }

    /**
     * Chao's (1987) log-normal interval for Chapman's estimate on Seber's data (n = 1,202, N = 2,382.80,
     * se = 129.06, so f0 = 1,180.80 unobserved and C = exp(1.96 sqrt(log(1 + se^2 / f0^2))) = 1.2381): from
     * n + f0 / C = 2,155.7 to n + f0 C = 2,663.9, skewed to the right where the Wald interval (2,129.9 to
     * 2,635.7) is symmetric.
     */
    @Test
    void chapmanHasALogNormalIntervalBesideTheWaldOne() {
        TwoListEstimator.Estimate chapman = TwoListEstimator.chapman(
                CaptureHistoryCsv.read(DATA.resolve("seber-1982-p107.csv")));
        assertThat(chapman.logNormalLower95()).isCloseTo(2155.7, within(0.05));
        assertThat(chapman.logNormalUpper95()).isCloseTo(2663.9, within(0.05));
        assertThat(chapman.lower95()).isCloseTo(2129.85, within(0.01));
        assertThat(chapman.upper95()).isCloseTo(2635.75, within(0.01));
    }

    /** With lists that hardly overlap the Wald bound would fall below the number observed; Chao's never does. */
    @Test
    void theLogNormalLowerBoundIsNeverBelowTheNumberObserved() {
        CaptureHistory sparse = CaptureHistory.ofMasks(java.util.List.of("A", "B"), new long[] {0, 40, 30, 1});
        TwoListEstimator.Estimate chapman = TwoListEstimator.chapman(sparse);
        assertThat(chapman.estimate() - 1.959964 * chapman.stderr()).isLessThan(sparse.observed());
        assertThat(chapman.logNormalLower95()).isGreaterThan(sparse.observed());
        assertThat(chapman.logNormalUpper95()).isGreaterThan(chapman.estimate());
        CaptureHistory same = CaptureHistory.ofMasks(java.util.List.of("A", "B"), new long[] {0, 0, 0, 25});
        assertThat(TwoListEstimator.chapman(same).logNormalLower95()).isEqualTo(25.0);
        assertThat(TwoListEstimator.chapman(same).logNormalUpper95()).isEqualTo(25.0);
    }
}
