package org.dadkhah.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One batch of validated rows, rendered as COPY text for each table it writes, with what the writer must check. */
final class BulkBatch {

    final String what;
    final long firstRow;
    long lastRow;
    final List<CopyText> tables;
    /** For acts: each row's victim, checked against soft-deleted persons and named if the database refuses one. */
    final List<UUID> victims = new ArrayList<>();
    /** The new records' ids, for the {@code RecordsImported} event of the batch. */
    final List<UUID> ids = new ArrayList<>();

    BulkBatch(String what, long firstRow, CopyText... tables) {
        this.what = what;
        this.firstRow = firstRow;
        this.lastRow = firstRow - 1;
        this.tables = List.of(tables);
    }

    long size() {
        return lastRow - firstRow + 1;
    }

    BulkImportException refuse(long row, String field, String problem) {
        return new BulkImportException(what, row, field, problem, firstRow);
    }

    /** The audit entry's detail. */
    String detail() {
        StringBuilder detail = new StringBuilder(what).append(" rows ").append(firstRow).append(" to ").append(lastRow);
        tables.forEach(t -> detail.append("; ").append(t.rows()).append(" ").append(t.table()).append(" rows"));
        return detail.toString();
    }
}
