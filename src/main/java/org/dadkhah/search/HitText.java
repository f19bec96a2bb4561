package org.dadkhah.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dadkhah.records.ChildList;
import org.dadkhah.records.Field;
import org.dadkhah.records.RecordType;

/** A hit's title and the text its snippet is cut from, taken from the representation the read layer gave the caller. */
final class HitText {

    private HitText() {
    }

    static String title(String type, Map<String, Object> record) {
        if (type.equals("person")) {
            List<String> names = names(record);
            return names.isEmpty() ? String.valueOf(record.get("id")) : String.join(" / ", names.subList(0, Math.min(2, names.size())));
        }
        for (String field : IndexedTypes.titleFields(type)) {
            if (record.get(field) instanceof String s && !s.isBlank()) {
                return s.length() > 200 ? s.substring(0, 200) + "…" : s;
            }
        }
        return String.valueOf(record.get("id"));
    }

    /** The names and plain text fields of the representation (sealed fields are not of kind TEXT). */
    static String text(RecordType type, Map<String, Object> record) {
        List<String> parts = new ArrayList<>(names(record));
        addText(type.fields(), record, parts);
        for (ChildList list : type.children()) {
            if (!list.json().equals("names")) {
                SearchDocuments.items(record.get(list.json())).forEach(item -> addText(list.fields(), item, parts));
            }
        }
        return String.join(" · ", parts);
    }

    private static List<String> names(Map<String, Object> record) {
        return SearchDocuments.items(record.get("names")).stream().map(n -> String.valueOf(n.get("text"))).toList();
    }

    private static void addText(List<Field> fields, Map<String, Object> values, List<String> parts) {
        for (Field field : fields) {
            if (field.kind() == Field.Kind.TEXT && !field.generated() && values.get(field.json()) instanceof String s
                    && !s.isBlank()) {
                parts.add(s);
            }
        }
    }
}
