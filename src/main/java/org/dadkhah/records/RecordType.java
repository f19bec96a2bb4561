package org.dadkhah.records;

import java.util.List;
import java.util.Optional;
import org.dadkhah.shared.Confidentiality;

/**
 * A kind of record served under {@code /api/v1/{path}}, declared by the module that owns it.
 *
 * @param path the URL segment, plural ({@code persons})
 * @param name the singular name used in citations and history ({@code person})
 */
public record RecordType(String path, String name, String table, List<Field> fields, List<ChildList> children,
        Confidentiality defaultLevel, List<RecordRule> rules) {

    public static RecordType of(String path, String name, String table, Confidentiality defaultLevel,
            List<Field> fields) {
        return new RecordType(path, name, table, fields, List.of(), defaultLevel, List.of());
    }

    /** The same type with child lists. */
    public RecordType withChildren(ChildList... lists) {
        return new RecordType(path, name, table, fields, List.of(lists), defaultLevel, rules);
    }

    /** The same type with cross-field rules. */
    public RecordType withRules(RecordRule... checks) {
        return new RecordType(path, name, table, fields, children, defaultLevel, List.of(checks));
    }

    public Optional<Field> field(String json) {
        return fields.stream().filter(f -> f.json().equals(json)).findFirst();
    }
}
