package org.dadkhah.linkage;

/**
 * A candidate pair at or above the review threshold.
 *
 * @param leftId one record (from the first list when linking two)
 * @param rightId the other
 * @param weight the match weight (log2 odds)
 * @param probability the match probability
 * @param decision {@code link} or {@code review}
 */
public record ScoredPair(String leftId, String rightId, double weight, double probability, String decision) {

    /** The decision for a pair linked into one person. */
    public static final String LINK = "link";
    /** The decision for a pair a person should look at. */
    public static final String REVIEW = "review";
}
