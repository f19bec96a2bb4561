package org.dadkhah.estimate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which hierarchical log-linear models are fitted, and how: every model without the highest-order interaction
 * up to {@value ModelCatalog#ENUMERATION_LIMIT} lists; on {@value #EXHAUSTIVE_LISTS} lists every model with at
 * most two-way interactions ({@link ExhaustiveSearch}, within a time budget); with more lists, or when the
 * budget runs out, a heuristic search from several starts ({@link MultiStartSearch}) that reuses the fits
 * already made.
 */
final class ModelSpace {

    /** Most lists for which every model with at most two-way interactions is fitted (32,768 models on 6). */
    static final int EXHAUSTIVE_LISTS = 6;

    private ModelSpace() {
    }

    /**
     * @param fits the hierarchical models fitted
     * @param search how they were found
     */
    record Searched(List<LogLinearEstimator.Fitted> fits, ModelSearch search) {
    }

    /**
     * @param history the table
     * @param criterion the selection criterion
     * @param budget time the exhaustive search of two-way models may take
     * @return the fits and a statement of the search
     */
    static Searched search(CaptureHistory history, Criterion criterion, Duration budget) {
        int t = history.listCount();
        if (t <= ModelCatalog.ENUMERATION_LIMIT) {
            List<LogLinearModel> models = new ArrayList<>();
            for (List<Integer> terms : ModelCatalog.hierarchicalTermSets(t)) {
                models.add(ModelCatalog.hierarchical(history.lists(), terms));
            }
            return new Searched(models.parallelStream().map(m -> LogLinearEstimator.fit(m, history)).toList(),
                    ModelSearch.exhaustive(models.size(), "every hierarchical model without the highest-order "
                            + "interaction"));
        }
        List<LogLinearEstimator.Fitted> earlier = List.of();
        String why = t + " lists are too many to fit every model";
        if (t <= EXHAUSTIVE_LISTS) {
            ExhaustiveSearch.Outcome outcome = ExhaustiveSearch.twoWay(history, System.nanoTime() + budget.toNanos());
            if (outcome.complete()) {
                return new Searched(outcome.fits(), ModelSearch.exhaustive(outcome.total(), "every hierarchical "
                        + "model with at most two-way interactions; three-way and higher interactions were not "
                        + "searched"));
            }
            earlier = outcome.fits();
            why = String.format(Locale.ROOT, "the exhaustive search over the %d models with at most two-way "
                    + "interactions stopped at its time budget of %d s after %d models", outcome.total(),
                    budget.toSeconds(), earlier.size());
        }
        MultiStartSearch.Outcome outcome = MultiStartSearch.search(history, criterion, earlier);
        return new Searched(outcome.fits(), ModelSearch.heuristic(outcome.fits().size(), outcome.starts().size(),
                "hierarchical models with interactions up to order " + StepwiseSearch.MAX_ORDER, why + "; from each "
                + "start (the independence model, the largest model of up to " + MultiStartSearch.LARGEST_PARAMETERS
                + " coefficients, the best two-way model found) single interactions were added or removed while the "
                + criterion + " fell, the candidates shortlisted by score and Wald tests"));
    }
}
