package org.dadkhah.estimate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/** Capture-history tables as CSV text: written for storage with a run, read from an uploaded table. */
final class TableText {

    private TableText() {
    }

    /**
     * @param table the strata (one stratum and no stratum column for an unstratified table)
     * @param strataColumn the name of the stratum column, or null to write the pooled table
     * @return CSV with one 0/1 column per list, the stratum column when given, and {@code count}; one row per
     *     observed pattern, in pattern order
     */
    static String write(StratifiedTable table, @Nullable String strataColumn) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            List<String> header = new ArrayList<>(table.lists());
            if (strataColumn != null) {
                header.add(strataColumn);
            }
            header.add(CaptureHistoryCsv.COUNT_COLUMN);
            csv.printRecord(header);
            Map<String, CaptureHistory> strata = strataColumn == null ? Map.of("all", table.pooled())
                    : table.strata();
            for (Map.Entry<String, CaptureHistory> e : strata.entrySet()) {
                for (CaptureHistory.PatternCount row : e.getValue().rows()) {
                    List<String> cells = new ArrayList<>();
                    row.inList().forEach(in -> cells.add(in ? "1" : "0"));
                    if (strataColumn != null) {
                        cells.add(e.getKey());
                    }
                    cells.add(Long.toString(row.count()));
                    csv.printRecord(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * @param text uploaded CSV text
     * @param strataColumn the stratum column, or null
     * @return the strata
     * @throws CaptureHistoryException if the table is malformed
     */
    static StratifiedTable read(String text, @Nullable String strataColumn) {
        try {
            return CaptureHistoryCsv.readStrata(new StringReader(text), strataColumn);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new CaptureHistoryException("cannot parse the table: " + e.getMessage());
        } catch (CaptureHistoryException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new CaptureHistoryException("cannot parse the table: " + e.getMessage());
        }
    }
}
