package org.dadkhah.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The overview: how many records of each type the caller may see, and the events whose figure claims disagree
 * (the claims the caller may see about an event, on the same thing counted, with different figures).
 */
@Controller
class HomePage {

    private static final int CLAIMS_READ = 500;

    private final RecordTypes types;
    private final RecordQueries queries;
    private final RecordLabels labels;

    HomePage(RecordTypes types, RecordQueries queries, RecordLabels labels) {
        this.types = types;
        this.queries = queries;
        this.labels = labels;
    }

    @GetMapping("/")
    @Transactional
    String home(Model model) {
        Caller caller = CurrentCaller.require();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RecordType type : types.all()) {
            counts.put(type.path(), queries.count(type, Map.of(), caller));
        }
        model.addAttribute("counts", counts);
        model.addAttribute("disputed", disputed(caller));
        return "home";
    }

    private List<Map<String, Object>> disputed(Caller caller) {
        List<Map<String, Object>> claims = queries.list(types.require("claims"), Map.of("subjectType", "EVENT"), null,
                CLAIMS_READ, caller).items();
        Map<UUID, List<Map<String, Object>>> byEvent = claims.stream()
                .collect(Collectors.groupingBy(c -> (UUID) c.get("subjectId"), LinkedHashMap::new, Collectors.toList()));
        List<UUID> disagreeing = new ArrayList<>();
        byEvent.forEach((event, list) -> {
            boolean differ = list.stream().collect(Collectors.groupingBy(c -> Objects.toString(c.get("counted")),
                    Collectors.mapping(c -> c.get("low") + "-" + c.get("high"), Collectors.toSet())))
                    .values().stream().anyMatch(figures -> figures.size() > 1);
            if (differ) {
                disagreeing.add(event);
            }
        });
        Map<UUID, String> names = labels.of(types.require("events"), disagreeing, caller);
        return names.entrySet().stream().map(e -> Map.<String, Object>of("href", "/events/" + e.getKey(),
                "title", e.getValue())).toList();
    }
}
