package org.dadkhah.estimate;

import java.util.List;
import java.util.SplittableRandom;

/** Seeded simulated populations with known size, for methods without a published figure to compare with. */
final class Simulated {

    private Simulated() {
    }

    /**
     * A population of {@code size} people in two latent classes (70% hard to record, 30% easy), recorded by
     * independent lists within each class.
     */
    static CaptureHistory twoClassPopulation(int size, int lists, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] counts = new long[1 << lists];
        for (int i = 0; i < size; i++) {
            boolean easy = random.nextDouble() < 0.3;
            int mask = 0;
            for (int j = 0; j < lists; j++) {
                double p = easy ? 0.55 + 0.05 * j : 0.15 + 0.03 * j;
                if (random.nextDouble() < p) {
                    mask |= 1 << j;
                }
            }
            if (mask != 0) {
                counts[mask]++;
            }
        }
        List<String> names = java.util.stream.IntStream.range(0, lists).mapToObj(j -> "L" + (j + 1)).toList();
        return CaptureHistory.ofMasks(names, counts);
    }
}
