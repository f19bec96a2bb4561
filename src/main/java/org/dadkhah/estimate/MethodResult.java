package org.dadkhah.estimate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The estimate of one method; serialised to JSON with these field names.
 *
 * @param method {@code lincoln-petersen}, {@code chapman}, {@code loglinear}, {@code loglinear-average} or
 *               {@code lcmcr}
 * @param model the model used (the selected log-linear model, or a description)
 * @param observed number of distinct people on at least one list
 * @param estimate estimated population size, null when it does not exist
 * @param lower95 lower 95% bound (confidence or credible)
 * @param upper95 upper 95% bound, null when unbounded
 * @param stderr standard error, when the method has one
 * @param models for log-linear: every model fitted
 * @param diagnostics for LCMCR: convergence diagnostics
 * @param warnings caveats and refusals
 * @param search for log-linear: how the model space was searched
 * @param intervals every 95% interval computed (for Chapman: log-normal and Wald), the first being
 *                  {@code lower95} and {@code upper95}; null when the method has one interval only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MethodResult(String method, String model, long observed, @Nullable Double estimate,
                           @Nullable Double lower95, @Nullable Double upper95, @Nullable Double stderr,
                           @Nullable List<ModelFit> models, LcmcrEstimator.@Nullable Result diagnostics,
                           List<String> warnings, @Nullable ModelSearch search, @Nullable List<Interval> intervals) {

    /**
     * One interval.
     *
     * @param kind how it was computed, e.g. {@code log-normal} or {@code wald}
     * @param lower95 lower bound
     * @param upper95 upper bound
     */
    public record Interval(String kind, double lower95, double upper95) {
    }

    /** A result without a model search or further intervals. */
    MethodResult(String method, String model, long observed, @Nullable Double estimate, @Nullable Double lower95,
                 @Nullable Double upper95, @Nullable Double stderr, @Nullable List<ModelFit> models,
                 LcmcrEstimator.@Nullable Result diagnostics, List<String> warnings) {
        this(method, model, observed, estimate, lower95, upper95, stderr, models, diagnostics, warnings, null, null);
    }

    /** Copies the warnings defensively. */
    public MethodResult {
        warnings = List.copyOf(warnings);
    }

    /** @return a result stating that the method gives no estimate, and why */
    static MethodResult refused(String method, long observed, String reason) {
        return new MethodResult(method, "none", observed, null, null, null, null, null, null, List.of(reason));
    }

    /**
     * @param warning a caveat to add
     * @return this result with the caveat added
     */
    MethodResult withWarning(String warning) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.add(warning);
        return new MethodResult(method, model, observed, estimate, lower95, upper95, stderr, models, diagnostics, all,
                search, intervals);
    }

    /** @return whether an estimate exists */
    @JsonIgnore
    public boolean hasEstimate() {
        return estimate != null;
    }
}
