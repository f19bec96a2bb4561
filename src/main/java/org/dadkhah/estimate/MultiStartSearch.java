package org.dadkhah.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A heuristic search of hierarchical models (interactions up to order {@value StepwiseSearch#MAX_ORDER}) for
 * tables whose model space cannot be fitted whole: it climbs by the criterion (see {@link StepwiseSearch}) from
 * several starting models, sharing every fit between the climbs. The starts are the independence model, the
 * largest model of the space (every interaction someone is on, the counterpart of the saturated model minus
 * its highest-order term; every two-way interaction when that has more than {@value #LARGEST_PARAMETERS}
 * coefficients, and no such start when even that has more, from 11 lists on, where climbing down from it would
 * take minutes) and the best two-way model found so far, when it is none of these.
 */
final class MultiStartSearch {

    /** Most coefficients of the largest starting model before it is cut down to the two-way interactions. */
    static final int LARGEST_PARAMETERS = 64;

    private MultiStartSearch() {
    }

    /**
     * @param fits every model fitted, earlier fits included
     * @param starts the starting models climbed from
     */
    record Outcome(List<LogLinearEstimator.Fitted> fits, List<List<Integer>> starts) {
    }

    /**
     * @param history the table
     * @param criterion the criterion to minimise
     * @param earlier fits already made (for example by an exhaustive search stopped by its budget), reused
     * @return the fits and the starts
     */
    static Outcome search(CaptureHistory history, Criterion criterion, List<LogLinearEstimator.Fitted> earlier) {
        Map<List<Integer>, LogLinearEstimator.Fitted> visited = new LinkedHashMap<>();
        earlier.forEach(f -> visited.put(f.model().terms(), f));
        List<List<Integer>> starts = new ArrayList<>();
        starts.add(List.of());
        List<Integer> largest = largest(history);
        if (!largest.isEmpty()) {
            starts.add(largest);
        }
        List<List<Integer>> reached = new ArrayList<>();
        for (List<Integer> start : starts) {
            reached.add(StepwiseSearch.climb(history, criterion, start, visited));
        }
        visited.values().stream()
                .filter(f -> f.model().terms().stream().allMatch(term -> Integer.bitCount(term) == 2))
                .filter(f -> f.fit().exists())
                .min(Comparator.comparingDouble(f -> StepwiseSearch.score(f, criterion)))
                .map(f -> f.model().terms())
                .filter(terms -> !starts.contains(terms) && !reached.contains(terms))
                .ifPresent(terms -> {
                    starts.add(terms);
                    StepwiseSearch.climb(history, criterion, terms, visited);
                });
        return new Outcome(new ArrayList<>(visited.values()), List.copyOf(starts));
    }

    /**
     * @return every interaction of the space someone is on, or every such two-way one if that is too large, or
     *     nothing (no such start) if that is too large as well
     */
    static List<Integer> largest(CaptureHistory history) {
        int t = history.listCount();
        List<Integer> all = ModelCatalog.candidateTerms(t, Math.min(StepwiseSearch.MAX_ORDER, t - 1)).stream()
                .filter(term -> history.together(term) > 0).toList();
        if (1 + t + all.size() > LARGEST_PARAMETERS) {
            all = all.stream().filter(term -> Integer.bitCount(term) == 2).toList();
        }
        return 1 + t + all.size() > LARGEST_PARAMETERS ? List.of() : StepwiseSearch.sorted(all);
    }
}
