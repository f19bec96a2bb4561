package org.dadkhah.estimate;

import java.util.List;
import java.util.UUID;

/**
 * Which person records are one person, for counting: multiple systems estimation counts a group of records joined by
 * accepted links as one person, cited by every list that cites any of its records. The linkage module provides the
 * links; without it each record is its own person ({@link #NONE}).
 */
public interface PersonIdentities {

    /** Each record is its own person, and nothing waits for review. */
    PersonIdentities NONE = new PersonIdentities() {
        @Override
        public List<Link> acceptedLinks() {
            return List.of();
        }

        @Override
        public long pendingReview() {
            return 0;
        }
    };

    /**
     * Two person records accepted as the same person.
     *
     * @param left one record
     * @param right the other
     */
    record Link(UUID left, UUID right) {
    }

    /**
     * Every accepted link. Counting follows them only through records the counter may count, so a hidden record
     * never joins two counted ones.
     */
    List<Link> acceptedLinks();

    /** How many candidate pairs of person records wait for a reviewer's decision. */
    long pendingReview();
}
