package org.dadkhah.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The UK 6-list table of the Home Office's 2014 estimate of victims of modern slavery (Silverman 2014; the
 * SparseMSE package's {@code UKdat}; data and source in {@code src/test/resources/estimate/README.md}). Lists
 * are numbered 1 to 6 in the table's order LA, NG, PF, GO, GP, NCA. Figures as computed by Rcapture's
 * {@code closedpCI.t} on this table: the AIC stepwise model [12,13,24,25,35,36,45] has N = 11,418 and AIC
 * 162.66; [12,13,15,24,25,35,36,45] has N = 11,282.0 and AIC 160.25. No one is on both LA and GP, so the 15
 * interaction is fitted at minus infinity, as R's glm does.
 */
class UkHomeOfficePublishedFiguresTest {

    private static final CaptureHistory UK = CaptureHistoryCsv.read(
            Path.of("src/test/resources/estimate/uk-home-office-2014.csv"));
    private static final String STEPWISE = "LA*NG + LA*PF + NG*GO + NG*GP + PF*GP + GO*GP + PF*NCA";
    private static final String WITH_LA_GP = "LA*NG + LA*PF + NG*GO + LA*GP + NG*GP + PF*GP + GO*GP + PF*NCA";

    private static LogLinearEstimator.Result exhaustive;

    @BeforeAll
    static void searchOnce() {
        exhaustive = LogLinearEstimator.run(UK, Criterion.AIC);
    }

    private static Map<String, ModelFit> byName(LogLinearEstimator.Result result) {
        return result.models().stream().collect(Collectors.toMap(ModelFit::model, Function.identity()));
    }

    @Test
    void theTableHasTheHomeOfficeTotalOf2744() {
        assertThat(UK.observed()).isEqualTo(2_744);
        assertThat(UK.lists()).containsExactly("LA", "NG", "PF", "GO", "GP", "NCA");
    }

    @Test
    void theStepwiseAndTheExhaustiveOptimaOfRcaptureAreReproduced() {
        Map<String, ModelFit> fits = byName(exhaustive);
        assertThat(fits.get(STEPWISE).estimate()).isCloseTo(11_418.0, within(0.5));
        assertThat(fits.get(STEPWISE).aic()).isCloseTo(162.66, within(0.005));
        assertThat(fits.get(WITH_LA_GP).estimate()).isCloseTo(11_282.0, within(0.05));
        assertThat(fits.get(WITH_LA_GP).aic()).isCloseTo(160.25, within(0.005));
    }

    @Test
    void theExhaustiveSearchSelectsAModelAtLeastAsGoodAsRcapturesOptimumAndSaysSo() {
        assertThat(exhaustive.search().kind()).isEqualTo(ModelSearch.EXHAUSTIVE);
        assertThat(exhaustive.search().models()).isEqualTo(32_768);
        assertThat(exhaustive.search().summary()).startsWith("exhaustive over 32768 models");
        assertThat(exhaustive.selected().aic()).isLessThanOrEqualTo(160.25 + 0.005);
        assertThat(exhaustive.caveats()).anyMatch(c -> c.contains("LA*GP") && c.contains("minus infinity"));
    }

    @Test
    void whenTheBudgetRunsOutAHeuristicSearchFromSeveralStartsSaysWhatItSearched() {
        LogLinearEstimator.Result heuristic = LogLinearEstimator.run(UK, Criterion.AIC, Duration.ZERO);
        ModelSearch search = heuristic.search();
        assertThat(search.kind()).isEqualTo(ModelSearch.HEURISTIC);
        assertThat(search.starts()).isBetween(2, 3);
        assertThat(search.models()).isLessThan(32_768);
        assertThat(search.summary()).startsWith("heuristic, " + search.models() + " models fitted from "
                + search.starts() + " starts").contains("time budget");
        assertThat(heuristic.selected().aic()).isLessThanOrEqualTo(162.66 + 0.005);
    }

    @Test
    void theJsonTheTableAndTheStatementStateTheSearch() {
        EstimateSettings settings = new EstimateSettings(EstimateSettings.Method.LOGLINEAR, Criterion.AIC, 1,
                LcmcrSettings.defaults());
        EstimateReport report = Estimators.run(UK, settings);
        JsonNode loglinear = JsonMapper.builder().build().readTree(EstimateCommand.toJson(report)).get("results")
                .get(0);
        assertThat(loglinear.get("models").size()).isEqualTo(Estimators.MODELS_LISTED);
        assertThat(loglinear.get("warnings").toString()).contains("the 10000 with the lowest AIC of the 32779 fitted "
                + "are listed");
        JsonNode search = loglinear.get("search");
        assertThat(search.get("kind").asString()).isEqualTo("exhaustive");
        assertThat(search.get("models").asInt()).isEqualTo(32_768);
        assertThat(search.get("summary").asString()).startsWith("exhaustive over 32768 models");
        assertThat(ReportTable.render(report)).contains("search: exhaustive over 32768 models");
        assertThat(MethodStatement.markdown(report, settings)).contains("search: exhaustive over 32768 models");
    }
}
