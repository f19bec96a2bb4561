package org.dadkhah.records;

import java.util.List;
import java.util.UUID;

/**
 * Records were written by the bulk path ({@code BulkImport}), which publishes no {@link RecordChanged} per row.
 * Published inside each batch's transaction, so that listeners registered with the event publication registry
 * learn of every committed batch (and of none that was rolled back).
 *
 * @param type the records' type name ({@code person}, {@code act})
 * @param ids the new records
 * @param persons the persons the new records are about (for acts: their victims), or empty
 */
public record RecordsImported(String type, List<UUID> ids, List<UUID> persons) {

    public RecordsImported {
        ids = List.copyOf(ids);
        persons = List.copyOf(persons);
    }
}
