package org.dadkhah.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EmEstimatorTests {

    private static final double[][] M = {{0.02, 0.08, 0.9}, {0.05, 0.15, 0.8}, {0.1, 0.05, 0.05, 0.8}};
    private static final double[][] U = {{0.85, 0.1, 0.05}, {0.7, 0.2, 0.1}, {0.6, 0.25, 0.1, 0.05}};
    private static final double LAMBDA = 0.15;

    @Test
    void emRecoversKnownMAndUFromSimulatedComparisons() {
        Patterns patterns = new Patterns(List.of(new ExactComparator(), new ExactComparator(), new TextComparator()));
        SplittableRandom random = new SplittableRandom(7);
        Map<Integer, Long> counts = new HashMap<>();
        for (int k = 0; k < 200_000; k++) {
            boolean match = random.nextDouble() < LAMBDA;
            int[] vector = new int[3];
            for (int f = 0; f < 3; f++) {
                vector[f] = random.nextDouble() < 0.05 ? -1 : draw(match ? M[f] : U[f], random);
            }
            counts.merge(patterns.encode(vector), 1L, Long::sum);
        }
        double[][] start = {{0.34, 0.33, 0.33}, {0.34, 0.33, 0.33}, {0.25, 0.25, 0.25, 0.25}};
        EmEstimator.Fit fit = new EmEstimator(patterns).fit(counts, Map.of(), Map.of(), start);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.lambda()).isCloseTo(LAMBDA, within(0.01));
        for (int f = 0; f < 3; f++) {
            for (int l = 0; l < M[f].length; l++) {
                assertThat(fit.m()[f][l]).as("m[%d][%d]", f, l).isCloseTo(M[f][l], within(0.02));
                assertThat(fit.u()[f][l]).as("u[%d][%d]", f, l).isCloseTo(U[f][l], within(0.02));
            }
        }
    }

    @Test
    void labelledPairsKeepTheirLabelInEm() {
        Patterns patterns = new Patterns(List.of(new ExactComparator()));
        Map<Integer, Long> matches = Map.of(patterns.encode(new int[] {2}), 9000L, patterns.encode(new int[] {0}), 1000L);
        Map<Integer, Long> nonMatches = Map.of(patterns.encode(new int[] {0}), 8000L, patterns.encode(new int[] {2}), 2000L);
        EmEstimator.Fit fit = new EmEstimator(patterns).fit(Map.of(), matches, nonMatches,
                new double[][] {{0.4, 0.3, 0.3}});
        assertThat(fit.lambda()).isCloseTo(0.5, within(1e-3));
        assertThat(fit.m()[0][2]).isCloseTo(0.9, within(1e-3));
        assertThat(fit.u()[0][0]).isCloseTo(0.8, within(1e-3));
    }

    private static int draw(double[] p, SplittableRandom random) {
        double x = random.nextDouble();
        for (int l = 0; l < p.length; l++) {
            x -= p[l];
            if (x < 0) {
                return l;
            }
        }
        return p.length - 1;
    }
}
