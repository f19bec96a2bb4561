package org.dadkhah.linkage;

import java.util.List;

/**
 * A fitted Fellegi-Sunter model: among candidate pairs, the share that are matches ({@code lambda}) and, per field
 * and agreement level, the probability of that level among matches ({@code m}) and among non-matches ({@code u}),
 * both estimated by EM without labels (labelled pairs, when given, are held at their label); {@code uRandom} is
 * the level's share among random pairs, which starts EM off and is reported beside it.
 *
 * @param fields the compared columns
 * @param levels each field's level names
 * @param lambda the share of matches among candidate pairs
 * @param m per field and level, P(level | match)
 * @param u per field and level, P(level | non-match) among candidates
 * @param uRandom per field and level, the share among random pairs
 * @param iterations EM iterations run
 * @param converged whether EM stopped because the parameters stopped moving
 */
public record MatchModel(List<String> fields, List<List<String>> levels, double lambda, double[][] m, double[][] u,
        double[][] uRandom, int iterations, boolean converged) {

    /** The weight (log2 odds) of a match before any field is compared. */
    public double priorWeight() {
        return log2(lambda / (1 - lambda));
    }

    /** The weight (log2 of m/u) that one field at one level adds. */
    public double weight(int field, int level) {
        return log2(m[field][level] / u[field][level]);
    }

    /** The probability of a match for a total weight. */
    public static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
