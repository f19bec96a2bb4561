package org.dadkhah.linkage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a pair scored as it did, as a waterfall: the prior weight, then each field's contribution (log2 of m/u at
 * its level, adjusted for the value's frequency on exact agreement), adding up to the total weight.
 *
 * @param leftId one record
 * @param rightId the other
 * @param priorWeight the weight before any field (log2 of the prior odds of a match among candidates)
 * @param contributions one per field, in config order
 * @param weight the total weight
 * @param probability the match probability
 */
public record Explanation(String leftId, String rightId, double priorWeight, List<Contribution> contributions,
        double weight, double probability) {

    /**
     * One field's step of the waterfall.
     *
     * @param field the column
     * @param comparator the comparator type ({@link FieldType#configName()})
     * @param level the agreement level's name, or null when a value is missing (weight 0)
     * @param left the left value as given
     * @param right the right value as given
     * @param weight what the field adds to the weight
     * @param frequencyAdjusted whether the weight was adjusted for how common the agreeing value is
     */
    public record Contribution(String field, String comparator, @Nullable String level, @Nullable String left,
            @Nullable String right, double weight, boolean frequencyAdjusted) {
    }
}
