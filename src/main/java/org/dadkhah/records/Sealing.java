package org.dadkhah.records;

import java.util.Map;
import org.dadkhah.security.Sealer;
import org.springframework.stereotype.Component;

/** Encrypts a record's sealed fields before they are written. */
@Component
class Sealing {

    private final Sealer sealer;

    Sealing(Sealer sealer) {
        this.sealer = sealer;
    }

    /** Encrypts sealed fields; a placeholder sent back leaves the stored value alone; ciphertext stays as it is. */
    void seal(RecordType type, Map<String, Object> columns) {
        for (Field field : type.fields()) {
            if (field.kind() != Field.Kind.SEALED || !(columns.get(field.column()) instanceof String text)) {
                continue;
            }
            String context = type.table() + "." + field.column();
            if (text.equals(RecordReader.SEALED_PLACEHOLDER)) {
                columns.remove(field.column());
            } else if (!isSealed(text, context)) {
                columns.put(field.column(), sealer.seal(text, context));
            }
        }
    }

    private boolean isSealed(String text, String context) {
        try {
            sealer.open(text, context);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
