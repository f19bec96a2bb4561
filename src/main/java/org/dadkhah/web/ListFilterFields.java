package org.dadkhah.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dadkhah.records.Field;
import org.dadkhah.records.ListFilter;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.springframework.stereotype.Component;

/**
 * The filters a list page offers beyond its enumeration and vocabulary fields: a picker (search as you type, the
 * same {@code /pick/{type}} as the forms) for each reference field and for each module filter named after a record
 * type ({@code ?organisation=} on persons), and a date range ({@code from}, {@code to}) where a module declares one.
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

    ListFilterFields(RecordTypes types, List<ListFilter> filters) {
        this.types = types;
        this.filters = filters;
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
