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

    /**
     * With one latent class the model is list independence with uniform priors on the list probabilities and
     * p(N) proportional to 1/N, whose posterior is known in closed form:
     * p(N | data) proportional to (1/N) * N!/(N-n)! * prod_j n_j! (N-n_j)! / (N+1)!. On the Kosovo lists the
     * sampler's median and 95% bounds must match the exact ones within 0.5%. The exact posterior has a
     * standard deviation of about 1.7% of N and the run keeps 12,000 draws (effective sample size about
     * 8,000), so the Monte-Carlo error of each quantile is under 0.1% of N: 0.5% fails only if the N or lambda
     * updates are wrong.
     */
    @Test
    void withOneClassTheSamplerMatchesTheExactIndependencePosterior() {
        CaptureHistory kosovo = CaptureHistoryCsv.read(java.nio.file.Path.of(
                "src/test/resources/estimate/kosovo-ball-2002.csv"));
        double[] exact = exactIndependenceQuantiles(kosovo, 0.025, 0.5, 0.975);
        LcmcrEstimator.Result result = LcmcrEstimator.run(kosovo,
                new LcmcrSettings(1, 0.25, 0.25, 3, 1_000, 4_000, 5), 3);
        assertThat(result.lower95()).isCloseTo(exact[0], org.assertj.core.api.Assertions.within(0.005 * exact[0]));
        assertThat(result.median()).isCloseTo(exact[1], org.assertj.core.api.Assertions.within(0.005 * exact[1]));
        assertThat(result.upper95()).isCloseTo(exact[2], org.assertj.core.api.Assertions.within(0.005 * exact[2]));
    }

    private static double[] exactIndependenceQuantiles(CaptureHistory history, double... probabilities) {
        long n = history.observed();
        int upper = (int) (4 * n);
        double[] logPost = new double[upper + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (long big = n; big <= upper; big++) {
            double value = -Math.log(big) + logFactorial(big) - logFactorial(big - n);
            for (int j = 0; j < history.listCount(); j++) {
                long nj = history.listSize(j);
                value += logFactorial(nj) + logFactorial(big - nj) - logFactorial(big + 1);
            }
            logPost[(int) big] = value;
            max = Math.max(max, value);
        }
        double total = 0;
        for (long big = n; big <= upper; big++) {
            total += Math.exp(logPost[(int) big] - max);
        }
        double[] out = new double[probabilities.length];
        double cumulative = 0;
        int next = 0;
        for (long big = n; big <= upper && next < out.length; big++) {
            cumulative += Math.exp(logPost[(int) big] - max) / total;
            while (next < out.length && cumulative >= probabilities[next]) {
                out[next++] = big;
            }
        }
        return out;
    }

    private static double logFactorial(long k) {
        return org.apache.commons.math3.special.Gamma.logGamma(k + 1.0);
    }

    @Test
    void sameSeedGivesIdenticalDraws() {
        CaptureHistory history = Simulated.twoClassPopulation(500, 3, 3);
        LcmcrSettings tiny = new LcmcrSettings(10, 0.25, 0.25, 2, 200, 100, 2);
        assertThat(LcmcrEstimator.run(history, tiny, 5).draws()).containsExactly(
                LcmcrEstimator.run(history, tiny, 5).draws());
    }

    @Test
    void chainsAreExtendedWhileTheEffectiveSampleSizeIsTooSmall() {
        CaptureHistory kosovo = CaptureHistoryCsv.read(java.nio.file.Path.of(
                "src/test/resources/estimate/kosovo-ball-2002.csv"));
        LcmcrSettings adaptive = new LcmcrSettings(10, 0.25, 0.25, 2, 1_000, 100, 10, 1_600);
        LcmcrEstimator.Result result = LcmcrEstimator.run(kosovo, adaptive, 4);
        assertThat(result.drawsPerChain()).isIn(200, 400, 800, 1_600);
        assertThat(result.ess() >= LcmcrEstimator.ESS_LIMIT || result.drawsPerChain() == 1_600).isTrue();
        assertThat(result.sweepsPerChain()).isEqualTo(1_000 + 10L * result.drawsPerChain());
        assertThat(result.draws()).hasSize(2 * result.drawsPerChain())
                .containsExactly(LcmcrEstimator.run(kosovo, adaptive, 4).draws());
    }

    @Test
    void totalOverStrataPairsDrawsOfChainsOfDifferentLengths() {
        LcmcrEstimator.Result small = LcmcrEstimator.run(Simulated.twoClassPopulation(500, 3, 3),
                new LcmcrSettings(5, 0.25, 0.25, 1, 200, 100, 2), 1);
        LcmcrEstimator.Result large = LcmcrEstimator.run(Simulated.twoClassPopulation(900, 3, 5),
                new LcmcrSettings(5, 0.25, 0.25, 1, 200, 300, 2), 2);
        LcmcrEstimator.Result total = LcmcrEstimator.sum(java.util.List.of(small, large));
        assertThat(total.draws()).hasSize(300);
        assertThat(total.draws()[0]).isEqualTo(small.draws()[0] + large.draws()[0]);
        assertThat(total.draws()[299]).isEqualTo(small.draws()[99] + large.draws()[299]);
        assertThat(total.median()).isBetween(small.lower95() + large.lower95(), small.upper95() + large.upper95());
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
