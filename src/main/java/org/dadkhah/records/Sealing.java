package org.dadkhah.records;

import java.util.Map;
import java.util.UUID;
import org.dadkhah.security.Sealer;
import org.springframework.stereotype.Component;

/**
 * Encrypts a record's sealed fields before they are written and opens them for reading. Each value is bound to its
 * table, column and record id, so a ciphertext copied into another record (or column) does not open there. Values
 * sealed before record binding existed ({@code tink1:}) open with their table and column alone.
 */
@Component
class Sealing {

    private final Sealer sealer;

    Sealing(Sealer sealer) {
        this.sealer = sealer;
    }

    /** Encrypts the plain sealed values in {@code columns} for record {@code id}; a placeholder keeps the stored value. */
    void seal(RecordType type, Map<String, Object> columns, UUID id) {
        for (Field field : type.fields()) {
            if (field.kind() != Field.Kind.SEALED || !(columns.get(field.column()) instanceof String text)) {
                continue;
            }
            if (text.equals(RecordReader.SEALED_PLACEHOLDER)) {
                columns.remove(field.column());
            } else {
                columns.put(field.column(), sealer.sealBound(text, context(type.table(), field.column(), id)));
            }
        }
    }

    /** What a reader sees of a stored value that does not open for its record (moved from elsewhere, or altered). */
    static final String UNREADABLE = "[unreadable]";

    /** The plain text of a stored sealed value of record {@code id}. */
    String open(String table, String column, UUID id, String stored) {
        return Sealer.isBound(stored) ? sealer.open(stored, context(table, column, id))
                : sealer.open(stored, table + "." + column);
    }

    /**
     * The plain text for a reader, or {@link #UNREADABLE} when the value does not open for this record: the key is
     * checked at every start, so such a value was copied from another record or altered, and must not be shown.
     */
    String openForReader(String table, String column, UUID id, String stored) {
        try {
            return open(table, column, id, stored);
        } catch (Sealer.WrongKeyException e) {
            log.warn("A sealed value of {}.{} in record {} does not open for that record (copied or altered)",
                    table, column, id);
            return UNREADABLE;
        }
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Sealing.class);

    /** Re-encrypts a stored value with the current primary key, bound to its record. */
    String reseal(String table, String column, UUID id, String stored) {
        return sealer.sealBound(open(table, column, id, stored), context(table, column, id));
    }

    private static String context(String table, String column, UUID id) {
        return table + "." + column + "#" + id;
    }
}
