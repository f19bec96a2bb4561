package org.dadkhah.estimate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.Confidentiality;
import org.jspecify.annotations.Nullable;

/**
 * Computes a run for {@link EstimateRuns}: builds the table (from the database, per stratum, or from the upload),
 * refuses work the server should not take on, and runs the estimators.
 */
final class RunComputation {

    /**
     * Most LCMCR work one request may ask for ({@link LcmcrSettings#work}): about five minutes of computing on
     * two cores. The defaults on a four-list table need about a hundredth of it.
     */
    static final long MAX_LCMCR_WORK = 100_000_000_000L;

    private final EstimateTables tables;

    RunComputation(EstimateTables tables) {
        this.tables = tables;
    }

    /**
     * What a computation produced, before it is stored.
     *
     * @param table the table used, as CSV text
     * @param lists the lists, with their sources and sizes
     * @param report the estimates
     * @param level the most confidential level of anything counted
     * @param linkage what record linkage did to the table (null for an uploaded table)
     */
    record Computed(String table, List<RunStatement.ListLine> lists, EstimateReport report,
                    Confidentiality level, EstimateTables.@Nullable Linkage linkage) {
    }

    Computed compute(EstimateRequest request, Caller caller) {
        try {
            if (request.fromDatabase() && !request.strata().isEmpty()) {
                return computeStrata(request, caller);
            }
            if (request.fromDatabase()) {
                EstimateTables.Built built = tables.build(request, caller);
                List<RunStatement.ListLine> lists = built.lists().stream()
                        .map(l -> new RunStatement.ListLine(l.name(), l.source(), l.size())).toList();
                StratifiedTable table = new StratifiedTable(built.history().lists(), Map.of("all", built.history()));
                affordable(request.settings(), table);
                return new Computed(TableText.write(table, null), lists,
                        Estimators.run(built.history(), request.settings()), built.level(), built.linkage());
            }
            StratifiedTable table = TableText.read(request.table(), request.strataColumn());
            affordable(request.settings(), table);
            CaptureHistory pooled = table.pooled();
            List<RunStatement.ListLine> lists = listLines(pooled, Collections.nCopies(pooled.listCount(), null));
            EstimateReport report = request.strataColumn() == null ? Estimators.run(pooled, request.settings())
                    : Estimators.runStratified(table, request.settings());
            return new Computed(TableText.write(table, request.strataColumn()), lists, report,
                    Confidentiality.INTERNAL, null);
        } catch (CaptureHistoryException e) {
            throw InvalidRecordException.of("table", e.getMessage());
        } catch (EstimateNotAvailableException e) {
            throw InvalidRecordException.of("method", e.getMessage());
        }
    }

    private Computed computeStrata(EstimateRequest request, Caller caller) {
        EstimateTables.BuiltStrata built = tables.buildStrata(request, caller);
        Map<String, CaptureHistory> strata = new LinkedHashMap<>();
        Confidentiality level = Confidentiality.PUBLIC;
        long linkedRecords = 0;
        long linkedPersons = 0;
        long pending = 0;
        for (Map.Entry<String, EstimateTables.Built> e : built.strata().entrySet()) {
            strata.put(e.getKey(), e.getValue().history());
            level = EstimateTables.max(level, e.getValue().level());
            linkedRecords += e.getValue().linkage().linkedRecords();
            linkedPersons += e.getValue().linkage().linkedPersons();
            pending = e.getValue().linkage().pendingReview();
        }
        EstimateTables.Built first = built.strata().values().iterator().next();
        StratifiedTable table = new StratifiedTable(first.history().lists(), strata);
        affordable(request.settings(), table);
        List<RunStatement.ListLine> lists = listLines(table.pooled(),
                first.lists().stream().map(EstimateTables.ListInfo::source).toList());
        EstimateReport report = Estimators.runStratified(table, request.settings());
        if (built.overlap() > 0) {
            report = report.withWarning(built.overlap() + " counted person(s) fall in more than one stratum and are "
                    + "counted in each, so the sum over strata counts them more than once");
        }
        return new Computed(TableText.write(table, EstimateTables.STRATUM_COLUMN), lists, report, level,
                new EstimateTables.Linkage(linkedRecords, linkedPersons, pending));
    }

    /** @return one line per list of the table: its name, its source (null when uploaded) and its size */
    private static List<RunStatement.ListLine> listLines(CaptureHistory pooled, List<@Nullable UUID> sources) {
        List<RunStatement.ListLine> lines = new ArrayList<>();
        for (int j = 0; j < pooled.listCount(); j++) {
            lines.add(new RunStatement.ListLine(pooled.lists().get(j), sources.get(j), pooled.listSize(j)));
        }
        return lines;
    }

    /** Refuses LCMCR runs that would tie up the server for longer than {@link #MAX_LCMCR_WORK} allows. */
    private static void affordable(EstimateSettings settings, StratifiedTable table) {
        EstimateSettings.Method m = settings.method();
        if (m != EstimateSettings.Method.LCMCR && m != EstimateSettings.Method.ALL) {
            return;
        }
        long work = 0;
        for (CaptureHistory stratum : table.strata().values()) {
            work += settings.lcmcr().work(stratum);
        }
        if (work > MAX_LCMCR_WORK) {
            throw InvalidRecordException.of("lcmcr", String.format(Locale.ROOT, "LCMCR with these "
                    + "settings could take about %d minutes on this table (%d lists); lower chains, samples, "
                    + "maxSamples or thinning, merge small lists, or run it with ./dadkhah estimate",
                    Math.round(work * 3e-9 / 2 / 60), table.lists().size()));
        }
    }
}
