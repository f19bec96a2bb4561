package org.dadkhah.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.ChildList;
import org.dadkhah.records.Field;
import org.dadkhah.records.RecordType;
import org.springframework.stereotype.Component;

/**
 * Turns a record's representation (as {@link org.dadkhah.records.RecordQueries} gives it to the caller) into the
 * values a page shows, generically from the record type's declared fields: sealed fields exactly as the
 * representation holds them, references as their label (or the id alone when the caller may not see them), also an
 * id whose type a field beside it names (a claim's subject, a citation's record).
 */
@Component
class RecordViews {

    private final Display display;
    private final RecordLabels labels;

    RecordViews(Display display, RecordLabels labels) {
        this.display = display;
        this.labels = labels;
    }

    List<Shown> fields(RecordType type, Map<String, Object> record, Map<UUID, String> refs) {
        return shown(type.fields(), record, refs, true);
    }

    List<ShownList> children(RecordType type, Map<String, Object> record, Map<UUID, String> refs) {
        List<ShownList> lists = new ArrayList<>();
        for (ChildList list : type.children()) {
            List<List<Shown>> rows = new ArrayList<>();
            RecordLabels.list(record.get(list.json())).forEach(item -> rows.add(shown(list.fields(), item, refs, false)));
            lists.add(new ShownList("field." + list.json(), list.fields().stream().map(f -> "field." + f.json()).toList(),
                    rows));
        }
        return lists;
    }

    /** The values of {@code fields} (empty ones included), for the columns of a list. */
    List<Shown> cells(List<Field> fields, Map<String, Object> record, Map<UUID, String> refs) {
        return shown(fields, record, refs, false);
    }

    private List<Shown> shown(List<Field> fields, Map<String, Object> record, Map<UUID, String> refs,
            boolean skipEmpty) {
        List<Shown> shown = new ArrayList<>();
        Display.Formats formats = display.formats();
        for (Field field : fields) {
            Object value = record.get(field.json());
            if (skipEmpty && value == null) {
                continue;
            }
            String href = null;
            String text;
            if (value == null) {
                text = "";
            } else {
                switch (field.kind()) {
                    case DATE -> text = formats.date(record.get(field.json() + "Detail"));
                    case ENUM -> text = formats.value(value);
                    case VOCAB -> text = formats.term(field.target(), value);
                    case BOOLEAN -> text = formats.message(Boolean.TRUE.equals(value) ? "record.yes" : "record.no");
                    case INTEGER -> text = formats.count(value);
                    case DECIMAL -> text = formats.digits(value);
                    case REF -> {
                        String label = refs.get((UUID) value);
                        text = label == null ? value.toString() : label;
                        if (label != null) {
                            href = labels.byTable(field.target()).map(t -> "/" + t.path() + "/" + value).orElse(null);
                        }
                    }
                    case UUID -> {
                        String label = refs.get((UUID) value);
                        text = label == null ? value.toString() : label;
                        if (label != null) {
                            href = labels.referenced(field, record).map(t -> "/" + t.path() + "/" + value).orElse(null);
                        }
                    }
                    case TEXT -> text = namesTheTypeOfAnId(field, fields) ? labels.typeNamed(value)
                            .map(t -> formats.message("type.one." + t.path())).orElse(value.toString())
                            : value.toString();
                    default -> text = value.toString();
                }
            }
            shown.add(new Shown("field." + field.json(), text, href));
        }
        return shown;
    }

    /** Whether a text field names the record type of an id field beside it ({@code recordType} of {@code recordId}). */
    private static boolean namesTheTypeOfAnId(Field field, List<Field> fields) {
        return fields.stream().anyMatch(f -> f.kind() == Field.Kind.UUID
                && RecordLabels.typeFieldOf(f).equals(field.json()));
    }
}
