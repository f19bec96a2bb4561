package org.dadkhah.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.Field;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.records.RecordPage;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of every record type ({@code /persons}, {@code /events}, ...: exact filters on its enumeration and
 * vocabulary fields, pickers for its references and the module filters that name a record type, a date range in
 * either calendar where the type has one, {@code ?name=} for persons, keyset pages; a refused filter's message shows
 * next to it) and the page of any record ({@code /events/{id}},
 * ...), generated from the record type's declared fields; everything read through {@link RecordQueries}.
 */
@Controller
class RecordPages {

    static final String TYPE = "/{type:[a-z]+}";
    static final String ID = "/{id:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}";
    private static final Set<String> NOT_CRITERIA = Set.of("after", "lang");
    private static final int PAGE = 50;

    private final RecordTypes types;
    private final RecordQueries queries;
    private final RecordLabels labels;
    private final RecordViews views;
    private final ListFilterFields filterFields;

    RecordPages(RecordTypes types, RecordQueries queries, RecordLabels labels, RecordViews views,
            ListFilterFields filterFields) {
        this.types = types;
        this.queries = queries;
        this.labels = labels;
        this.views = views;
        this.filterFields = filterFields;
    }

    @GetMapping(TYPE)
    String list(@PathVariable String type, @RequestParam Map<String, String> params,
            @RequestParam(required = false) @Nullable UUID after, Model model) {
        RecordType recordType = types.require(type);
        Caller caller = CurrentCaller.require();
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((key, value) -> {
            if (!NOT_CRITERIA.contains(key) && !value.isBlank()) {
                typed.put(key, value.strip());
            }
        });
        Map<String, String> criteria = new LinkedHashMap<>();
        typed.forEach((key, value) -> criteria.put(key, ListFilterFields.idOf(value)));
        List<Field> columns = recordType.fields().stream().filter(f -> switch (f.kind()) {
            case ENUM, VOCAB, DATE, REF, UUID, INTEGER -> f.kind() != Field.Kind.ENUM || !f.json().equals("sex");
            default -> false;
        }).limit(5).toList();
        model.addAttribute("type", recordType);
        model.addAttribute("filters", filterFields.choiceFields(recordType));
        model.addAttribute("filterOptions", filterFields.choiceOptionsHtml(recordType, typed));
        model.addAttribute("pickers", filterFields.pickers(recordType));
        model.addAttribute("dateRange", filterFields.hasDateRange(recordType));
        model.addAttribute("criteria", typed);
        model.addAttribute("labelHeading", RecordLabels.labelHeading(recordType));
        model.addAttribute("headers", columns.stream().map(f -> "field." + f.json()).toList());
        RecordPage page;
        try {
            page = queries.listPlain(recordType, criteria, after, PAGE, caller);
        } catch (InvalidRecordException e) {
            model.addAttribute("errors", e.problems().stream().collect(java.util.stream.Collectors.toMap(
                    InvalidRecordException.FieldProblem::field, InvalidRecordException.FieldProblem::message,
                    (a, b) -> a)));
            model.addAttribute("rowsHtml", "");
            model.addAttribute("next", null);
            return "list";
        }
        Map<UUID, String> refs = labels.references(recordType, page.items(), caller);
        model.addAttribute("errors", Map.of());
        model.addAttribute("rowsHtml", ListRowsHtml.of(page.items().stream().map(item -> new ListRowsHtml.Row(
                "/" + recordType.path() + "/" + item.get("id"), labels.label(recordType, item),
                views.cells(columns, item, refs))).toList()));
        model.addAttribute("next", page.next());
        model.addAttribute("nextQuery", nextQuery(typed, page.next()));
        return "list";
    }

    @GetMapping(TYPE + ID)
    String record(@PathVariable String type, @PathVariable UUID id, Model model) {
        RecordType recordType = types.require(type);
        show(recordType, queries.get(recordType, id, CurrentCaller.require()), model);
        return "record";
    }

    /** Puts a record's shown fields, child lists and citations into the model. */
    void show(RecordType type, Map<String, Object> record, Model model) {
        Caller caller = CurrentCaller.require();
        Map<UUID, String> refs = labels.references(type, List.of(record), caller);
        model.addAttribute("type", type);
        model.addAttribute("record", record);
        model.addAttribute("title", labels.label(type, record));
        model.addAttribute("fields", views.fields(type, record, refs));
        model.addAttribute("lists", views.children(type, record, refs));
        model.addAttribute("citations", RecordLabels.list(record.get("citations")));
    }

    private static String nextQuery(Map<String, String> criteria, @Nullable UUID next) {
        if (next == null) {
            return "";
        }
        StringBuilder query = new StringBuilder("?");
        criteria.forEach((k, v) -> query.append(encode(k)).append('=').append(encode(v)).append('&'));
        return query.append("after=").append(next).toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
