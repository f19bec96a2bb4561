package org.dadkhah.estimate;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The statement of method of a stored run, in Markdown: which lists were used and how they were built, how persons
 * were matched across them, the stratum, the model chosen and why, then {@link MethodStatement} (results,
 * assumptions, caveats) and how to reproduce the run. Meant to be exported with case files; it names lists and
 * counts, never persons.
 */
final class RunStatement {

    private RunStatement() {
    }

    /** One list as described in the statement: its column name, source id (null if uploaded) and size. */
    record ListLine(String name, @Nullable UUID source, long size) {
    }

    static String markdown(UUID runId, EstimateRequest request, List<ListLine> lists, EstimateReport report,
            EstimateTables.@Nullable Linkage linkage, String createdBy, String countCeiling) {
        StringBuilder md = new StringBuilder("## Statement of method: estimate `").append(runId).append("`\n\n");
        md.append("### Lists used\n\n| list | source | people on the list |\n| --- | --- | ---: |\n");
        for (ListLine l : lists) {
            md.append("| ").append(cell(l.name())).append(" | ")
                    .append(l.source() == null ? "uploaded table" : "`" + l.source() + "`").append(" | ")
                    .append(l.size()).append(" |\n");
        }
        md.append("\n### How persons were matched across lists\n\n");
        if (request.fromDatabase()) {
            md.append("""
                    The table was built from the Dadkhah database. A person is on a list when a live (not deleted) \
                    citation of that list's source points at a person record of theirs; a person cited several \
                    times by one list counts once. Records joined by accepted links (the linkage module's pairs, \
                    accepted by a reviewer) count as one person, cited by every list that cites any of them; links \
                    are followed only through records that were counted. Records of one person that were never linked \
                    count as several people (inflating the observed number and usually the estimate); records of \
                    different people wrongly linked count as one.

                    """);
            if (linkage != null) {
                md.append(linkage(linkage));
            }
            md.append("Only records that ").append(createdBy).append(" may count were included (records up to ")
                    .append(countCeiling).append(", and records shared with them); nothing else was counted, and ")
                    .append("no names were read.\n\n");
            if (request.strata().isEmpty()) {
                md.append(stratum(request.stratum()));
            } else {
                md.append("Stratified: each stratum was counted and estimated on its own, and the estimates added "
                        + "up.\n\n");
                for (EstimateRequest.NamedStratum n : request.strata()) {
                    md.append("* **").append(cell(n.name())).append("**: ")
                            .append(stratum(n.stratum()).replaceFirst("^Stratum: o", "O").strip()).append('\n');
                }
                md.append('\n');
            }
        } else {
            md.append("The capture-history table was uploaded with the request; Dadkhah did not build it and cannot "
                    + "check how persons were matched across its lists. The assumption of error-free linkage below "
                    + "rests on whoever prepared the table.\n\n");
            if (request.strataColumn() != null) {
                md.append("The table was stratified by its column `").append(request.strataColumn())
                        .append("`.\n\n");
            }
        }
        md.append("### Model chosen and why\n\n").append(choice(request.settings(), lists.size())).append("\n\n");
        md.append(MethodStatement.markdown(report, request.settings()).replaceFirst("^## Statement of method\\n\\n",
                ""));
        EstimateSettings s = request.settings();
        LcmcrSettings l = s.lcmcr();
        md.append(String.format(Locale.ROOT, """

                ### Reproducibility

                Run `%s` by %s. Method %s, criterion %s, seed %d; LCMCR K = %d, alpha ~ Gamma(%s, %s), %d chains, \
                burn-in %d, %d draws kept per chain (extended up to %d while the effective sample size of N is below \
                400), thinning %d. The request, the table and the seed are stored \
                with the run; `POST /api/v1/estimates/%s/rerun` recomputes it and reports whether it reproduces.
                """, runId, createdBy, s.method().name().toLowerCase(Locale.ROOT),
                s.criterion().name().toLowerCase(Locale.ROOT), s.seed(), l.classes(), number(l.alphaShape()),
                number(l.alphaRate()), l.chains(), l.burnIn(), l.samples(), l.maxSamples(), l.thinning(), runId));
        return md.toString();
    }

    private static String linkage(EstimateTables.Linkage linkage) {
        String linked = linkage.linkedPersons() == 0 ? "No counted records were linked: each counted record is one "
                + "person."
                : String.format(Locale.ROOT, "Record linkage: %d counted records were linked into %d person%s.",
                        linkage.linkedRecords(), linkage.linkedPersons(), linkage.linkedPersons() == 1 ? "" : "s");
        String pending = linkage.pendingReview() == 0 ? " No candidate pairs of person records await review."
                : String.format(Locale.ROOT, " %d candidate pair%s of person records await%s review; until decided, "
                        + "their records count separately.", linkage.pendingReview(),
                        linkage.pendingReview() == 1 ? "" : "s", linkage.pendingReview() == 1 ? "s" : "");
        return linked + pending + "\n\n";
    }

    private static String stratum(EstimateRequest.@Nullable Stratum stratum) {
        if (stratum == null) {
            return "No stratum: every person cited by the lists was counted.\n\n";
        }
        StringBuilder md = new StringBuilder("Stratum: only persons who");
        if (stratum.sex() != null) {
            md.append(" are recorded with sex ").append(stratum.sex());
            if (stratum.needsAct()) {
                md.append(" and");
            }
        }
        if (stratum.needsAct()) {
            md.append(" are the victim of at least one act");
            if (stratum.actType() != null) {
                md.append(" of type ").append(stratum.actType()).append(" (or a narrower type)");
            }
            if (stratum.place() != null) {
                md.append(" at place `").append(stratum.place()).append("` (or a place within it)");
            }
            if (stratum.from() != null || stratum.to() != null) {
                md.append(" whose whole date range lies ")
                        .append(stratum.from() == null ? "" : "on or after the start of " + stratum.from())
                        .append(stratum.from() != null && stratum.to() != null ? " and " : "")
                        .append(stratum.to() == null ? "" : "on or before the end of " + stratum.to())
                        .append(" (acts without a date, or dated only partly within the period, are left out)");
            }
        }
        return md.append(" were counted.\n\n").toString();
    }

    private static String choice(EstimateSettings settings, int lists) {
        String criterion = settings.criterion().name();
        return switch (settings.method()) {
            case CHAPMAN -> "Two-list estimators were requested: Lincoln-Petersen and Chapman's bias-corrected "
                    + "version, which is preferred because it stays finite and less biased when the overlap is "
                    + "small. They assume the two lists are independent, which cannot be checked with two lists.";
            case LOGLINEAR -> "Log-linear models were requested; the model reported is the one with the lowest "
                    + criterion + ", and a " + criterion + "-weighted average over the models is given beside it.";
            case LCMCR -> "The LCMCR latent class model was requested: it allows recording probabilities to vary "
                    + "between people (heterogeneity) and lists to depend on each other through latent classes.";
            case ALL -> (lists == 2 ? "With two lists, Chapman's estimator is the reference figure; "
                    : "With " + lists + " lists, the log-linear model with the lowest " + criterion
                            + " and the LCMCR model are the reference figures; ")
                    + "all applicable methods were run so that their agreement, or disagreement, can be judged.";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
