package org.dadkhah.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RelatedRecords;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An event's page: its fields, sub-events, acts with their victims, and the figure claims about it side by side, one
 * row per claim with its source and attribution ("killed: 30,000 according to article X, attributed to Y"), never
 * merged into one number.
 */
@Controller
class EventPage {

    private static final int CLAIMS = 500;

    private final RecordTypes types;
    private final RecordQueries queries;
    private final RelatedRecords related;
    private final RecordLabels labels;
    private final RecordPages pages;
    private final Display display;

    EventPage(RecordTypes types, RecordQueries queries, RelatedRecords related, RecordLabels labels, RecordPages pages, Display display) {
        this.types = types;
        this.queries = queries;
        this.related = related;
        this.labels = labels;
        this.pages = pages;
        this.display = display;
    }

    @GetMapping("/events" + RecordPages.ID)
    @Transactional
    String event(@PathVariable UUID id, Model model) {
        Caller caller = CurrentCaller.require();
        RecordType events = types.require("events");
        pages.show(events, queries.get(events, id, caller), model);
        model.addAttribute("subEvents", related.related(events, "parent_id", id, caller).stream()
                .map(e -> link("/events/" + e.get("id"), labels.label(events, e), display.date(e.get("startDetail"))))
                .toList());
        RecordType acts = types.require("acts");
        List<Map<String, Object>> found = related.related(acts, "event_id", id, caller);
        Map<UUID, String> refs = labels.references(acts, found, caller);
        model.addAttribute("acts", found.stream().map(a -> link("/acts/" + a.get("id"),
                display.term("ACT_TYPE", a.get("type")) + " · " + refs.getOrDefault((UUID) a.get("victim"),
                        String.valueOf(a.get("victim"))), display.date(a.get("dateDetail")))).toList());
        RecordType claims = types.require("claims");
        List<Map<String, Object>> about = queries.list(claims, Map.of("subjectType", "EVENT", "subjectId", id.toString()),
                null, CLAIMS, caller).items();
        Map<UUID, String> sources = labels.references(claims, about, caller);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> c : about) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("href", "/claims/" + c.get("id"));
            row.put("counted", display.term("COUNTED", c.get("counted")));
            row.put("figure", figure(c.get("low"), c.get("high")));
            UUID source = (UUID) c.get("source");
            row.put("source", sources.getOrDefault(source, String.valueOf(source)));
            row.put("sourceHref", sources.containsKey(source) ? "/sources/" + source : null);
            row.put("attributedTo", c.get("attributedTo") == null ? "" : c.get("attributedTo"));
            row.put("excerpt", c.get("excerpt") == null ? "" : c.get("excerpt"));
            rows.add(row);
        }
        model.addAttribute("claims", rows);
        return "event";
    }

    private String figure(Object low, Object high) {
        if (low == null && high == null) {
            return "";
        }
        if (low == null || high == null || low.equals(high)) {
            return display.count(low == null ? high : low);
        }
        return display.count(low) + "–" + display.count(high);
    }

    private static Map<String, Object> link(String href, String title, String date) {
        return Map.of("href", href, "title", title, "date", date);
    }
}
