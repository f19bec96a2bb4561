package org.dadkhah.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
    /** Acts in the order they happened (by their first possible day), undated ones last. */
    private static final Comparator<Map<String, Object>> BY_DATE = Comparator.comparing(
            (Map<String, Object> a) -> a.get("dateDetail") instanceof Map<?, ?> d
                    && d.get("earliest") instanceof LocalDate day ? day : null,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final RecordTypes types;
    private final RecordQueries queries;
    private final RelatedRecords related;
    private final RecordLabels labels;
    private final RecordPages pages;
    private final Display display;

    EventPage(RecordTypes types, RecordQueries queries, RelatedRecords related, RecordLabels labels, RecordPages pages,
            Display display) {
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
        model.addAttribute("acts", found.stream().sorted(BY_DATE).map(a -> act(a, refs)).toList());
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

    /** An act of the event: its type linking to it, its victim and place linking to theirs when the reader may see them. */
    private Map<String, Object> act(Map<String, Object> act, Map<UUID, String> refs) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("href", "/acts/" + act.get("id"));
        row.put("type", display.term("ACT_TYPE", act.get("type")));
        UUID victim = (UUID) act.get("victim");
        row.put("victim", refs.get(victim));
        row.put("victimHref", refs.containsKey(victim) ? "/persons/" + victim : null);
        row.put("date", display.date(act.get("dateDetail")));
        UUID place = (UUID) act.get("place");
        row.put("place", place == null ? null : refs.get(place));
        row.put("placeHref", place != null && refs.containsKey(place) ? "/places/" + place : null);
        return row;
    }

    private static Map<String, Object> link(String href, String title, String date) {
        return Map.of("href", href, "title", title, "date", date);
    }
}
