package org.dadkhah.estimate;

import java.util.ArrayList;
import java.util.Comparator;
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
 * considered and a term may enter only when all its sub-terms are present (hierarchy). When more than
 * {@value #SHORTLIST} terms could be added, they are first ranked by the score (Rao) test at the current fit,
 * which needs no refit, and only the {@value #SHORTLIST} best are fitted in full; removals likewise by the
 * Wald test (see {@link StepTests}).
 * Visited models are kept without their designs, which are rebuilt only for the few that need a profile
 * interval.
 */
final class StepwiseSearch {

    /** Highest interaction order considered. */
    static final int MAX_ORDER = 3;
    /** Additions fitted in full at each step, the best by score test. */
    static final int SHORTLIST = 6;
    private static final int MAX_STEPS = 60;

    private StepwiseSearch() {
    }

    /**
     * @param history the table
     * @param criterion the criterion to minimise
     * @return every model fitted along the way, the independence model first
     */
    static List<LogLinearEstimator.Fitted> search(CaptureHistory history, Criterion criterion) {
        Map<List<Integer>, LogLinearEstimator.Fitted> visited = new LinkedHashMap<>();
        climb(history, criterion, List.of(), visited);
        return new ArrayList<>(visited.values());
    }

    /**
     * Climbs from one starting model to a local optimum of the criterion, reusing and adding to the fits
     * already made.
     *
     * @param history the table
     * @param criterion the criterion to minimise
     * @param start the starting model's interaction terms, sorted by order then mask
     * @param visited fits made so far by terms; every model fitted here is added
     * @return the terms of the local optimum reached
     */
    static List<Integer> climb(CaptureHistory history, Criterion criterion, List<Integer> start,
                               Map<List<Integer>, LogLinearEstimator.Fitted> visited) {
        int t = history.listCount();
        List<Integer> candidates = ModelCatalog.candidateTerms(t, Math.min(MAX_ORDER, t - 1));
        List<Integer> current = start;
        visit(visited, history, current);
        double currentValue = score(visited.get(current), criterion);
        for (int step = 0; step < MAX_STEPS; step++) {
            List<List<Integer>> moves = moves(current, candidates, history);
            moves.stream().filter(m -> !visited.containsKey(m)).toList().parallelStream()
                    .map(m -> light(LogLinearEstimator.fit(ModelCatalog.hierarchical(history.lists(), m), history)))
                    .toList().forEach(f -> visited.put(f.model().terms(), f));
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
        return current;
    }

    private static void visit(Map<List<Integer>, LogLinearEstimator.Fitted> visited, CaptureHistory history,
                              List<Integer> terms) {
        visited.computeIfAbsent(terms,
                k -> light(LogLinearEstimator.fit(ModelCatalog.hierarchical(history.lists(), k), history)));
    }

    private static LogLinearEstimator.Fitted light(LogLinearEstimator.Fitted fitted) {
        return new LogLinearEstimator.Fitted(LogLinearModel.described(fitted.model().name(), fitted.model().terms()),
                fitted.fit());
    }

    static double score(LogLinearEstimator.Fitted fitted, Criterion criterion) {
        return fitted.fit().exists() ? criterion.value(fitted.fit()) : Double.POSITIVE_INFINITY;
    }

    /** @return the shortlisted removals of maximal terms and additions of eligible terms */
    private static List<List<Integer>> moves(List<Integer> current, List<Integer> candidates,
                                             CaptureHistory history) {
        List<Integer> additions = new ArrayList<>();
        for (int term : candidates) {
            if (!current.contains(term) && ModelCatalog.subTermsPresent(term, current)
                    && history.together(term) > 0) {
                additions.add(term);
            }
        }
        List<Integer> removals = new ArrayList<>();
        for (int term : current) {
            if (current.stream().noneMatch(o -> o != term && (o & term) == term)) {
                removals.add(term);
            }
        }
        if (additions.size() > SHORTLIST || removals.size() > SHORTLIST) {
            StepTests tests = StepTests.at(ModelCatalog.hierarchical(history.lists(), current), history);
            if (tests != null) {
                double[] scores = tests.additions(additions);
                additions = shortlist(additions, i -> -scores[i]);
                int t = history.listCount();
                List<Integer> maximal = removals;
                removals = shortlist(maximal, i -> tests.removal(1 + t + current.indexOf(maximal.get(i))));
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int term : additions) {
            out.add(sorted(current, term, true));
        }
        for (int term : removals) {
            out.add(sorted(current, term, false));
        }
        return out;
    }

    /** @return the {@value #SHORTLIST} terms with the lowest rank (all of them when there are fewer) */
    private static List<Integer> shortlist(List<Integer> terms, java.util.function.IntToDoubleFunction rank) {
        if (terms.size() <= SHORTLIST) {
            return terms;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(rank::applyAsDouble));
        List<Integer> out = new ArrayList<>();
        for (int i : order.subList(0, SHORTLIST)) {
            out.add(terms.get(i));
        }
        return out;
    }

    /** @return the terms in the order models are keyed by: by order, then by mask */
    static List<Integer> sorted(List<Integer> terms) {
        List<Integer> next = new ArrayList<>(terms);
        next.sort((a, b) -> Integer.bitCount(a) != Integer.bitCount(b)
                ? Integer.compare(Integer.bitCount(a), Integer.bitCount(b)) : Integer.compare(a, b));
        return List.copyOf(next);
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
