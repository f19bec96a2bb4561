package org.dadkhah.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records that refer to others (a person's acts, an act's involvements, a record's citations), read with the
 * same read condition and representation as {@link RecordQueries}: part of the one read layer, each method one query
 * for all the records asked about.
 */
@Service
@Transactional
public class RelatedRecords {

    private final RecordRows stored;
    private final Representer representer;

    RelatedRecords(RecordRows stored, Representer representer) {
        this.stored = stored;
        this.representer = representer;
    }

    /** The visible records of {@code type} whose {@code column} equals {@code value}, in id order. */
    public List<Map<String, Object>> related(RecordType type, String column, UUID value, Caller caller) {
        return relatedAll(type, column, List.of(value), caller).get(value);
    }

    /**
     * As {@link #related}, for the records referring to {@code owner}, a representation of {@code ownerType}. When
     * {@code owner} is one that {@link RecordQueries#get} gave the same caller in this transaction, the label of that
     * reference is taken from it, not read again (a person's acts all name the person as their victim); any other map
     * is trusted for its id alone and the label is read as every label is.
     */
    public List<Map<String, Object>> relatedTo(RecordType type, String column, RecordType ownerType,
            Map<String, Object> owner, Caller caller) {
        requireColumn(type, column);
        UUID id = (UUID) owner.get("id");
        return representer.represent(type, stored.visibleWhere(type, caller, "t." + column + " = ?", List.of(id)),
                caller, null, IssuedRepresentations.issuedTo(owner, caller) ? ReferenceLabels.known(ownerType, owner)
                        : Map.of());
    }

    /**
     * The visible records of {@code type} in which any of {@code columns} equals {@code value}, each once, in id order
     * (one query: both sides of a relationship between two persons).
     */
    public List<Map<String, Object>> relatedByAny(RecordType type, List<String> columns, UUID value, Caller caller) {
        columns.forEach(column -> requireColumn(type, column));
        String condition = String.join(" or ", columns.stream().map(c -> "t." + c + " = ?").toList());
        return representer.representAll(type, stored.visibleWhere(type, caller, "(" + condition + ")",
                columns.stream().map(c -> (Object) value).toList()), caller);
    }

    /** For each of {@code values}, the visible records whose {@code column} equals it (one query for all). */
    public Map<UUID, List<Map<String, Object>>> relatedAll(RecordType type, String column, Collection<UUID> values,
            Caller caller) {
        return relatedAll(type, column, values, caller, true);
    }

    /** As {@link #relatedAll(RecordType, String, Collection, Caller)}; without embeds when {@code embeds} is false. */
    public Map<UUID, List<Map<String, Object>>> relatedAll(RecordType type, String column, Collection<UUID> values,
            Caller caller, boolean embeds) {
        return grouped(type, column, values, "", List.of(), caller, embeds, values);
    }

    /** The visible records of {@code type} one of whose {@code childList} items has {@code field} = {@code value}. */
    public List<Map<String, Object>> relatedThroughChild(RecordType type, String childList, String field, UUID value,
            Caller caller) {
        ChildList list = type.children().stream().filter(c -> c.json().equals(childList)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.name() + " has no child list " + childList));
        String column = list.fields().stream().filter(f -> f.json().equals(field) && f.kind() == Field.Kind.REF)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No reference " + field)).column();
        return representer.representAll(type, stored.visibleWhere(type, caller, "exists (select 1 from " + list.table()
                + " c where c.parent_id = t.id and c." + column + " = ?)", List.of(value)), caller);
    }

    /**
     * As {@link #relatedAll(RecordType, String, Collection, Caller, boolean)} without embeds, only the records whose
     * {@code codeColumn} (an enumeration or vocabulary field) holds one of {@code codes}: for a reader that needs a few
     * kinds of related records (the fatal acts among a person's acts) without representing all of them.
     */
    public Map<UUID, List<Map<String, Object>>> relatedAllWith(RecordType type, String column, Collection<UUID> values,
            String codeColumn, Collection<String> codes, Caller caller) {
        requireColumn(type, codeColumn);
        return grouped(type, column, codes.isEmpty() ? List.of() : values, " and t." + codeColumn + " = any(?)",
                List.of((Object) codes.toArray(String[]::new)), caller, false, values);
    }

    /** The records matching {@code values} (none read when empty), grouped under every one of {@code keys}. */
    private Map<UUID, List<Map<String, Object>>> grouped(RecordType type, String column, Collection<UUID> values,
            String extra, List<Object> extraParams, Caller caller, boolean embeds, Collection<UUID> keys) {
        requireColumn(type, column);
        Map<UUID, List<Map<String, Object>>> byValue = new LinkedHashMap<>();
        keys.forEach(v -> byValue.put(v, new ArrayList<>()));
        if (values.isEmpty()) {
            return byValue;
        }
        IdCondition match = IdCondition.of("t." + column, values);
        List<Object> params = new ArrayList<>(List.of(match.param()));
        params.addAll(extraParams);
        List<Map<String, Object>> rows = stored.visibleWhere(type, caller, match.sql() + extra, params);
        List<Map<String, Object>> items = embeds ? representer.representAll(type, rows, caller)
                : representer.plainAll(type, rows, caller);
        for (int i = 0; i < rows.size(); i++) {
            byValue.get((UUID) rows.get(i).get(column)).add(items.get(i));
        }
        return byValue;
    }

    private static void requireColumn(RecordType type, String column) {
        if (type.fields().stream().noneMatch(f -> f.column().equals(column) && f.kind() != Field.Kind.SEALED)) {
            throw new IllegalArgumentException(type.name() + " has no column " + column);
        }
    }
}
