package org.dadkhah.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stepwise search through hierarchical log-linear models for tables with too many lists to enumerate.
 *
 * <p>Like the stepwise fit of the SparseMSE package (Chan, Silverman and Vincent 2021), the search starts from
 * the independence model and adds interactions one at a time; unlike it, moves are judged by the chosen
 * information criterion rather than Poisson p-values, and removals of maximal terms are also tried, so the
 * search stops at a local optimum of the criterion. Interactions up to order {@value #MAX_ORDER} are
 * considered and a term may enter only when all its sub-terms are present (hierarchy).
 */
final class StepwiseSearch {

    /** Highest interaction order considered. */
    static final int MAX_ORDER = 3;
    private static final int MAX_STEPS = 60;

    private StepwiseSearch() {
    }

    /**
     * @param history the table
     * @param criterion the criterion to minimise
     * @return every model fitted along the way, the independence model first
     */
    static List<LogLinearEstimator.Fitted> search(CaptureHistory history, Criterion criterion) {
        int t = history.listCount();
        List<Integer> candidates = ModelCatalog.candidateTerms(t, Math.min(MAX_ORDER, t - 1));
        Map<List<Integer>, LogLinearEstimator.Fitted> visited = new LinkedHashMap<>();
        List<Integer> current = List.of();
        double currentValue = score(visit(visited, history, List.of()), criterion);
        for (int step = 0; step < MAX_STEPS; step++) {
            List<List<Integer>> moves = neighbours(current, candidates);
            List<List<Integer>> fresh = moves.stream().filter(m -> !visited.containsKey(m)).toList();
            fresh.parallelStream().map(m -> LogLinearEstimator.fit(ModelCatalog.hierarchical(history.lists(), m),
                    history)).toList().forEach(f -> visited.put(f.model().terms(), f));
            List<Integer> best = null;
            double bestValue = currentValue;
            for (List<Integer> move : moves) {
                double value = score(visited.get(move), criterion);
                if (value < bestValue - 1e-9) {
                    best = move;
                    bestValue = value;
                }
            }
            if (best == null) {
                break;
            }
            current = best;
            currentValue = bestValue;
        }
        return new ArrayList<>(visited.values());
    }

    private static LogLinearEstimator.Fitted visit(Map<List<Integer>, LogLinearEstimator.Fitted> visited,
                                                   CaptureHistory history, List<Integer> terms) {
        return visited.computeIfAbsent(terms,
                k -> LogLinearEstimator.fit(ModelCatalog.hierarchical(history.lists(), k), history));
    }

    private static double score(LogLinearEstimator.Fitted fitted, Criterion criterion) {
        return fitted.fit().exists() ? criterion.value(fitted.fit()) : Double.POSITIVE_INFINITY;
    }

    private static List<List<Integer>> neighbours(List<Integer> current, List<Integer> candidates) {
        List<List<Integer>> out = new ArrayList<>();
        for (int term : candidates) {
            if (!current.contains(term) && ModelCatalog.subTermsPresent(term, current)) {
                out.add(sorted(current, term, true));
            }
        }
        for (int term : current) {
            boolean maximal = current.stream().noneMatch(o -> o != term && (o & term) == term);
            if (maximal) {
                out.add(sorted(current, term, false));
            }
        }
        return out;
    }

    private static List<Integer> sorted(List<Integer> terms, int term, boolean add) {
        List<Integer> next = new ArrayList<>(terms);
        if (add) {
            next.add(term);
        } else {
            next.remove(Integer.valueOf(term));
        }
        next.sort((a, b) -> Integer.bitCount(a) != Integer.bitCount(b)
                ? Integer.compare(Integer.bitCount(a), Integer.bitCount(b)) : Integer.compare(a, b));
        return List.copyOf(next);
    }
}
