package org.dadkhah.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.audit.RecordHistories;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.JsonNode;

/**
 * The history of any record ({@code /{type}/{id}/history}): its versions the caller may see, who made each and when,
 * what changed field by field (sealed fields masked as in reads), and restoring a version as a new change.
 */
@Controller
class HistoryPage {

    private final RecordTypes types;
    private final RecordQueries queries;
    private final RecordHistories histories;
    private final RecordLabels labels;
    private final HistoryChanges changes;
    private final Display display;

    HistoryPage(RecordTypes types, RecordQueries queries, RecordHistories histories, RecordLabels labels,
            HistoryChanges changes, Display display) {
        this.types = types;
        this.queries = queries;
        this.histories = histories;
        this.labels = labels;
        this.changes = changes;
        this.display = display;
    }

    @GetMapping(RecordPages.TYPE + RecordPages.ID + "/history")
    @Transactional
    String history(@PathVariable String type, @PathVariable UUID id, Model model) {
        RecordType recordType = types.require(type);
        Caller caller = CurrentCaller.require();
        Map<String, Object> record = queries.get(recordType, id, caller);
        List<Map<String, Object>> stored = histories.visible(recordType, id, caller);
        List<Map<String, Object>> states = new ArrayList<>();
        for (Map<String, Object> entry : stored) {
            states.add(changes.state(recordType, (JsonNode) entry.get("before")));
            states.add(changes.state(recordType, (JsonNode) entry.get("after")));
        }
        Map<UUID, String> refs = labels.references(recordType, states, caller);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Map<String, Object> entry = stored.get(i);
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("version", entry.get("version"));
            shown.put("action", entry.get("action"));
            shown.put("actor", entry.get("actor"));
            shown.put("at", display.moment(entry.get("at")));
            shown.put("changes", changes.between(recordType, states.get(2 * i), states.get(2 * i + 1), refs).stream()
                    .map(c -> Map.of("field", c.field(), "before", c.before(), "after", c.after())).toList());
            entries.add(shown);
        }
        model.addAttribute("type", recordType);
        model.addAttribute("record", record);
        model.addAttribute("title", labels.label(recordType, record));
        model.addAttribute("entries", entries.reversed());
        return "history";
    }

    @PostMapping(RecordPages.TYPE + RecordPages.ID + "/history/{version}/restore")
    String restore(@PathVariable String type, @PathVariable UUID id, @PathVariable long version) {
        histories.restore(types.require(type), id, version, CurrentCaller.require());
        return "redirect:/" + type + "/" + id + "/history";
    }
}
