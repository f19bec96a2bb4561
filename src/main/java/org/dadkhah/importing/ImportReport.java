package org.dadkhah.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an import found and did: one problem per line ({@code row N: error: COLUMN: message}), then a summary. With
 * any error nothing is stored. At most {@link #KEPT} problems are kept; all are counted.
 */
public record ImportReport(String file, String sha256, String encoding, long rows, List<Problem> problems,
        long errors, long warnings, boolean dryRun, boolean stored, @Nullable UUID source,
        Map<String, Long> counts, @Nullable String note) {

    /** Problems kept in a report (the rest are counted). */
    public static final int KEPT = 10_000;

    /** How bad a problem is: an error stops the import, a warning does not. */
    public enum Severity { ERROR, WARNING }

    /** One problem; {@code row} 0 is the header (or the file as a whole). */
    public record Problem(long row, Severity severity, String column, String message) {

        /** The report line: {@code row N: error: COLUMN: message}. */
        public String line() {
            return (row == 0 ? "header" : "row " + row) + ": " + severity.name().toLowerCase() + ": " + column + ": "
                    + message;
        }
    }

    /** Whether the import found an error (the command then exits 1). */
    public boolean failed() {
        return errors > 0;
    }

    /** The summary line. */
    public String summary() {
        StringBuilder s = new StringBuilder().append(rows).append(rows == 1 ? " row" : " rows").append(" read (")
                .append(encoding).append("): ").append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning" : " warnings");
        if (note != null) {
            return s.append("; ").append(note).toString();
        }
        String what = String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
        if (stored) {
            return s.append("; stored ").append(what).append(", citing list source ").append(source).toString();
        }
        if (errors > 0) {
            return s.append("; nothing stored").toString();
        }
        return s.append("; dry run: would store ").append(what).append("; nothing stored").toString();
    }

    /** The report as text: the problems, then the summary. */
    public String text() {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(p.line()).append('\n'));
        long dropped = errors + warnings - problems.size();
        if (dropped > 0) {
            out.append("... and ").append(dropped).append(" more problems\n");
        }
        return out.append(summary()).append('\n').toString();
    }

    /** The report as CSV (row, severity, column, message; the summary last, as a row 0 note), cells made inert. */
    public String csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(out,
                org.apache.commons.csv.CSVFormat.RFC4180)) {
            csv.printRecord("row", "severity", "column", "message");
            for (Problem p : problems) {
                csv.printRecord(p.row(), p.severity().name().toLowerCase(), RecordExport.inert(p.column()),
                        RecordExport.inert(p.message()));
            }
            csv.printRecord("", "summary", "", RecordExport.inert(summary()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Collects problems and counts while an import runs. */
    static final class Builder {
        final List<Problem> problems = new ArrayList<>();
        final Map<String, Long> counts = new LinkedHashMap<>();

        Builder() {
            List.of("persons", "names", "acts", "citations", "places").forEach(k -> counts.put(k, 0L));
        }
        long errors;
        long warnings;
        long rows;

        void error(long row, String column, String message) {
            errors++;
            keep(new Problem(row, Severity.ERROR, column, message));
        }

        void warning(long row, String column, String message) {
            warnings++;
            keep(new Problem(row, Severity.WARNING, column, message));
        }

        void count(String what, long n) {
            counts.merge(what, n, Long::sum);
        }

        private void keep(Problem problem) {
            if (problems.size() < KEPT) {
                problems.add(problem);
            }
        }
    }
}
