package org.dadkhah.records;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dadkhah.shared.DateCalendar;
import org.dadkhah.shared.DatePrecision;
import org.dadkhah.shared.PartialDate;
import org.jspecify.annotations.Nullable;

/** Turns table rows into the JSON representation of a record. */
final class RecordJson {

    /**
     * Suffix of the read-only companion of a date field: the date travels as the text entered ({@code birthDate}),
     * its reading beside it ({@code birthDateDetail}: calendar, precision, earliest and latest day, both calendars).
     */
    static final String DETAIL = "Detail";

    private RecordJson() {
    }

    static Map<String, Object> fields(List<Field> fields, Map<String, Object> row) {
        Map<String, Object> json = new LinkedHashMap<>(fields.size() * 3);
        putFields(fields, row, json);
        return json;
    }

    private static void putFields(List<Field> fields, Map<String, Object> row, Map<String, Object> json) {
        for (Field field : fields) {
            if (field.kind() == Field.Kind.DATE) {
                json.put(field.json(), row.get(field.column() + "_text"));
                json.put(field.json() + DETAIL, date(field.column(), row));
            } else {
                json.put(field.json(), value(row.get(field.column())));
            }
        }
    }

    static Map<String, Object> record(RecordType type, Map<String, Object> row) {
        Map<String, Object> json = new LinkedHashMap<>(type.fields().size() * 3 + 24);
        json.put("id", row.get("id"));
        json.put("version", ((Number) row.get("version")).longValue());
        json.put("confidentiality", row.get("confidentiality"));
        putFields(type.fields(), row, json);
        json.put("createdAt", value(row.get("created_at")));
        json.put("updatedAt", value(row.get("updated_at")));
        json.put("createdBy", row.get("created_by"));
        json.put("updatedBy", row.get("updated_by"));
        if (row.get("deleted_at") != null) {
            json.put("deleted", true);
        }
        return json;
    }

    static @Nullable Object value(@Nullable Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return value;
    }

    /** A stored partial date as JSON: the text as entered plus its reading in both calendars. */
    static @Nullable Map<String, Object> date(String prefix, Map<String, Object> row) {
        Object text = row.get(prefix + "_text");
        if (text == null) {
            return null;
        }
        PartialDate date = new PartialDate((String) text, DateCalendar.valueOf((String) row.get(prefix + "_calendar")),
                DatePrecision.valueOf((String) row.get(prefix + "_precision")), localDate(row.get(prefix + "_earliest")),
                localDate(row.get(prefix + "_latest")));
        return dateJson(date);
    }

    /** A partial date as JSON. */
    static Map<String, Object> dateJson(PartialDate date) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", date.text());
        json.put("calendar", date.calendar().name());
        json.put("precision", date.precision().name());
        json.put("earliest", date.earliest());
        json.put("latest", date.latest());
        json.put("gregorian", date.toGregorianString());
        json.put("solarHijri", date.toSolarHijriString());
        return json;
    }

    private static @Nullable LocalDate localDate(@Nullable Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }
}
