package org.dadkhah.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts a label (a person's first name, a place's or organisation's name, an event's or source's title) beside each
 * reference of a representation ({@code victim} gets {@code victimLabel}), read with the same visibility as the
 * record itself, one query per referenced type. A reference to a record the caller may not see keeps its id alone.
 * The label is a type's first required text field, or else the first text field of its first required child list.
 */
@Component
class ReferenceLabels {

    /** Suffix of the read-only label companion of a reference field. */
    static final String SUFFIX = "Label";

    private final JdbcClient jdbc;
    private final RecordTypes types;

    ReferenceLabels(JdbcClient jdbc, @Lazy RecordTypes types) {
        this.jdbc = jdbc;
        this.types = types;
    }

    /**
     * Adds the labels to {@code items} (representations of {@code type}), in place; those in {@code known} (by id, of
     * records the caller has read) are taken as given rather than read.
     */
    void label(RecordType type, List<Map<String, Object>> items, Caller caller, Map<UUID, String> known) {
        Map<String, Set<UUID>> wanted = new HashMap<>();
        forEachReference(type, items, (field, holder) -> {
            UUID id = (UUID) holder.get(field.json());
            if (!known.containsKey(id)) {
                wanted.computeIfAbsent(field.target(), t -> new HashSet<>()).add(id);
            }
        });
        Map<UUID, String> labels = new HashMap<>(known);
        wanted.forEach((table, ids) -> tableType(table).ifPresent(target -> labels.putAll(load(target, ids, caller))));
        forEachReference(type, items, (field, holder) -> {
            String label = labels.get((UUID) holder.get(field.json()));
            if (label != null) {
                holder.put(field.json() + SUFFIX, label);
            }
        });
    }

    /**
     * The label of {@code record}, a representation of {@code type} read with the caller, by its id (none when it has
     * no label): the same text {@link #label} reads for a reference to it.
     */
    static Map<UUID, String> known(RecordType type, Map<String, Object> record) {
        Object label = null;
        Optional<Field> own = ownLabel(type);
        if (own.isPresent()) {
            label = record.get(own.get().json());
        } else {
            Optional<ChildList> list = labelList(type);
            Optional<Field> text = list.flatMap(ReferenceLabels::labelText);
            if (text.isPresent() && record.get(list.get().json()) instanceof List<?> items && !items.isEmpty()
                    && items.get(0) instanceof Map<?, ?> first) {
                label = first.get(text.get().json());
            }
        }
        return label instanceof String text ? Map.of((UUID) record.get("id"), text) : Map.of();
    }

    private static Optional<Field> ownLabel(RecordType type) {
        return type.fields().stream().filter(f -> f.kind() == Field.Kind.TEXT && f.required() && !f.generated())
                .findFirst();
    }

    private static Optional<ChildList> labelList(RecordType type) {
        return type.children().stream().filter(c -> c.minItems() > 0).findFirst();
    }

    private static Optional<Field> labelText(ChildList list) {
        return list.fields().stream().filter(f -> f.kind() == Field.Kind.TEXT).findFirst();
    }

    private interface ReferenceVisitor {
        void visit(Field field, Map<String, Object> holder);
    }

    @SuppressWarnings("unchecked")
    private static void forEachReference(RecordType type, List<Map<String, Object>> items, ReferenceVisitor visitor) {
        for (Map<String, Object> item : items) {
            visitRefs(type.fields(), item, visitor);
            for (ChildList list : type.children()) {
                if (item.get(list.json()) instanceof List<?> children) {
                    children.forEach(child -> visitRefs(list.fields(), (Map<String, Object>) child, visitor));
                }
            }
        }
    }

    private static void visitRefs(List<Field> fields, Map<String, Object> holder, ReferenceVisitor visitor) {
        for (Field field : fields) {
            if (field.kind() == Field.Kind.REF && holder.get(field.json()) instanceof UUID) {
                visitor.visit(field, holder);
            }
        }
    }

    private Optional<RecordType> tableType(@Nullable String table) {
        return types.all().stream().filter(t -> t.table().equals(table)).findFirst();
    }

    private Map<UUID, String> load(RecordType type, Set<UUID> ids, Caller caller) {
        Map<UUID, String> labels = new LinkedHashMap<>();
        Optional<Field> own = ownLabel(type);
        Visibility.Condition v = type.readable(caller, "t");
        List<Object> params = new ArrayList<>(v.params());
        IdCondition id = IdCondition.of("t.id", ids);
        params.add(id.param());
        String where = " where t.deleted_at is null and " + v.sql() + " and " + id.sql();
        if (own.isPresent()) {
            jdbc.sql("select t.id, t." + own.get().column() + " as label from " + type.table() + " t" + where)
                    .params(params).query().listOfRows()
                    .forEach(row -> labels.put((UUID) row.get("id"), (String) row.get("label")));
            return labels;
        }
        Optional<ChildList> list = labelList(type);
        Optional<Field> text = list.flatMap(ReferenceLabels::labelText);
        if (list.isPresent() && text.isPresent()) {
            jdbc.sql("select distinct on (t.id) t.id, c." + text.get().column() + " as label from " + type.table()
                            + " t join " + list.get().table() + " c on c.parent_id = t.id" + where
                            + " order by t.id, c.position")
                    .params(params).query().listOfRows()
                    .forEach(row -> labels.put((UUID) row.get("id"), (String) row.get("label")));
        }
        return labels;
    }
}
