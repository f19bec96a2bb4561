package org.dadkhah.estimate;

import java.util.Locale;

/** Renders a report as a plain-text table for the terminal. */
final class ReportTable {

    private ReportTable() {
    }

    static String render(EstimateReport report) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Observed: %d on %d lists (%s)%n", report.observed(), report.lists().size(),
                String.join(", ", report.lists())));
        if (report.strata() != null) {
            for (EstimateReport.StratumReport stratum : report.strata()) {
                s.append(String.format(Locale.ROOT, "%nStratum %s (observed %d)%n", stratum.stratum(),
                        stratum.observed()));
                results(s, stratum.results());
            }
            s.append(String.format(Locale.ROOT, "%nSum over strata%n"));
        }
        results(s, report.results());
        return s.toString();
    }

    private static void results(StringBuilder s, java.util.List<MethodResult> results) {
        s.append(String.format(Locale.ROOT, "%-18s %-40s %10s %10s %10s%n", "method", "model", "estimate", "lower95",
                "upper95"));
        for (MethodResult r : results) {
            s.append(String.format(Locale.ROOT, "%-18s %-40s %10s %10s %10s%n", r.method(), r.model(),
                    number(r.estimate()), number(r.lower95()), r.estimate() == null ? "-" : upper(r.upper95())));
            if (r.intervals() != null) {
                for (MethodResult.Interval i : r.intervals()) {
                    s.append(String.format(Locale.ROOT, "    interval %s: %.1f to %.1f%n", i.kind(), i.lower95(),
                            i.upper95()));
                }
            }
            if (r.search() != null) {
                s.append("    search: ").append(r.search().summary()).append(System.lineSeparator());
            }
            LcmcrEstimator.Result d = r.diagnostics();
            if (d != null) {
                s.append(String.format(Locale.ROOT, "    note: %d chains of %d draws, %d sweeps each; %s%n",
                        d.chains(), d.drawsPerChain(), d.sweepsPerChain(), LcmcrEstimator.diagnostics(d)));
            }
            for (String w : r.warnings()) {
                s.append("    note: ").append(w).append(System.lineSeparator());
            }
        }
    }

    private static String number(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String upper(Double v) {
        return v == null ? "unbounded" : String.format(Locale.ROOT, "%.1f", v);
    }
}
