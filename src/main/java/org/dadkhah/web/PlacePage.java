package org.dadkhah.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RelatedRecords;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
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
        ArrayNode markers = json.createArrayNode();
        for (Map<String, Object> p : shown) {
            if (p.get("latitude") instanceof Number lat && p.get("longitude") instanceof Number lon) {
                markers.addObject().put("lat", lat.doubleValue()).put("lon", lon.doubleValue())
                        .put("label", labels.label(places, p)).put("href", "/places/" + p.get("id"));
            }
        }
        model.addAttribute("markers", markers.toString());
        model.addAttribute("tiles", tiles);
        model.addAttribute("within", within.stream().map(p -> Map.of("href", "/places/" + p.get("id"),
                "label", labels.label(places, p))).toList());
        return "place";
    }
}
