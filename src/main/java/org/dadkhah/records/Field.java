package org.dadkhah.records;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field of a record type: its JSON name, its column (or column prefix for partial dates), its kind, and the
 * rules its values must follow.
 *
 * @param target for {@link Kind#REF}: the referenced table; for {@link Kind#VOCAB}: the vocabulary
 * @param values for {@link Kind#ENUM}: the allowed upper-case names
 * @param generated shown in the representation but set only by the system
 */
public record Field(String json, String column, Kind kind, boolean required, @Nullable String target,
        List<String> values, int maxLength, boolean filterable, boolean generated) {

    /** What a field holds. */
    public enum Kind { TEXT, SEALED, INTEGER, DECIMAL, BOOLEAN, ENUM, VOCAB, REF, UUID, DATE }

    public static Field text(String json, String column) {
        return new Field(json, column, Kind.TEXT, false, null, List.of(), 10_000, false, false);
    }

    /** Text encrypted at rest, shown in clear only to callers the record type's sealed policy allows. */
    public static Field sealed(String json, String column) {
        return new Field(json, column, Kind.SEALED, false, null, List.of(), 100_000, false, false);
    }

    public static Field integer(String json, String column) {
        return new Field(json, column, Kind.INTEGER, false, null, List.of(), 0, true, false);
    }

    public static Field decimal(String json, String column) {
        return new Field(json, column, Kind.DECIMAL, false, null, List.of(), 0, false, false);
    }

    public static Field bool(String json, String column) {
        return new Field(json, column, Kind.BOOLEAN, false, null, List.of(), 0, true, false);
    }

    public static Field enumeration(String json, String column, Class<? extends Enum<?>> type) {
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return new Field(json, column, Kind.ENUM, false, null, names, 0, true, false);
    }

    public static Field vocab(String json, String column, String vocabulary) {
        return new Field(json, column, Kind.VOCAB, false, vocabulary, List.of(), 0, true, false);
    }

    public static Field ref(String json, String column, String table) {
        return new Field(json, column, Kind.REF, false, table, List.of(), 0, true, false);
    }

    public static Field uuid(String json, String column) {
        return new Field(json, column, Kind.UUID, false, null, List.of(), 0, true, false);
    }

    public static Field date(String json, String columnPrefix) {
        return new Field(json, columnPrefix, Kind.DATE, false, null, List.of(), 0, false, false);
    }

    /** The same field, required. */
    public Field mandatory() {
        return new Field(json, column, kind, true, target, values, maxLength, filterable, generated);
    }

    /** The same field, with a maximum length in characters. */
    public Field max(int length) {
        return new Field(json, column, kind, required, target, values, length, filterable, generated);
    }

    /** The same field, usable as an exact-match list filter. */
    public Field filtered() {
        return new Field(json, column, kind, required, target, values, maxLength, true, generated);
    }

    /** The same field, shown but never written from a request body (set by the system). */
    public Field systemSet() {
        return new Field(json, column, kind, required, target, values, maxLength, filterable, true);
    }

    /** The table columns this field occupies. */
    public List<String> columns() {
        if (kind == Kind.DATE) {
            return List.of(column + "_text", column + "_calendar", column + "_precision", column + "_earliest",
                    column + "_latest");
        }
        return List.of(column);
    }
}
