package org.dadkhah.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.dadkhah.records.ChildList;
import org.dadkhah.records.Field;
import org.dadkhah.records.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed between two stored states of a record (as its history keeps them), field by field in the record type's
 * order, each value as the record's own page shows it: enumeration and vocabulary labels, dates in both calendars,
 * references by label (the id alone for a record the reader may not see), child lists item by item.
 */
@Component
class HistoryChanges {

    /** One changed field: its message key and its value before and after, as shown. */
    record Change(String field, String before, String after) {
    }

    private static final Pattern UUID_TEXT = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

    private final RecordViews views;
    private final Display display;
    private final JsonMapper json;

    HistoryChanges(RecordViews views, Display display, JsonMapper json) {
        this.views = views;
        this.display = display;
        this.json = json;
    }

    /** A stored state as a representation: the history's JSON with ids as ids; empty for none (before a creation). */
    Map<String, Object> state(RecordType type, @Nullable JsonNode stored) {
        if (stored == null || !stored.isObject()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> state = json.convertValue(stored, LinkedHashMap.class);
        ids(type.fields(), state);
        for (ChildList list : type.children()) {
            RecordLabels.list(state.get(list.json())).forEach(item -> ids(list.fields(), item));
        }
        return state;
    }

    /** The fields that differ between two states (from {@link #state}), with {@code refs} the labels of their ids. */
    List<Change> between(RecordType type, Map<String, Object> before, Map<String, Object> after,
            Map<UUID, String> refs) {
        List<Change> changes = new ArrayList<>();
        add(changes, "record.confidentiality", level(before), level(after));
        for (Field field : type.fields()) {
            add(changes, "field." + field.json(), shown(field, before, refs), shown(field, after, refs));
        }
        for (ChildList list : type.children()) {
            add(changes, "field." + list.json(), items(list, before, refs), items(list, after, refs));
        }
        return changes;
    }

    private static void add(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
    }

    private String level(Map<String, Object> state) {
        return state.get("confidentiality") == null ? "" : display.value(state.get("confidentiality"));
    }

    private String shown(Field field, Map<String, Object> state, Map<UUID, String> refs) {
        return state.isEmpty() ? "" : views.cells(List.of(field), state, refs).get(0).text();
    }

    /** A child list's items, each as its values joined by " · ", one after the other. */
    private String items(ChildList list, Map<String, Object> state, Map<UUID, String> refs) {
        List<String> items = new ArrayList<>();
        for (Map<String, Object> item : RecordLabels.list(state.get(list.json()))) {
            items.add(String.join(" · ", views.cells(list.fields(), item, refs).stream().map(Shown::text)
                    .filter(text -> !text.isBlank()).toList()));
        }
        return String.join("; ", items);
    }

    private static void ids(List<Field> fields, Map<String, Object> values) {
        for (Field field : fields) {
            if ((field.kind() == Field.Kind.REF || field.kind() == Field.Kind.UUID)
                    && values.get(field.json()) instanceof String text && UUID_TEXT.matcher(text).matches()) {
                values.put(field.json(), UUID.fromString(text));
            }
        }
    }
}
