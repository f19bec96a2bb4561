package org.dadkhah.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstimatorsTest {

    private static final EstimateSettings FAST = new EstimateSettings(EstimateSettings.Method.ALL, Criterion.AIC, 1,
            new LcmcrSettings(10, 0.25, 0.25, 2, 500, 200, 2));

    @Test
    void listsThatNeverOverlapAreRefusedWithAReason() {
        CaptureHistory history = CaptureHistory.ofMasks(List.of("A", "B"), new long[] {0, 40, 30, 0});
        assertThatThrownBy(() -> TwoListEstimator.lincolnPetersen(history))
                .isInstanceOf(EstimateNotAvailableException.class).hasMessageContaining("nobody in common");
        assertThatThrownBy(() -> LogLinearEstimator.run(history, Criterion.AIC))
                .isInstanceOf(EstimateNotAvailableException.class);
    }

    @Test
    void allHierarchicalModelsAreEnumeratedForFourAndFiveLists() {
        assertThat(ModelCatalog.hierarchicalTermSets(3)).hasSize(8);
        assertThat(ModelCatalog.hierarchicalTermSets(4)).hasSize(113);
        assertThat(ModelCatalog.hierarchicalTermSets(5).size()).isGreaterThan(1000);
    }

    @Test
    void threeListModelWithAllPairsEqualsTheClosedFormOfNoThreeWayInteraction() {
        long[] c = {0, 60, 50, 20, 40, 15, 12, 8};
        CaptureHistory history = CaptureHistory.ofMasks(List.of("A", "B", "C"), c);
        ModelFit all = LogLinearEstimator.run(history, Criterion.AIC).models().stream()
                .filter(f -> f.model().equals("A*B + A*C + B*C")).findFirst().orElseThrow();
        double closedForm = (double) c[7] * c[1] * c[2] * c[4] / (c[3] * c[5] * c[6]);
        assertThat(all.estimate()).isCloseTo(history.observed() + closedForm,
                org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void stratifiedEstimatesAddUpToTheSum() {
        StratifiedTable table = new StratifiedTable(List.of("L1", "L2", "L3", "L4"), Map.of(
                "north", Simulated.twoClassPopulation(800, 4, 1), "south", Simulated.twoClassPopulation(1200, 4, 2)));
        EstimateReport report = Estimators.runStratified(table, FAST);
        assertThat(report.strata()).hasSize(2);
        for (int i = 0; i < report.results().size(); i++) {
            MethodResult sum = report.results().get(i);
            if (sum.method().startsWith("loglinear")) {
                int index = i;
                double parts = report.strata().stream().mapToDouble(s -> s.results().get(index).estimate()).sum();
                assertThat(sum.estimate()).isCloseTo(parts, org.assertj.core.api.Assertions.within(1e-9));
            }
        }
        assertThat(report.observed()).isEqualTo(table.pooled().observed());
    }

    @Test
    void lcmcrTotalOverStrataIsThePosteriorOfTheSumWithAHistogramForCharts() {
        StratifiedTable table = new StratifiedTable(List.of("L1", "L2", "L3", "L4"), Map.of(
                "north", Simulated.twoClassPopulation(800, 4, 1), "south", Simulated.twoClassPopulation(1200, 4, 2)));
        EstimateReport report = Estimators.runStratified(table, FAST);
        MethodResult total = report.results().stream().filter(r -> r.method().equals("lcmcr")).findFirst()
                .orElseThrow();
        List<LcmcrEstimator.Result> parts = report.strata().stream().map(s -> s.results().stream()
                .filter(r -> r.method().equals("lcmcr")).findFirst().orElseThrow().diagnostics()).toList();
        assertThat(total.model()).isEqualTo("sum over strata");
        assertThat(total.lower95()).isGreaterThan(parts.stream().mapToDouble(LcmcrEstimator.Result::lower95).sum());
        assertThat(total.upper95()).isLessThan(parts.stream().mapToDouble(LcmcrEstimator.Result::upper95).sum());
        List<LcmcrEstimator.Bin> bins = total.diagnostics().histogram();
        assertThat(bins).hasSize(PosteriorHistogram.BINS);
        assertThat(bins.stream().mapToDouble(LcmcrEstimator.Bin::share).sum()).isBetween(0.98, 1.0);
        assertThat(bins.getFirst().lower()).isLessThan(total.lower95());
        assertThat(bins.getLast().upper()).isGreaterThan(total.upper95());
        assertThat(total.diagnostics().ess()).isEqualTo(parts.stream().mapToDouble(LcmcrEstimator.Result::ess)
                .min().orElseThrow());
    }

    /** Timings are printed by {@code bench/estimate}; here only what the search returns is checked. */
    @Test
    void onSixListsEveryTwoWayModelIsFittedAndTheSearchSaysItWasExhaustive() {
        CaptureHistory history = Simulated.twoClassPopulation(3000, 6, 4);
        LogLinearEstimator.Result result = LogLinearEstimator.run(history, Criterion.BIC);
        assertThat(result.search().kind()).isEqualTo(ModelSearch.EXHAUSTIVE);
        assertThat(result.search().models()).isEqualTo(32_768);
        assertThat(result.search().summary()).startsWith("exhaustive over 32768 models");
        assertThat(result.selected().estimate()).isGreaterThan((double) history.observed());
    }

    @Test
    void onTwelveListsAHeuristicSearchSaysHowManyModelsItFittedFromHowManyStarts() {
        CaptureHistory history = Simulated.twoClassPopulation(20_000, 12, 6);
        LogLinearEstimator.Result result = LogLinearEstimator.run(history, Criterion.AIC);
        ModelSearch search = result.search();
        assertThat(search.kind()).isEqualTo(ModelSearch.HEURISTIC);
        assertThat(search.starts()).isBetween(1, 3);
        assertThat(search.summary()).startsWith("heuristic, " + search.models() + " models fitted from "
                + search.starts() + (search.starts() == 1 ? " start (" : " starts ("));
        assertThat(result.selected().estimate()).isGreaterThan((double) history.observed());
    }

    @Test
    void thirteenListsAreLeftToLcmcr() {
        EstimateReport report = Estimators.run(Simulated.twoClassPopulation(5_000, 13, 7), FAST);
        assertThat(report.results()).filteredOn(r -> r.method().startsWith("loglinear"))
                .allSatisfy(r -> assertThat(r.warnings()).anyMatch(w -> w.contains("at most 12 lists")));
        assertThat(report.results()).filteredOn(r -> r.method().equals("lcmcr"))
                .allSatisfy(r -> assertThat(r.estimate()).isNotNull());
    }

    @Test
    void methodStatementNamesListsModelAndAssumptions() {
        CaptureHistory history = Simulated.twoClassPopulation(1000, 3, 9);
        EstimateReport report = Estimators.run(history, FAST);
        String md = MethodStatement.markdown(report, FAST);
        assertThat(md).contains("L1, L2, L3").contains("lowest AIC").contains("### Assumptions")
                .contains("closed").contains("point estimates range from");
    }

    @Test
    void terminalTableShowsTheLcmcrDiagnostics() {
        EstimateReport report = Estimators.run(Simulated.twoClassPopulation(1000, 3, 9), FAST);
        assertThat(ReportTable.render(report)).contains("lcmcr").contains("2 chains of ")
                .contains("effective sample size");
    }

    @Test
    void methodStatementWarnsWhenTheMethodsDisagree() {
        CaptureHistory kosovo = CaptureHistoryCsv.read(java.nio.file.Path.of(
                "src/test/resources/estimate/kosovo-ball-2002.csv"));
        EstimateReport report = Estimators.run(kosovo, FAST);
        assertThat(MethodStatement.markdown(report, FAST)).contains("differ by more than 20%")
                .contains("report the range, not one number");
    }
}
