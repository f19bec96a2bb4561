package org.dadkhah.estimate;

import java.util.List;
import java.util.Map;

/**
 * Capture histories split into strata (for example regions or periods) that share the same lists.
 *
 * @param lists the list names
 * @param strata the table of each stratum, in order of first appearance
 */
public record StratifiedTable(List<String> lists, Map<String, CaptureHistory> strata) {

    /** Copies the inputs defensively. */
    public StratifiedTable {
        lists = List.copyOf(lists);
        strata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(strata));
    }

    /** @return all strata added together */
    public CaptureHistory pooled() {
        long[] total = new long[1 << lists.size()];
        for (CaptureHistory history : strata.values()) {
            long[] counts = history.countsByMask();
            for (int mask = 0; mask < total.length; mask++) {
                total[mask] += counts[mask];
            }
        }
        return CaptureHistory.ofMasks(lists, total);
    }
}
