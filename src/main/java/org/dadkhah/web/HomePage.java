package org.dadkhah.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.dadkhah.records.RecordPage;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordSummaries;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overview: how many records of each type the caller may see, the records they may see that changed last, the
 * acts they may see per year (a chart, with the same figures in a table for reading without JavaScript), and the
 * events whose figure claims disagree (the claims the caller may see about an event, on the same thing counted, with
 * different figures). Everything through {@link RecordQueries} and {@link RecordSummaries} with the caller.
 */
@Controller
class HomePage {

    /** At most this many claims about events are read for the disputes, in pages of {@link #CLAIMS_PAGE}. */
    private static final int CLAIMS_READ = 20_000;
    private static final int CLAIMS_PAGE = 500;
    private static final int RECENT = 15;
    private static final int CHART_YEARS = 200;

    private final RecordTypes types;
    private final RecordQueries queries;
    private final RecordSummaries summaries;
    private final RecordLabels labels;
    private final Display display;
    private final JsonMapper json;

    HomePage(RecordTypes types, RecordQueries queries, RecordSummaries summaries, RecordLabels labels, Display display,
            JsonMapper json) {
        this.types = types;
        this.queries = queries;
        this.summaries = summaries;
        this.labels = labels;
        this.display = display;
        this.json = json;
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
        model.addAttribute("recent", recent(caller));
        Map<Integer, Long> perYear = summaries.countByYear(types.require("acts"), "date", caller);
        model.addAttribute("actsPerYear", perYear);
        model.addAttribute("actsChart", chart(perYear));
        model.addAttribute("actsDated", perYear.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("actsTotal", counts.get("acts"));
        return "home";
    }

    /** The records the caller may see that changed last, over every type (citations aside), newest first. */
    private List<Map<String, Object>> recent(Caller caller) {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (RecordType type : types.all()) {
            if (type.path().equals("citations")) {
                continue;
            }
            for (Map<String, Object> record : summaries.recent(type, RECENT, caller)) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("type", "type.one." + type.path());
                item.put("title", labels.label(type, record));
                item.put("href", "/" + type.path() + "/" + record.get("id"));
                item.put("updatedAt", record.get("updatedAt") instanceof Instant t ? t : Instant.EPOCH);
                shown.add(item);
            }
        }
        shown.sort(Comparator.comparing((Map<String, Object> m) -> (Instant) m.get("updatedAt")).reversed());
        shown.forEach(m -> m.put("when", display.moment(m.get("updatedAt"))));
        return shown.subList(0, Math.min(RECENT, shown.size()));
    }

    /**
     * The chart's data ({@code years}, {@code counts}, the axis name), as JSON for the page's data attribute; the years
     * without acts between the first and the last are given as zero (so that 2009 and 2018 do not stand side by side
     * as if one year apart), unless they span more than {@value #CHART_YEARS} years (a mistyped year).
     */
    private String chart(Map<Integer, Long> perYear) {
        TreeMap<Integer, Long> years = new TreeMap<>(perYear);
        if (!years.isEmpty() && years.lastKey() - years.firstKey() <= CHART_YEARS) {
            for (int y = years.firstKey(); y < years.lastKey(); y++) {
                years.putIfAbsent(y, 0L);
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("years", years.keySet().stream().map(String::valueOf).toList());
        data.put("counts", List.copyOf(years.values()));
        data.put("label", display.message("home.actsPerYear"));
        return json.writeValueAsString(data);
    }

    private List<Map<String, Object>> disputed(Caller caller) {
        List<Map<String, Object>> claims = new ArrayList<>();
        UUID after = null;
        do {
            RecordPage page = queries.listPlain(types.require("claims"), Map.of("subjectType", "EVENT"), after,
                    CLAIMS_PAGE, caller);
            claims.addAll(page.items());
            after = page.next();
        } while (after != null && claims.size() < CLAIMS_READ);
        Map<UUID, List<String>> disagreeing = DisputedFigures.of(claims, display.formats());
        Map<UUID, String> names = labels.of(types.require("events"), disagreeing.keySet(), caller);
        return names.entrySet().stream().map(e -> Map.<String, Object>of("href", "/events/" + e.getKey(),
                "title", e.getValue(), "figures", disagreeing.get(e.getKey()))).toList();
    }
}
