package org.dadkhah.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusteringTests {

    // Records 0, 1: person A; 2, 3: person B; 4: an ambiguous record that looks like both.
    private static final double[][] WEIGHTS = {
        {0, 12, -15, -15, 9},
        {12, 0, -15, -15, 8},
        {-15, -15, 0, 12, 9.5},
        {-15, -15, 12, 0, 8},
        {9, 8, 9.5, 8, 0}};

    @Test
    void anAmbiguousRecordDoesNotChainTwoPeopleIntoOneGroup() {
        int[] lefts = {4, 0, 2, 4, 1, 3};
        int[] rights = {2, 1, 3, 0, 4, 4};
        int[] group = Clustering.deduplicate(5, lefts, rights, (i, j) -> WEIGHTS[i][j]);
        assertThat(group[0]).isEqualTo(group[1]);
        assertThat(group[2]).isEqualTo(group[3]);
        assertThat(group[0]).isNotEqualTo(group[2]);
        assertThat(group[4]).isIn(group[0], group[2]);
    }

    @Test
    void plainConnectedComponentsWouldHaveChainedThem() {
        int[] lefts = {4, 0, 2, 4, 1, 3};
        int[] rights = {2, 1, 3, 0, 4, 4};
        int[] group = Clustering.deduplicate(5, lefts, rights, (i, j) -> 10);
        assertThat(group).containsOnly(group[0]);
    }

    @Test
    void oneToOneAssignmentUsesEachRecordOnce() {
        int[] lefts = {0, 0, 1};
        int[] rights = {2, 3, 2};
        boolean[] kept = Clustering.assignOneToOne(4, lefts, rights);
        assertThat(kept).containsExactly(true, false, false);
    }
}
