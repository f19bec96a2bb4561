package org.dadkhah.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.springframework.stereotype.Component;

/**
 * The record types search covers, by the names the API uses ({@code type=person} ...), with the fields that make
 * a hit's title and its dates. Types with a read rule of their own beyond {@code Visibility} (testimonies and
 * their consent) are never indexed: their rule cannot be expressed by levels and shares alone.
 */
@Component
class IndexedTypes {

    /** The searchable types, in the order facets list them. */
    static final List<String> NAMES = List.of("person", "organisation", "place", "event", "source", "claim",
            "proceeding");

    private static final Map<String, List<String>> TITLES = Map.of(
            "organisation", List.of("name", "nameFa"), "place", List.of("name", "nameFa"),
            "event", List.of("title", "titleFa"), "source", List.of("title"), "claim", List.of("statement", "excerpt"),
            "proceeding", List.of("title"));

    private static final Map<String, String> DATES = Map.of("person", "birthDate", "event", "start",
            "source", "date", "claim", "claimDate", "proceeding", "date");

    private final RecordTypes types;

    IndexedTypes(RecordTypes types) {
        this.types = types;
    }

    /** The record type of a searchable type name, if it is one. */
    Optional<RecordType> byName(String name) {
        return NAMES.contains(name) ? types.byName(name).filter(t -> t.readFilter() == null) : Optional.empty();
    }

    List<RecordType> all() {
        return NAMES.stream().map(this::byName).flatMap(Optional::stream).toList();
    }

    RecordType require(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException("Not a searchable type: " + name));
    }

    /** The fields whose first present value is a hit's title (persons: their names). */
    static List<String> titleFields(String type) {
        return TITLES.getOrDefault(type, List.of());
    }

    /** The date field whose year is the type's year facet, or null. */
    static @org.jspecify.annotations.Nullable String dateField(String type) {
        return DATES.get(type);
    }
}
