package org.dadkhah.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.dadkhah.records.ChildList;
import org.dadkhah.records.Field;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Short labels of records (a person's name in the page's script, a title, a name) and of the records a set of records
 * refers to, read through {@link RecordQueries} with the caller: a reference the caller may not see gets no label.
 */
@Component
class RecordLabels {

    private static final int DESCRIBED_TEXT = 80;

    private final RecordTypes types;
    private final RecordQueries queries;
    private final Display display;

    RecordLabels(RecordTypes types, RecordQueries queries, Display display) {
        this.types = types;
        this.queries = queries;
        this.display = display;
    }

    /** The labels of the records {@code records} refer to that the caller may see, by id. */
    Map<UUID, String> references(RecordType type, Collection<Map<String, Object>> records, Caller caller) {
        return references(type, records, caller, Map.of());
    }

    /**
     * As {@link #references(RecordType, Collection, Caller)}, with the labels the page already has (of records it has
     * read through {@link RecordQueries} with the same caller) given rather than read again.
     */
    Map<UUID, String> references(RecordType type, Collection<Map<String, Object>> records, Caller caller,
            Map<UUID, String> known) {
        Map<String, Set<UUID>> byTable = new LinkedHashMap<>();
        for (Map<String, Object> record : records) {
            collect(type.fields(), record, byTable);
            for (ChildList list : type.children()) {
                if (record.get(list.json()) instanceof List<?> items) {
                    items.forEach(item -> collect(list.fields(), cast(item), byTable));
                }
            }
        }
        Map<UUID, String> labels = new HashMap<>(known);
        byTable.values().forEach(ids -> ids.removeAll(known.keySet()));
        byTable.forEach((table, ids) -> byTable(table).ifPresent(target ->
                queries.getAll(target, ids, caller, false).forEach((id, r) -> labels.put(id, label(target, r)))));
        return labels;
    }

    /** The labels of the records of {@code type} with {@code ids} the caller may see. */
    Map<UUID, String> of(RecordType type, Collection<UUID> ids, Caller caller) {
        Map<UUID, String> labels = new HashMap<>();
        queries.getAll(type, ids, caller, false).forEach((id, r) -> labels.put(id, label(type, r)));
        return labels;
    }

    /**
     * A record's label: a name in the page's script, else its title or name (Persian on Persian pages), its statement,
     * or else what it is, to whom and when (an act: "Execution · Mostafa Salehi · Mordad 1399 (Jul–Aug 2020)"; see
     * {@link #described}).
     */
    String label(RecordType type, Map<String, Object> record) {
        boolean persian = "fa".equals(LocaleContextHolder.getLocale().getLanguage());
        if (record.get("names") instanceof List<?> names && !names.isEmpty()) {
            String wanted = persian ? "PERSIAN" : "LATIN";
            return names.stream().map(RecordLabels::cast).filter(n -> wanted.equals(n.get("script"))).findFirst()
                    .orElse(cast(names.get(0))).get("text").toString();
        }
        for (String field : List.of("title", "name")) {
            Object fa = record.get(field + "Fa");
            if (persian && fa != null) {
                return fa.toString();
            }
            if (record.get(field) != null) {
                return record.get(field).toString();
            }
        }
        if (record.get("statement") != null) {
            return record.get("statement").toString();
        }
        String described = described(type, record);
        return described.isEmpty() ? type.name() + " " + record.get("id").toString().substring(0, 8) : described;
    }

    /**
     * The message key of what {@link #label} gives for records of {@code type}, as a list's first column heading: the
     * name, the title or the statement, or the record itself when it is described by its fields (an act).
     */
    static String labelHeading(RecordType type) {
        if (type.children().stream().anyMatch(c -> c.json().equals("names"))) {
            return "field.name";
        }
        for (String field : List.of("title", "name", "statement")) {
            if (type.field(field).isPresent()) {
                return "field." + field;
            }
        }
        return "list.record";
    }

    /**
     * A record without a name or title told by its first vocabulary term, the label of its first reference that has
     * one (present only when the caller may see that record) and its first date; with none of them, by its first free
     * text (a citation's locator, else its excerpt), cut at {@value #DESCRIBED_TEXT} characters, never for a type that
     * holds sealed fields (a testimony's free texts stay on its own page); empty when it has nothing.
     */
    private String described(RecordType type, Map<String, Object> record) {
        List<String> parts = new ArrayList<>();
        first(type, Field.Kind.VOCAB, f -> record.get(f.json()) != null)
                .ifPresent(f -> parts.add(display.term(f.target(), record.get(f.json()))));
        first(type, Field.Kind.REF, f -> record.get(f.json() + "Label") != null)
                .ifPresent(f -> parts.add(record.get(f.json() + "Label").toString()));
        first(type, Field.Kind.DATE, f -> record.get(f.json() + "Detail") != null)
                .ifPresent(f -> parts.add(display.date(record.get(f.json() + "Detail"))));
        boolean sealed = type.fields().stream().anyMatch(f -> f.kind() == Field.Kind.SEALED);
        if (parts.isEmpty() && !sealed) {
            first(type, Field.Kind.TEXT, f -> !f.filterable() && record.get(f.json()) instanceof String text
                    && !text.isBlank()).map(f -> ((String) record.get(f.json())).strip()).ifPresent(text -> parts.add(
                            text.length() > DESCRIBED_TEXT ? text.substring(0, DESCRIBED_TEXT) + "…" : text));
        }
        return String.join(" · ", parts);
    }

    private static Optional<Field> first(RecordType type, Field.Kind kind, Predicate<Field> present) {
        return type.fields().stream().filter(f -> f.kind() == kind && present.test(f)).findFirst();
    }

    /** The record type kept in {@code table}. */
    Optional<RecordType> byTable(@Nullable String table) {
        return types.all().stream().filter(t -> t.table().equals(table)).findFirst();
    }

    private void collect(List<Field> fields, Map<String, Object> record, Map<String, Set<UUID>> byTable) {
        for (Field field : fields) {
            if (field.kind() == Field.Kind.REF && record.get(field.json()) instanceof UUID id) {
                byTable.computeIfAbsent(field.target(), t -> new LinkedHashSet<>()).add(id);
            } else if (field.kind() == Field.Kind.UUID && record.get(field.json()) instanceof UUID id) {
                referenced(field, record).ifPresent(target ->
                        byTable.computeIfAbsent(target.table(), t -> new LinkedHashSet<>()).add(id));
            }
        }
    }

    /**
     * The record type an id field refers to when a field beside it names that type: a claim's {@code subject} with
     * its {@code subjectType} ({@code PERSON}), a citation's {@code recordId} with its {@code recordType}
     * ({@code person}); empty for an id field without one.
     */
    Optional<RecordType> referenced(Field field, Map<String, Object> record) {
        return typeNamed(record.get(typeFieldOf(field)));
    }

    /** The field that names the record type of an id field: {@code recordType} for {@code recordId}. */
    static String typeFieldOf(Field idField) {
        String json = idField.json();
        return (json.endsWith("Id") ? json.substring(0, json.length() - 2) : json) + "Type";
    }

    /** The record type a stored type name stands for ({@code person}, {@code PERSON}); empty for none. */
    Optional<RecordType> typeNamed(@Nullable Object name) {
        return name instanceof String text ? types.byName(text.toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(@Nullable Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static List<Map<String, Object>> list(@Nullable Object value) {
        List<Map<String, Object>> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> items.add(cast(item)));
        }
        return items;
    }
}
