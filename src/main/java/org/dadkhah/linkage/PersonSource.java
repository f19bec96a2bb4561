package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.RecordPage;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The persons a caller may read, as linkage records, read only through {@link RecordQueries}: the first name
 * ({@code name}) and the second ({@code other_name}), both compared as full names in either script, the father's
 * name, the birth date, the birthplace with the places that contain it, and the notes.
 */
@Component
class PersonSource {

    static final LinkageConfig CONFIG = LinkageConfig.of("id", fieldTypes());
    private static final int PAGE = 1000;
    private static final int PLACE_DEPTH = 4;

    private final RecordQueries queries;
    private final RecordTypes types;

    PersonSource(RecordQueries queries, RecordTypes types) {
        this.queries = queries;
        this.types = types;
    }

    private static Map<String, FieldType> fieldTypes() {
        Map<String, FieldType> fields = new LinkedHashMap<>();
        fields.put("name", FieldType.FULL_NAME);
        fields.put("other_name", FieldType.FULL_NAME);
        fields.put("father", FieldType.FATHER_NAME);
        fields.put("birth_date", FieldType.DATE);
        fields.put("birthplace", FieldType.PLACE);
        fields.put("notes", FieldType.TEXT);
        return fields;
    }

    RecordType persons() {
        return types.require("persons");
    }

    /** Every person the caller may read (optionally only those matching a name), as linkage records. */
    List<LinkRecord> readable(Caller caller, @Nullable String name) {
        List<Map<String, Object>> all = new ArrayList<>();
        Map<String, String> criteria = name == null || name.isBlank() ? Map.of() : Map.of("name", name);
        UUID after = null;
        do {
            RecordPage page = queries.list(persons(), criteria, after, PAGE, caller);
            all.addAll(page.items());
            after = page.next();
        } while (after != null);
        return records(all, caller);
    }

    /** Linkage records for person representations the caller has read. */
    List<LinkRecord> records(List<Map<String, Object>> persons, Caller caller) {
        Set<UUID> placeIds = new HashSet<>();
        persons.forEach(p -> addId(placeIds, p.get("birthplace")));
        Map<UUID, String> places = placeNames(placeIds, caller);
        List<LinkRecord> out = new ArrayList<>();
        for (Map<String, Object> person : persons) {
            out.add(record(person, places));
        }
        return out;
    }

    private static LinkRecord record(Map<String, Object> person, Map<UUID, String> places) {
        Map<String, String> values = new HashMap<>();
        if (person.get("names") instanceof List<?> names) {
            for (int i = 0; i < Math.min(2, names.size()); i++) {
                if (names.get(i) instanceof Map<?, ?> n && n.get("text") instanceof String text) {
                    values.put(i == 0 ? "name" : "other_name", text);
                }
            }
        }
        putText(values, "father", person.get("fatherName"));
        putText(values, "birth_date", person.get("birthDate"));
        putText(values, "notes", person.get("notes"));
        UUID place = id(person.get("birthplace"));
        if (place != null && places.containsKey(place)) {
            values.put("birthplace", places.get(place));
        }
        return new LinkRecord(String.valueOf(person.get("id")), values);
    }

    private static void putText(Map<String, String> values, String key, @Nullable Object value) {
        if (value instanceof String text && !text.isBlank()) {
            values.put(key, text);
        }
    }

    /** Each place's name followed by its enclosing places' names, as far as the caller may read them. */
    private Map<UUID, String> placeNames(Set<UUID> ids, Caller caller) {
        RecordType placeType = types.require("places");
        Map<UUID, Map<String, Object>> known = new HashMap<>();
        Set<UUID> wanted = new HashSet<>(ids);
        for (int depth = 0; depth < PLACE_DEPTH && !wanted.isEmpty(); depth++) {
            Map<UUID, Map<String, Object>> read = queries.getAll(placeType, wanted, caller, false);
            known.putAll(read);
            wanted = new HashSet<>();
            for (Map<String, Object> place : read.values()) {
                UUID parent = id(place.get("parent"));
                if (parent != null && !known.containsKey(parent)) {
                    wanted.add(parent);
                }
            }
        }
        Map<UUID, String> out = new HashMap<>();
        for (UUID id : ids) {
            List<String> chain = new ArrayList<>();
            UUID current = id;
            while (current != null && known.containsKey(current) && chain.size() < PLACE_DEPTH) {
                Object placeName = known.get(current).get("name");
                chain.add(String.valueOf(placeName).replace(",", " "));
                current = id(known.get(current).get("parent"));
            }
            if (!chain.isEmpty()) {
                out.put(id, String.join(", ", chain));
            }
        }
        return out;
    }

    private static void addId(Set<UUID> ids, @Nullable Object value) {
        UUID id = id(value);
        if (id != null) {
            ids.add(id);
        }
    }

    private static @Nullable UUID id(@Nullable Object value) {
        if (value instanceof UUID uuid) {
            return uuid;
        }
        if (value instanceof Map<?, ?> map) {
            return id(map.get("id"));
        }
        if (value instanceof String text) {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
