package org.dadkhah.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordNotFoundException;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's timeline: acts against them (each with who was involved in it), acts they were involved in,
 * proceedings they were party to and posts they held, ordered by date, each with its citations and the labels of
 * its references; only what the caller may see.
 */
@RestController
class TimelineController {

    private final RecordTypes types;
    private final RecordQueries queries;

    TimelineController(RecordTypes types, RecordQueries queries) {
        this.types = types;
        this.queries = queries;
    }

    @GetMapping("/api/v1/persons/{id}/timeline")
    @Transactional
    public Map<String, Object> timeline(@PathVariable UUID id) {
        Caller caller = CurrentCaller.orUnauthorized();
        if (!queries.visible(type("persons"), id, caller)) {
            throw new RecordNotFoundException("person", id);
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        List<Map<String, Object>> suffered = queries.related(type("acts"), "victim_id", id, caller);
        Map<UUID, List<Map<String, Object>>> involved = queries.relatedAll(type("involvements"), "act_id",
                suffered.stream().map(a -> (UUID) a.get("id")).toList(), caller);
        for (Map<String, Object> act : suffered) {
            Map<String, Object> entry = entry("ACT", "date", act);
            entry.put("involvements", involved.get((UUID) act.get("id")));
            entries.add(entry);
        }
        List<Map<String, Object>> involvements = queries.related(type("involvements"), "perpetrator_person_id", id,
                caller);
        Map<UUID, Map<String, Object>> acts = queries.getAll(type("acts"),
                involvements.stream().map(inv -> (UUID) inv.get("act")).distinct().toList(), caller);
        for (Map<String, Object> inv : involvements) {
            Map<String, Object> act = acts.get((UUID) inv.get("act"));
            if (act != null) {
                Map<String, Object> entry = entry("INVOLVEMENT", "date", act);
                entry.put("involvement", inv);
                entries.add(entry);
            }
        }
        queries.relatedThroughChild(type("proceedings"), "parties", "person", id, caller)
                .forEach(p -> entries.add(entry("PROCEEDING", "date", p)));
        queries.related(type("posts"), "person_id", id, caller).forEach(p -> entries.add(entry("POST", "from", p)));
        entries.sort(Comparator.comparing((Map<String, Object> e) -> (LocalDate) e.get("sortDate"),
                Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person", id);
        body.put("entries", entries);
        return body;
    }

    private static Map<String, Object> entry(String kind, String dateField, Map<String, Object> record) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kind", kind);
        entry.put("sortDate", earliest(record.get(dateField + "Detail")));
        entry.put("record", record);
        return entry;
    }

    private static @Nullable LocalDate earliest(@Nullable Object date) {
        return date instanceof Map<?, ?> map && map.get("earliest") instanceof LocalDate d ? d : null;
    }

    private RecordType type(String path) {
        return types.require(path);
    }
}
