package org.dadkhah.importing;

import org.dadkhah.records.ChildList;
import org.dadkhah.records.Field;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.Confidentiality;
import org.jspecify.annotations.Nullable;

/** Checks one value against a field as the API declares it (required, length, enum names), with its messages. */
final class BulkFields {

    private BulkFields() {
    }

    static Field field(RecordType type, String json) {
        return type.field(json).orElseThrow(() -> new IllegalStateException(type.name() + " has no field " + json));
    }

    static Field field(ChildList list, String json) {
        return list.fields().stream().filter(f -> f.json().equals(json)).findFirst()
                .orElseThrow(() -> new IllegalStateException(list.json() + " has no field " + json));
    }

    static ChildList children(RecordType type, String json) {
        return type.children().stream().filter(c -> c.json().equals(json)).findFirst()
                .orElseThrow(() -> new IllegalStateException(type.name() + " has no list " + json));
    }

    /** Free text: stripped, at most the field's length; blank is absent. */
    static @Nullable String text(Field field, @Nullable String value, String path) {
        if (absent(field, value, path)) {
            return null;
        }
        if (value.length() > field.maxLength()) {
            throw new RowProblem(path, "At most " + field.maxLength() + " characters");
        }
        return value.strip();
    }

    /** One of the field's enum names; blank is absent. */
    static @Nullable String enumName(Field field, @Nullable String value, String path) {
        if (absent(field, value, path)) {
            return null;
        }
        if (!field.values().contains(value)) {
            throw new RowProblem(path, "Must be one of " + String.join(", ", field.values()));
        }
        return value;
    }

    /** The record's confidentiality (the type's default when absent), which the caller must be allowed to keep. */
    static Confidentiality level(RecordType type, @Nullable String value, Caller caller) {
        Confidentiality level = type.defaultLevel();
        if (value != null && !value.isBlank()) {
            try {
                level = Confidentiality.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw new RowProblem("confidentiality", "Must be one of PUBLIC, INTERNAL, RESTRICTED, SECRET");
            }
        }
        if (!caller.mayRead(level)) {
            throw new RowProblem("confidentiality", "You may not create or keep records at level " + level);
        }
        return level;
    }

    private static boolean absent(Field field, @Nullable String value, String path) {
        if (value == null || value.isBlank()) {
            if (field.required()) {
                throw new RowProblem(path, "Required");
            }
            return true;
        }
        return false;
    }
}
