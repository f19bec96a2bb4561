package org.dadkhah.records;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A list of child rows owned by a record (a person's names), stored in its own table with {@code parent_id} and
 * {@code position}, replaced whole on every update.
 *
 * @param derived computes extra columns (e.g. a name's match key) from a row's validated column values
 */
public record ChildList(String json, String table, List<Field> fields, int minItems,
        Function<Map<String, Object>, Map<String, Object>> derived) {

    public static ChildList of(String json, String table, List<Field> fields) {
        return new ChildList(json, table, fields, 0, row -> Map.of());
    }

    /** The same list, requiring at least {@code count} items. */
    public ChildList atLeast(int count) {
        return new ChildList(json, table, fields, count, derived);
    }

    /** The same list, with computed columns. */
    public ChildList deriving(Function<Map<String, Object>, Map<String, Object>> computed) {
        return new ChildList(json, table, fields, minItems, computed);
    }
}
