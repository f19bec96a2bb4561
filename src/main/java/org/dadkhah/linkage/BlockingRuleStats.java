package org.dadkhah.linkage;

/**
 * What one blocking rule contributed.
 *
 * @param rule the rule, as its parts joined by {@code +}
 * @param blocks distinct keys (blocks) it formed
 * @param newPairs candidate pairs it added that no earlier rule had produced
 * @param windowedBlocks blocks too large to compare whole ({@link LinkageConfig#maxBlockPairs}), compared by sorted
 *     neighbourhood instead
 */
public record BlockingRuleStats(String rule, int blocks, long newPairs, int windowedBlocks) {
}
