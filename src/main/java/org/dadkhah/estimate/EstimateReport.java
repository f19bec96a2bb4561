package org.dadkhah.estimate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything an estimation run produced; serialised as the JSON output of {@code dadkhah estimate --json}.
 *
 * @param observed number of distinct people observed (over all strata)
 * @param lists the list names
 * @param results one entry per method (for stratified runs: the sums over strata)
 * @param strata per-stratum reports, null when the run was not stratified
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EstimateReport(long observed, List<String> lists, List<MethodResult> results,
                             @Nullable List<StratumReport> strata) {

    /**
     * @param warning a caveat that applies to every result (for example, about the strata)
     * @return this report with the caveat added to each result
     */
    public EstimateReport withWarning(String warning) {
        return new EstimateReport(observed, lists, results.stream().map(r -> r.withWarning(warning)).toList(),
                strata);
    }

    /**
     * The report of one stratum.
     *
     * @param stratum the stratum value
     * @param observed number observed in the stratum
     * @param results one entry per method
     */
    public record StratumReport(String stratum, long observed, List<MethodResult> results) {
    }
}
