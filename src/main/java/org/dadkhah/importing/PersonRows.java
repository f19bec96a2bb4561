package org.dadkhah.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.ChildList;
import org.dadkhah.records.Field;
import org.dadkhah.records.Ids;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.Confidentiality;

/**
 * Checks person rows against the {@code persons} record type as the API declares it, derives each name's match key
 * and skeleton with the type's own derivation, and renders {@code person} and {@code person_name} rows.
 */
final class PersonRows {

    private final ChildList names;
    private final RecordType type;
    private final Field fatherName;
    private final Field sex;
    private final Field text;
    private final Field script;
    private final Field kind;
    private final Caller caller;

    PersonRows(RecordType persons, Caller caller) {
        this.type = persons;
        this.names = BulkFields.children(persons, "names");
        this.fatherName = BulkFields.field(persons, "fatherName");
        this.sex = BulkFields.field(persons, "sex");
        this.text = BulkFields.field(names, "text");
        this.script = BulkFields.field(names, "script");
        this.kind = BulkFields.field(names, "kind");
        this.caller = caller;
    }

    BulkBatch batch(long firstRow) {
        return new BulkBatch("persons", firstRow,
                new CopyText("person", "id, confidentiality, father_name, sex, status, created_by, updated_by"),
                new CopyText("person_name", "id, parent_id, position, text, script, kind, match_key, skeleton"));
    }

    /** Checks the row and adds it to the batch; returns the new person's id. */
    UUID add(BulkBatch batch, BulkRows.Person row) {
        if (row.names() == null || row.names().size() < names.minItems()) {
            throw new RowProblem("names", "At least " + names.minItems() + " item(s) required");
        }
        Confidentiality level = BulkFields.level(type, row.confidentiality(), caller);
        String father = BulkFields.text(fatherName, row.fatherName(), "fatherName");
        String sexName = BulkFields.enumName(sex, row.sex(), "sex");
        CopyText nameRows = batch.tables.get(1);
        UUID id = Ids.next();
        int position = 0;
        for (BulkRows.Name name : row.names()) {
            String prefix = "names[" + position + "].";
            if (name == null) {
                throw new RowProblem("names[" + position + "]", "Must be an object");
            }
            Map<String, Object> columns = new HashMap<>(4);
            columns.put("text", BulkFields.text(text, name.text(), prefix + "text"));
            columns.put("script", BulkFields.enumName(script, name.script(), prefix + "script"));
            columns.put("kind", BulkFields.enumName(kind, name.kind(), prefix + "kind"));
            Map<String, Object> derived = names.derived().apply(columns);
            nameRows.add(Ids.next()).add(id).add(position++).add(columns.get("text")).add(columns.get("script"))
                    .add(columns.get("kind")).add(derived.get("match_key")).add(derived.get("skeleton")).endRow();
        }
        batch.tables.get(0).add(id).add(level.name()).add(father).add(sexName == null ? "UNKNOWN" : sexName)
                .add("UNKNOWN").add(caller.username()).add(caller.username()).endRow();
        return id;
    }
}
