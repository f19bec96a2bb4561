package org.dadkhah.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dadkhah.records.ChildList;
import org.dadkhah.records.Field;
import org.dadkhah.records.RecordType;
import org.dadkhah.shared.Confidentiality;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one form engine: builds the inputs of any record type's form from its declared fields (a widget per field kind:
 * selects for enumerations and vocabularies, a date input with a two-calendar preview, pickers for references, child
 * lists as rows), filled with the values given and with the API's messages next to the fields they name.
 */
@Component
class FormFields {

    /** Empty rows offered under each child list, to add items without JavaScript. */
    static final int SPARE_ROWS = 2;

    private final Display display;
    private final RecordLabels labels;

    FormFields(Display display, RecordLabels labels) {
        this.display = display;
        this.labels = labels;
    }

    /** The inputs of the record's own fields ({@code values}: parameter name to text), with the level first. */
    List<FormField> fields(RecordType type, Map<String, String> values, Map<String, String> errors) {
        List<FormField> inputs = new ArrayList<>();
        inputs.add(new FormField("confidentiality", "record.confidentiality", "select",
                values.getOrDefault("confidentiality", type.defaultLevel().name()), true,
                java.util.Arrays.stream(Confidentiality.values()).map(c -> choice(c.name())).toList(), null,
                errors.get("confidentiality")));
        for (Field field : type.fields()) {
            if (!field.generated()) {
                inputs.add(input(field, field.json(), values, errors));
            }
        }
        return inputs;
    }

    /** The child lists, each with its items' inputs and {@link #SPARE_ROWS} empty rows. */
    List<FormList> lists(RecordType type, Map<String, String> values, Map<String, String> errors) {
        List<FormList> lists = new ArrayList<>();
        for (ChildList list : type.children()) {
            int items = FormBody.rows(list.json(), values.keySet());
            List<List<FormField>> rows = new ArrayList<>();
            for (int i = 0; i < items + SPARE_ROWS; i++) {
                String prefix = list.json() + "[" + i + "].";
                rows.add(list.fields().stream().map(f -> input(f, prefix + f.json(), values, errors)).toList());
            }
            lists.add(new FormList(list.json(), "field." + list.json(),
                    list.fields().stream().map(f -> "field." + f.json()).toList(), rows));
        }
        return lists;
    }

    private FormField input(Field field, String name, Map<String, String> values, Map<String, String> errors) {
        String value = values.getOrDefault(name, "");
        List<FormField.Choice> choices = List.of();
        String pick = null;
        String widget = switch (field.kind()) {
            case TEXT -> field.maxLength() > 2000 ? "textarea" : "text";
            case SEALED -> "sealed";
            case INTEGER, DECIMAL -> "number";
            case BOOLEAN -> "checkbox";
            case ENUM, VOCAB -> {
                choices = display.choices(field, true);
                yield "select";
            }
            case REF -> {
                pick = labels.byTable(field.target()).map(RecordType::path).orElse(null);
                yield "picker";
            }
            case UUID -> "id";
            case DATE -> "date";
        };
        return new FormField(name, "field." + field.json(), widget, value, field.required(), choices, pick,
                errors.get(name));
    }

    private FormField.Choice choice(String code) {
        return new FormField.Choice(code, display.value(code));
    }

    /** The form values of a record as the caller read it (references as "label · id" for the pickers). */
    static Map<String, String> values(RecordType type, Map<String, Object> record,
            Function<@Nullable Object, @Nullable String> refLabel) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("confidentiality", String.valueOf(record.get("confidentiality")));
        put(type.fields(), "", record, values, refLabel);
        for (ChildList list : type.children()) {
            List<Map<String, Object>> items = RecordLabels.list(record.get(list.json()));
            for (int i = 0; i < items.size(); i++) {
                put(list.fields(), list.json() + "[" + i + "].", items.get(i), values, refLabel);
            }
        }
        return values;
    }

    private static void put(List<Field> fields, String prefix, Map<String, Object> record, Map<String, String> values,
            Function<@Nullable Object, @Nullable String> refLabel) {
        for (Field field : fields) {
            Object value = record.get(field.json());
            if (value == null || field.generated()) {
                continue;
            }
            String label = field.kind() == Field.Kind.REF ? refLabel.apply(value) : null;
            values.put(prefix + field.json(), label == null ? value.toString() : label + " · " + value);
        }
    }
}
