package org.dadkhah.importing;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.Confidentiality;
import org.jspecify.annotations.Nullable;

/**
 * Receives a list's table for {@link ListImport}: resolves the header against the mapping, checks each row, hands
 * full batches to the writer, and stops rendering (but goes on checking) at the first error.
 */
final class ListSink implements TableReader.Sink {
    private final ListMapping mapping;
    private final ImportReport.Builder report;
    private final ListWriter writer;
    private final ListPlaces places;
    private final Map<String, RecordType> byPath;
    private final UUID source;
    private final Confidentiality listLevel;
    private final Confidentiality personLevel;
    private final Caller caller;
    private final ListImport imports;
    private final ImportListener listener;
    private @Nullable ListRows rows;
    private @Nullable BulkBatch batch;

    ListSink(ListMapping mapping, ImportReport.Builder report, ListWriter writer, ListPlaces places,
            Map<String, RecordType> byPath, UUID source, Confidentiality listLevel, Confidentiality personLevel,
            Caller caller, ListImport imports, ImportListener listener) {
        this.imports = imports;
        this.listener = listener;
        this.mapping = mapping;
        this.report = report;
        this.writer = writer;
        this.places = places;
        this.byPath = byPath;
        this.source = source;
        this.listLevel = listLevel;
        this.personLevel = personLevel;
        this.caller = caller;
    }

    @Override
    public void header(List<String> names) {
        listener.header(names);
        ListColumns columns = new ListColumns(names);
        for (String column : mapping.columnsNamed()) {
            if (columns.index(column) == null) {
                report.error(0, column, "No such column in the file (columns: " + String.join(", ", names) + ")");
            }
        }
        Map<String, String> actTypes = imports.actTypes();
        List<ListRows.ActColumns> acts = imports.actColumns(mapping, columns, actTypes, report, caller);
        if (report.errors == 0) {
            rows = new ListRows(columns, mapping, acts, actTypes, places, report, caller, source, listLevel,
                    personLevel, byPath, listener);
            batch = ListRows.batch(1);
        }
    }

    @Override
    public void row(long row, List<String> cells) {
        report.rows++;
        listener.row(row);
        if (rows == null) {
            return;
        }
        if (report.errors > 0) {
            batch = null;
        }
        rows.row(row, cells, batch);
        if (batch != null && batch.tables.get(0).rows() >= ListImport.BATCH) {
            send();
            batch = ListRows.batch(row + 1);
        }
    }

    @Override
    public void broken(long row, String message) {
        report.error(row, "(file)", message);
    }

    void finish() {
        if (report.rows == 0 && report.errors == 0) {
            report.error(0, "(file)", "No data rows under the header");
        }
        if (batch != null && report.errors == 0) {
            send();
        }
    }

    private void send() {
        BulkBatch full = batch;
        List<String> names = List.of("persons", "names", "acts", "citations");
        for (int i = 0; i < names.size(); i++) {
            report.count(names.get(i), full.tables.get(i).rows());
        }
        full.tables.forEach(CopyText::seal);
        writer.copy(full);
    }
}
