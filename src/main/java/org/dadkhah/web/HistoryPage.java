package org.dadkhah.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    private static final Set<String> META = Set.of("version", "updatedAt", "updatedBy", "createdAt", "createdBy");

    private final RecordTypes types;
    private final RecordQueries queries;
    private final RecordHistories histories;
    private final RecordLabels labels;

    HistoryPage(RecordTypes types, RecordQueries queries, RecordHistories histories, RecordLabels labels) {
        this.types = types;
        this.queries = queries;
        this.histories = histories;
        this.labels = labels;
    }

    @GetMapping(RecordPages.TYPE + RecordPages.ID + "/history")
    @Transactional
    String history(@PathVariable String type, @PathVariable UUID id, Model model) {
        RecordType recordType = types.require(type);
        Caller caller = CurrentCaller.require();
        Map<String, Object> record = queries.get(recordType, id, caller);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Map<String, Object> entry : histories.visible(recordType, id, caller)) {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("version", entry.get("version"));
            shown.put("action", entry.get("action"));
            shown.put("actor", entry.get("actor"));
            shown.put("at", String.valueOf(entry.get("at")));
            shown.put("changes", changes((JsonNode) entry.get("before"), (JsonNode) entry.get("after")));
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

    private static List<Map<String, String>> changes(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        after.propertyNames().forEach(names::add);
        if (before != null) {
            before.propertyNames().forEach(names::add);
        }
        List<Map<String, String>> changes = new ArrayList<>();
        for (String name : names) {
            String was = before == null ? "" : text(before.get(name));
            String now = text(after.get(name));
            if (!META.contains(name) && !Objects.equals(was, now)) {
                changes.add(Map.of("field", name, "before", was, "after", now));
            }
        }
        return changes;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
