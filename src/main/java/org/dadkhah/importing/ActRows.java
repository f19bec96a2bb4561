package org.dadkhah.importing;

import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.Field;
import org.dadkhah.records.Ids;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.Confidentiality;
import org.dadkhah.shared.InvalidPartialDateException;
import org.dadkhah.shared.PartialDate;

/**
 * Checks act rows against the {@code acts} record type as the API declares it: the type against the
 * {@code ACT_TYPE} terms read once, the victim as a UUID (its existence is checked by the writer), the date as a
 * partial date; renders {@code act} rows.
 */
final class ActRows {

    private final RecordType type;
    private final Field actType;
    private final Set<String> actTypes;
    private final Caller caller;

    ActRows(RecordType acts, Set<String> actTypes, Caller caller) {
        this.type = acts;
        this.actType = BulkFields.field(acts, "type");
        this.actTypes = actTypes;
        this.caller = caller;
    }

    BulkBatch batch(long firstRow) {
        return new BulkBatch("acts", firstRow, new CopyText("act", "id, confidentiality, type, victim_id, date_text, "
                + "date_calendar, date_precision, date_earliest, date_latest, created_by, updated_by"));
    }

    /** Checks the row and adds it to the batch; returns the new act's id. */
    UUID add(BulkBatch batch, BulkRows.Act row) {
        Confidentiality level = BulkFields.level(type, row.confidentiality(), caller);
        String code = row.type();
        if (code == null || code.isBlank()) {
            throw new RowProblem("type", "Required");
        }
        if (!actTypes.contains(code)) {
            throw new RowProblem("type", "Unknown term of vocabulary " + actType.target() + ": " + code);
        }
        if (row.victim() == null || row.victim().isBlank()) {
            throw new RowProblem("victim", "Required");
        }
        UUID victim;
        try {
            victim = UUID.fromString(row.victim());
        } catch (IllegalArgumentException e) {
            throw new RowProblem("victim", "Must be a UUID");
        }
        PartialDate date = null;
        if (row.date() != null && !row.date().isBlank()) {
            try {
                date = PartialDate.parse(row.date());
            } catch (InvalidPartialDateException e) {
                throw new RowProblem("date", e.getMessage());
            }
        }
        UUID id = Ids.next();
        CopyText acts = batch.tables.get(0);
        acts.add(id).add(level.name()).add(code).add(victim);
        if (date == null) {
            acts.add(null).add(null).add(null).add(null).add(null);
        } else {
            acts.add(date.text()).add(date.calendar().name()).add(date.precision().name()).add(date.earliest())
                    .add(date.latest());
        }
        acts.add(caller.username()).add(caller.username()).endRow();
        batch.victims.add(victim);
        return id;
    }
}
