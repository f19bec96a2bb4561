package org.dadkhah.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dadkhah.records.ChildList;
import org.dadkhah.records.Field;
import org.dadkhah.records.RecordType;
import org.dadkhah.shared.PersianText;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a generated form's parameters into the JSON body the API takes, so that the record store validates a page's
 * save exactly as an API call: empty inputs are left out, numbers are sent as numbers when they are numbers (else as
 * the text typed, which the store refuses with its own message), a picker's "label · id" as the id, and child rows
 * that are entirely empty are dropped.
 */
final class FormBody {

    private static final Pattern UUID_AT_END = Pattern.compile(
            "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\s*$");

    private FormBody() {
    }

    static ObjectNode of(RecordType type, Map<String, String> params, JsonMapper json) {
        ObjectNode body = json.createObjectNode();
        String level = params.get("confidentiality");
        if (level != null && !level.isBlank()) {
            body.put("confidentiality", level);
        }
        fill(type.fields(), "", params, body);
        for (ChildList list : type.children()) {
            ArrayNode items = body.putArray(list.json());
            int rows = rows(list.json(), params.keySet());
            for (int i = 0; i < rows; i++) {
                String prefix = list.json() + "[" + i + "].";
                boolean empty = list.fields().stream().allMatch(f -> params.getOrDefault(prefix + f.json(), "").isBlank());
                if (!empty) {
                    fill(list.fields(), prefix, params, items.addObject());
                }
            }
        }
        return body;
    }

    /** How many rows of child list {@code list} the parameters hold (the highest index plus one). */
    static int rows(String list, Collection<String> names) {
        Pattern row = Pattern.compile(Pattern.quote(list) + "\\[(\\d+)]\\..*");
        int rows = 0;
        for (String name : names) {
            Matcher m = row.matcher(name);
            if (m.matches() && m.group(1).length() < 4) {
                rows = Math.max(rows, Integer.parseInt(m.group(1)) + 1);
            }
        }
        return rows;
    }

    private static void fill(List<Field> fields, String prefix, Map<String, String> params, ObjectNode body) {
        for (Field field : fields) {
            String value = params.getOrDefault(prefix + field.json(), "").strip();
            if (field.generated()) {
                continue;
            }
            if (field.kind() == Field.Kind.BOOLEAN) {
                body.put(field.json(), "true".equals(value));
                continue;
            }
            if (value.isEmpty()) {
                continue;
            }
            switch (field.kind()) {
                case INTEGER -> {
                    try {
                        body.put(field.json(), Long.parseLong(PersianText.toAsciiDigits(value)));
                    } catch (NumberFormatException e) {
                        body.put(field.json(), value);
                    }
                }
                case DECIMAL -> {
                    try {
                        body.put(field.json(), new java.math.BigDecimal(PersianText.toAsciiDigits(value)));
                    } catch (NumberFormatException e) {
                        body.put(field.json(), value);
                    }
                }
                case REF, UUID -> {
                    Matcher m = UUID_AT_END.matcher(value);
                    body.put(field.json(), m.find() ? m.group(1) : value);
                }
                default -> body.put(field.json(), value);
            }
        }
    }
}
