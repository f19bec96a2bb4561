package org.dadkhah.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RelatedRecords;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * A place's page with a map (Leaflet): the place and the places within it that the caller may see, as markers. Tiles
 * come from the setting {@code dadkhah.map.tiles} (empty: none); with no tiles the markers still show on the bundled
 * outline of Iran (Natural Earth).
 */
@Controller
class PlacePage {

    private final RecordTypes types;
    private final RecordQueries queries;
    private final RelatedRecords related;
    private final RecordPages pages;
    private final RecordLabels labels;
    private final JsonMapper json;
    private final String tiles;

    PlacePage(RecordTypes types, RecordQueries queries, RelatedRecords related, RecordPages pages, RecordLabels labels, JsonMapper json,
            @Value("${dadkhah.map.tiles:}") String tiles) {
        this.types = types;
        this.queries = queries;
        this.related = related;
        this.pages = pages;
        this.labels = labels;
        this.json = json;
        this.tiles = tiles;
    }

    @GetMapping("/places" + RecordPages.ID)
    @Transactional
    String place(@PathVariable UUID id, Model model) {
        Caller caller = CurrentCaller.require();
        RecordType places = types.require("places");
        Map<String, Object> place = queries.get(places, id, caller);
        pages.show(places, place, model);
        List<Map<String, Object>> shown = new ArrayList<>();
        shown.add(place);
        List<Map<String, Object>> within = related.related(places, "parent_id", id, caller);
        shown.addAll(within);
        Map<String, Object> located = located(place) ? place : locatedAncestor(places, place, caller);
        if (located != place) {
            model.addAttribute("shownAt", located == null ? null : labels.label(places, located));
            model.addAttribute("unlocated", located == null);
            if (located != null) {
                shown.add(located);
            }
        }
        ArrayNode markers = json.createArrayNode();
        for (Map<String, Object> p : shown) {
            if (located(p)) {
                markers.addObject().put("lat", ((Number) p.get("latitude")).doubleValue())
                        .put("lon", ((Number) p.get("longitude")).doubleValue())
                        .put("label", labels.label(places, p)).put("href", "/places/" + p.get("id"));
            }
        }
        model.addAttribute("markers", markers.toString());
        model.addAttribute("tiles", tiles);
        model.addAttribute("within", within.stream().map(p -> Map.of("href", "/places/" + p.get("id"),
                "label", labels.label(places, p))).toList());
        return "place";
    }

    /**
     * The nearest place the caller may see that {@code place} is part of (its parent, the parent's parent...) with
     * coordinates: where the map shows a place whose own were not recorded (a prison "not named in the source" in a
     * city); null when there is none.
     */
    private @Nullable Map<String, Object> locatedAncestor(RecordType places, Map<String, Object> place, Caller caller) {
        Set<Object> seen = new HashSet<>();
        Map<String, Object> current = place;
        while (current.get("parent") instanceof UUID parent && seen.add(parent)) {
            current = queries.getAll(places, List.of(parent), caller, false).get(parent);
            if (current == null) {
                return null;
            }
            if (located(current)) {
                return current;
            }
        }
        return null;
    }

    private static boolean located(Map<String, Object> place) {
        return place.get("latitude") instanceof Number && place.get("longitude") instanceof Number;
    }
}
