package org.dadkhah.records;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Visibility;
import org.dadkhah.shared.Confidentiality;
import org.jspecify.annotations.Nullable;

/**
 * A kind of record served under {@code /api/v1/{path}}, declared by the module that owns it.
 *
 * @param path the URL segment, plural ({@code persons})
 * @param name the singular name used in citations and history ({@code person})
 * @param readFilter an extra condition (beyond {@link Visibility}) on which rows a caller may read, or null
 * @param sealedPolicy whether a caller may see a row's sealed (encrypted) fields in clear
 */
public record RecordType(String path, String name, String table, List<Field> fields, List<ChildList> children,
        Confidentiality defaultLevel, List<RecordRule> rules,
        @Nullable Function<Caller, Visibility.Condition> readFilter,
        BiPredicate<Map<String, Object>, Caller> sealedPolicy) {

    public static RecordType of(String path, String name, String table, Confidentiality defaultLevel,
            List<Field> fields) {
        return new RecordType(path, name, table, fields, List.of(), defaultLevel, List.of(), null,
                (row, caller) -> Visibility.maySeeSealed(caller, (String) row.get("created_by")));
    }

    /** The same type with child lists. */
    public RecordType withChildren(ChildList... lists) {
        return new RecordType(path, name, table, fields, List.of(lists), defaultLevel, rules, readFilter, sealedPolicy);
    }

    /** The same type with cross-field rules. */
    public RecordType withRules(RecordRule... checks) {
        return new RecordType(path, name, table, fields, children, defaultLevel, List.of(checks), readFilter,
                sealedPolicy);
    }

    /** The same type with an extra read condition on the table aliased {@code t}. */
    public RecordType withReadFilter(Function<Caller, Visibility.Condition> filter) {
        return new RecordType(path, name, table, fields, children, defaultLevel, rules, filter, sealedPolicy);
    }

    /** The same type with its own rule for who sees sealed fields in clear. */
    public RecordType withSealedPolicy(BiPredicate<Map<String, Object>, Caller> policy) {
        return new RecordType(path, name, table, fields, children, defaultLevel, rules, readFilter, policy);
    }

    /** The read condition for {@code caller}: {@link Visibility#readable} and this type's own filter. */
    public Visibility.Condition readable(Caller caller, String alias) {
        return withOwnFilter(Visibility.readable(caller, alias), caller);
    }

    /** {@link Visibility#readableParts}, each part with this type's own filter: their union is {@link #readable}. */
    public Visibility.Parts readableParts(Caller caller, String alias) {
        Visibility.Parts parts = Visibility.readableParts(caller, alias);
        return new Visibility.Parts(withOwnFilter(parts.atLevels(), caller), withOwnFilter(parts.sharedBeyond(), caller));
    }

    /** The count condition for {@code caller}: {@link Visibility#countable} and this type's own filter. */
    public Visibility.Condition countable(Caller caller, String alias) {
        return withOwnFilter(Visibility.countable(caller, alias), caller);
    }

    private Visibility.Condition withOwnFilter(Visibility.Condition base, Caller caller) {
        if (readFilter == null) {
            return base;
        }
        Visibility.Condition extra = readFilter.apply(caller);
        List<Object> params = new java.util.ArrayList<>(base.params());
        params.addAll(extra.params());
        return new Visibility.Condition("(" + base.sql() + " and " + extra.sql() + ")", params);
    }

    public Optional<Field> field(String json) {
        return fields.stream().filter(f -> f.json().equals(json)).findFirst();
    }
}
