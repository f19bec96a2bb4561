package org.dadkhah.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sampler on a simulated population of known size: 2,000 people in two latent classes, the model LCMCR
 * assumes (the published Kosovo check is in {@link KosovoPublishedFiguresTest}). With about 1,300 observed,
 * the posterior of N has a relative spread of roughly 10%, so the band of +/-20% around the truth for the
 * median fails only if the sampler is wrong, and a correct 95% interval covers the truth in 95% of seeds
 * (this seed is fixed, so the test is deterministic).
 */
class LcmcrEstimatorTest {

    private static final LcmcrSettings SHORT = new LcmcrSettings(10, 0.25, 0.25, 2, 2_000, 500, 10);

    @Test
    void posteriorOfASimulatedLatentClassPopulationCoversTheTrueSize() {
        CaptureHistory history = Simulated.twoClassPopulation(2000, 4, 7);
        LcmcrEstimator.Result result = LcmcrEstimator.run(history, SHORT, 11);
        assertThat(result.median()).isBetween(1600.0, 2400.0);
        assertThat(result.lower95()).isLessThan(2000.0);
        assertThat(result.upper95()).isGreaterThan(2000.0);
        assertThat(result.lower95()).isGreaterThanOrEqualTo(history.observed());
    }

    @Test
    void sameSeedGivesIdenticalDraws() {
        CaptureHistory history = Simulated.twoClassPopulation(500, 3, 3);
        LcmcrSettings tiny = new LcmcrSettings(10, 0.25, 0.25, 2, 200, 100, 2);
        assertThat(LcmcrEstimator.run(history, tiny, 5).draws()).containsExactly(
                LcmcrEstimator.run(history, tiny, 5).draws());
    }

    @Test
    void shortChainsAreFlaggedByTheDiagnostics() {
        CaptureHistory history = Simulated.twoClassPopulation(2000, 4, 7);
        LcmcrEstimator.Result result = LcmcrEstimator.run(history,
                new LcmcrSettings(10, 0.25, 0.25, 2, 0, 50, 1), 1);
        assertThat(result.warnings()).isNotEmpty();
    }

    @Test
    void diagnosticsOfIndependentWhiteNoiseChainsPass() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        double[][] chains = new double[4][2000];
        for (double[] chain : chains) {
            for (int i = 0; i < chain.length; i++) {
                chain[i] = random.nextDouble();
            }
        }
        assertThat(McmcDiagnostics.splitRhat(chains)).isLessThan(1.01);
        assertThat(McmcDiagnostics.effectiveSampleSize(chains)).isGreaterThan(6000);
    }
}
