package org.dadkhah.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.search.SearchService;
import org.dadkhah.security.Caller;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The facets of the search results page in the page's language: record types, statuses and act types by their
 * labels, places and organisations by their names (read through the read layer: one the caller may not see shows as
 * its id alone), years in the calendar they were counted in. Each value links to the same search narrowed to it; a
 * value already chosen links back to the search without it.
 */
@Component
class SearchFacets {

    /** A value of a facet: its label, how many results have it, the link that narrows to it, whether it is chosen. */
    record Value(String label, int count, String href, boolean chosen) {
    }

    /** A facet: its label and values. */
    record Facet(String label, List<Value> values) {
    }

    /** The search parameter each facet narrows by. */
    private static final Map<String, String> PARAMETERS = Map.of("type", "type", "status", "status", "place", "place",
            "organisation", "organisation", "actType", "actType", "yearGregorian", "year", "yearSolarHijri", "year");

    private final Display display;
    private final RecordLabels labels;
    private final RecordTypes types;

    SearchFacets(Display display, RecordLabels labels, RecordTypes types) {
        this.display = display;
        this.labels = labels;
        this.types = types;
    }

    /** The facets of {@code result}; {@code chosen} holds the search's parameters ({@code q}, type and filters). */
    List<Facet> of(SearchService.Result result, Map<String, String> chosen, Caller caller) {
        List<Facet> facets = new ArrayList<>();
        result.facets().forEach((key, counts) -> {
            String parameter = PARAMETERS.get(key);
            if (parameter == null || counts.isEmpty()) {
                return;
            }
            Map<String, String> names = names(key, counts.keySet(), caller);
            List<Value> values = new ArrayList<>();
            counts.forEach((value, count) -> {
                boolean isChosen = value.equals(chosen.get(parameter));
                values.add(new Value(names.getOrDefault(value, value), count,
                        href(chosen, parameter, isChosen ? null : value), isChosen));
            });
            facets.add(new Facet(display.message("search.facet." + key), values));
        });
        return facets;
    }

    private Map<String, String> names(String key, Iterable<String> values, Caller caller) {
        Map<String, String> names = new LinkedHashMap<>();
        switch (key) {
            case "type" -> values.forEach(v -> types.byName(v)
                    .ifPresent(t -> names.put(v, display.message("type." + t.path()))));
            case "status" -> values.forEach(v -> names.put(v, display.value(v)));
            case "actType" -> values.forEach(v -> names.put(v, display.term("ACT_TYPE", v)));
            case "place", "organisation" -> {
                List<UUID> ids = new ArrayList<>();
                values.forEach(v -> {
                    try {
                        ids.add(UUID.fromString(v));
                    } catch (IllegalArgumentException e) {
                        names.put(v, v);
                    }
                });
                labels.of(types.require(key.equals("place") ? "places" : "organisations"), ids, caller)
                        .forEach((id, label) -> names.put(id.toString(), label));
            }
            default -> values.forEach(v -> names.put(v, display.digits(v)));
        }
        return names;
    }

    /** The search with {@code parameter} set to {@code value} (or removed when null), from the first page. */
    static String href(Map<String, String> chosen, String parameter, @org.jspecify.annotations.Nullable String value) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
        Map<String, String> next = new LinkedHashMap<>(chosen);
        next.remove(parameter);
        if (value != null) {
            next.put(parameter, value);
        }
        next.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
        return uri.encode().buildAndExpand(next).toUriString();
    }
}
