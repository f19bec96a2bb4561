package org.dadkhah.estimate;

import java.util.Locale;

/** Writes a Markdown statement of method for an estimation report: data, models, choices, assumptions, caveats. */
public final class MethodStatement {

    /** Ratio between the highest and lowest point estimate above which the statement warns of disagreement. */
    static final double DISAGREEMENT = 1.2;

    private MethodStatement() {
    }

    /**
     * @param report the report to describe
     * @param settings the settings it was produced with
     * @return Markdown text
     */
    public static String markdown(EstimateReport report, EstimateSettings settings) {
        StringBuilder md = new StringBuilder("## Statement of method\n\n");
        md.append("### Data\n\n").append(String.format(Locale.ROOT,
                "%d distinct people appear on at least one of %d lists: %s.%n%n", report.observed(),
                report.lists().size(), String.join(", ", report.lists())));
        if (report.strata() != null) {
            md.append("Estimates were made separately in ").append(report.strata().size())
                    .append(" strata, because capture probabilities differ between them, and added up.\n\n");
        }
        md.append("### Methods and results\n\n");
        for (MethodResult r : report.results()) {
            md.append("* **").append(r.method()).append("** (").append(r.model()).append("): ");
            if (r.estimate() == null) {
                md.append("no estimate — ").append(String.join("; ", r.warnings())).append('\n');
                continue;
            }
            md.append(String.format(Locale.ROOT, "%.0f, 95%% interval %s to %s.", r.estimate(), format(r.lower95()),
                    format(r.upper95())));
            if (r.intervals() != null) {
                for (MethodResult.Interval i : r.intervals().subList(1, r.intervals().size())) {
                    md.append(String.format(Locale.ROOT, " %s interval: %.0f to %.0f.", i.kind(), i.lower95(),
                            i.upper95()));
                }
            }
            if (r.method().equals("loglinear")) {
                md.append(" Chosen as the model with the lowest ").append(settings.criterion())
                        .append(" among the candidates");
                md.append(r.search() == null ? "." : " (search: " + r.search().summary() + ")." + (
                        ModelSearch.HEURISTIC.equals(r.search().kind()) ? " The search was heuristic: a model "
                                + "outside the part searched may have a lower " + settings.criterion() + "." : ""));
            }
            if (r.method().equals("lcmcr") && r.diagnostics() != null) {
                md.append(String.format(Locale.ROOT, " %d chains of %d draws (seed %d); %s.", r.diagnostics().chains(),
                        r.diagnostics().drawsPerChain(), settings.seed(), LcmcrEstimator.diagnostics(r.diagnostics())));
            }
            md.append('\n');
            for (String w : r.warnings()) {
                if (w.startsWith("interval:")) {
                    md.append("  * ").append(w).append('\n');
                } else if (!w.startsWith("selected by")) {
                    md.append("  * Caveat: ").append(w).append('\n');
                }
            }
        }
        spread(report, md);
        md.append("""

                ### Assumptions

                * The population is closed: everyone counted could have been recorded by every list.
                * Records were linked without error across lists (no missed or false matches).
                * Log-linear models: the highest-order interaction between the lists is zero; dependence between \
                lists is captured by the interactions in the chosen model. Heterogeneity models assume that \
                recording probabilities vary between people in the stated parametric way.
                * LCMCR: heterogeneity and dependence are represented by latent classes within which lists are \
                independent.

                ### Caveats

                * Estimates are for the population the lists could have reached; groups no list could document are \
                not represented.
                * Different identifying assumptions can give very different estimates from the same data; compare \
                the methods above before relying on one figure.
                """);
        return md.toString();
    }

    /** States how far the methods' point estimates lie apart, so that no single figure is read as the answer. */
    private static void spread(EstimateReport report, StringBuilder md) {
        double[] estimates = report.results().stream().filter(MethodResult::hasEstimate)
                .mapToDouble(MethodResult::estimate).sorted().toArray();
        if (estimates.length < 2) {
            return;
        }
        double low = estimates[0];
        double high = estimates[estimates.length - 1];
        md.append(String.format(Locale.ROOT, "%nThe methods' point estimates range from %.0f to %.0f.", low, high));
        if (high > DISAGREEMENT * low) {
            md.append(String.format(Locale.ROOT, " They differ by more than %.0f%%: the figure depends on the model "
                    + "as well as on sampling error, so report the range, not one number.",
                    100 * (DISAGREEMENT - 1)));
        }
        md.append('\n');
    }

    private static String format(Double value) {
        return value == null ? "unbounded" : String.format(Locale.ROOT, "%.0f", value);
    }
}
