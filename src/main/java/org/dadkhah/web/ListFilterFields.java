package org.dadkhah.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dadkhah.records.Field;
import org.dadkhah.records.ListFilter;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The filters a list page offers: a choice among the values of each enumeration and vocabulary field, a picker
 * (search as you type, the same {@code /pick/{type}} as the forms) for each reference field and for each module
 * filter named after a record type ({@code ?organisation=} on persons), and a date range ({@code from}, {@code to})
 * where a module declares one.
 */
@Component
class ListFilterFields {

    private static final Pattern TRAILING_ID = Pattern.compile(
            "(?:^|·\\s*)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\s*$");

    /** One picker filter: the query parameter, its label's message key, and the record type it picks from. */
    record Picker(String name, String label, String pick) {
    }

    private final RecordTypes types;
    private final List<ListFilter> filters;
    private final Display display;

    ListFilterFields(RecordTypes types, List<ListFilter> filters, Display display) {
        this.types = types;
        this.filters = filters;
        this.display = display;
    }

    /** The enumeration and vocabulary fields of a type, each offered as a choice among its values. */
    List<Field> choiceFields(RecordType type) {
        return type.fields().stream().filter(f -> f.kind() == Field.Kind.ENUM || f.kind() == Field.Kind.VOCAB).toList();
    }

    /**
     * The {@code <option>} elements of each choice field's filter, by field: its values (an enumeration's in the page's
     * language, a vocabulary's terms with the label of the page's language), the one in {@code criteria} selected.
     * Written in one pass: a template loop spent three expressions on each option.
     */
    Map<String, String> choiceOptionsHtml(RecordType type, Map<String, String> criteria) {
        Map<String, String> options = new LinkedHashMap<>();
        for (Field field : choiceFields(type)) {
            StringBuilder html = new StringBuilder();
            String selected = criteria.get(field.json());
            display.choices(field, false).forEach(c -> option(html, c.code(), c.label(), selected));
            options.put(field.json(), html.toString());
        }
        return options;
    }

    private static void option(StringBuilder html, String value, String label, @Nullable String selected) {
        html.append("<option value=\"").append(Html.escape(value)).append('"')
                .append(value.equals(selected) ? " selected=\"selected\"" : "").append('>')
                .append(Html.escape(label)).append("</option>\n");
    }

    List<Picker> pickers(RecordType type) {
        List<Picker> pickers = new ArrayList<>();
        for (Field field : type.fields()) {
            if (field.kind() == Field.Kind.REF && field.filterable()) {
                types.all().stream().filter(t -> t.table().equals(field.target())).findFirst()
                        .ifPresent(t -> pickers.add(new Picker(field.json(), "field." + field.json(), t.path())));
            }
        }
        for (ListFilter filter : filters) {
            if (filter.path().equals(type.path()) && pickers.stream().noneMatch(p -> p.name().equals(filter.parameter()))) {
                types.byName(filter.parameter()).ifPresent(t ->
                        pickers.add(new Picker(filter.parameter(), "field." + filter.parameter(), t.path())));
            }
        }
        return pickers;
    }

    boolean hasDateRange(RecordType type) {
        return filters.stream().anyMatch(f -> f.path().equals(type.path()) && f.parameter().equals("from"));
    }

    /** A picker's "label · id" (or an id alone) as the id; any other value as typed. */
    static String idOf(String value) {
        Matcher m = TRAILING_ID.matcher(value);
        return m.find() ? m.group(1) : value;
    }
}
