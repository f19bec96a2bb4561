package org.dadkhah.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.InvalidRecordException.FieldProblem;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Sealer;
import org.dadkhah.shared.Confidentiality;
import org.dadkhah.shared.InvalidPartialDateException;
import org.dadkhah.shared.PartialDate;
import org.dadkhah.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Turns a JSON body into validated column values, collecting every problem (unknown fields, wrong types, unknown
 * vocabulary terms, references to records that do not exist) before anything is written.
 */
@Component
class RecordReader {

    /** A validated body. */
    record Parsed(Map<String, Object> columns, Map<ChildList, List<Map<String, Object>>> children,
            @org.jspecify.annotations.Nullable Confidentiality confidentiality) {
    }

    /** What a GET returns beside the fields: accepted in a body (so a GET body can be PUT back) and ignored. */
    private static final Set<String> META = Set.of("id", "version", "confidentiality", "createdAt", "updatedAt",
            "createdBy", "updatedBy", "deleted", "citations");

    /** What callers who may not see a sealed field get instead; sent back, it leaves the field unchanged. */
    static final String SEALED_PLACEHOLDER = "[sealed]";

    private final Vocabularies vocabularies;
    private final References references;
    private final List<RecordEmbed> embeds;

    RecordReader(Vocabularies vocabularies, References references, List<RecordEmbed> embeds) {
        this.vocabularies = vocabularies;
        this.references = references;
        this.embeds = embeds;
    }

    /**
     * Validates a body; {@link Parsed#confidentiality()} is null when the body names no level (an update then keeps
     * the record's level). Sealed fields are still plain text here: the store seals them for the record's id.
     */
    Parsed read(RecordType type, JsonNode body, Caller caller) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!body.isObject()) {
            throw InvalidRecordException.of("", "The body must be a JSON object");
        }
        Set<String> known = new java.util.HashSet<>(META);
        type.fields().forEach(f -> known.add(f.json()));
        type.fields().stream().filter(f -> f.kind() == Field.Kind.DATE).forEach(f -> known.add(f.json() + RecordJson.DETAIL));
        type.fields().stream().filter(f -> f.kind() == Field.Kind.REF).forEach(f -> known.add(f.json() + ReferenceLabels.SUFFIX));
        type.children().forEach(c -> known.add(c.json()));
        embeds.stream().filter(e -> e.path().equals(type.path()) || e.path().equals("*")).forEach(e -> known.add(e.json()));
        for (String name : body.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(new FieldProblem(name, "Unknown field"));
            }
        }
        Map<String, Object> columns = readFields(type.fields(), body, "", problems, caller);
        Map<ChildList, List<Map<String, Object>>> children = new LinkedHashMap<>();
        for (ChildList list : type.children()) {
            children.put(list, readChildren(list, body.get(list.json()), problems, caller));
        }
        Confidentiality level = null;
        JsonNode conf = body.get("confidentiality");
        if (conf != null && !conf.isNull()) {
            try {
                level = Confidentiality.valueOf(conf.asString());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("confidentiality", "Must be one of PUBLIC, INTERNAL, RESTRICTED, SECRET"));
            }
        }
        if (problems.isEmpty()) {
            RecordRule.Lookup lookup = references.lookup(caller);
            type.rules().forEach(rule -> problems.addAll(rule.check(columns, lookup)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        type.fields().stream().filter(Field::generated).forEach(f -> f.columns().forEach(columns::remove));
        return new Parsed(columns, children, level);
    }


    private List<Map<String, Object>> readChildren(ChildList list, JsonNode node, List<FieldProblem> problems,
            Caller caller) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (node == null || node.isNull()) {
            if (list.minItems() > 0) {
                problems.add(new FieldProblem(list.json(), "At least " + list.minItems() + " item(s) required"));
            }
            return rows;
        }
        if (!node.isArray()) {
            problems.add(new FieldProblem(list.json(), "Must be an array"));
            return rows;
        }
        if (node.size() < list.minItems()) {
            problems.add(new FieldProblem(list.json(), "At least " + list.minItems() + " item(s) required"));
        }
        Set<String> known = new java.util.HashSet<>();
        list.fields().forEach(f -> known.add(f.json()));
        list.fields().stream().filter(f -> f.kind() == Field.Kind.REF).forEach(f -> known.add(f.json() + ReferenceLabels.SUFFIX));
        list.fields().stream().filter(f -> f.kind() == Field.Kind.DATE).forEach(f -> known.add(f.json() + RecordJson.DETAIL));
        known.add("id");
        int i = 0;
        for (JsonNode item : node.values()) {
            String prefix = list.json() + "[" + i++ + "].";
            if (!item.isObject()) {
                problems.add(new FieldProblem(prefix.substring(0, prefix.length() - 1), "Must be an object"));
                continue;
            }
            for (String name : item.propertyNames()) {
                if (!known.contains(name)) {
                    problems.add(new FieldProblem(prefix + name, "Unknown field"));
                }
            }
            int before = problems.size();
            Map<String, Object> row = readFields(list.fields(), item, prefix, problems, caller);
            if (problems.size() == before) {
                row.putAll(list.derived().apply(row));
            }
            rows.add(row);
        }
        return rows;
    }

    private Map<String, Object> readFields(List<Field> fields, JsonNode body, String prefix,
            List<FieldProblem> problems, Caller caller) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (Field field : fields) {
            JsonNode value = body.get(field.json());
            String path = prefix + field.json();
            if (field.generated()) {
                continue;
            }
            if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
                if (field.required()) {
                    problems.add(new FieldProblem(path, "Required"));
                }
                field.columns().forEach(c -> columns.put(c, null));
                continue;
            }
            try {
                put(field, value, columns, caller);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(path, e.getMessage()));
            }
        }
        return columns;
    }

    private void put(Field field, JsonNode value, Map<String, Object> columns, Caller caller) {
        switch (field.kind()) {
            case TEXT, SEALED -> {
                String text = requireString(value);
                if (text.length() > field.maxLength()) {
                    throw new IllegalArgumentException("At most " + field.maxLength() + " characters");
                }
                if (field.kind() == Field.Kind.SEALED && Sealer.looksSealed(text.strip())) {
                    throw new IllegalArgumentException("Send the plain text; encrypted values are not accepted");
                }
                columns.put(field.column(), text.strip());
            }
            case INTEGER -> {
                if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                    throw new IllegalArgumentException("Must be a whole number");
                }
                columns.put(field.column(), value.longValue());
            }
            case DECIMAL -> {
                if (!value.isNumber()) {
                    throw new IllegalArgumentException("Must be a number");
                }
                columns.put(field.column(), value.doubleValue());
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw new IllegalArgumentException("Must be true or false");
                }
                columns.put(field.column(), value.asBoolean());
            }
            case ENUM -> {
                String text = requireString(value);
                if (!field.values().contains(text)) {
                    throw new IllegalArgumentException("Must be one of " + String.join(", ", field.values()));
                }
                columns.put(field.column(), text);
            }
            case VOCAB -> {
                String code = requireString(value);
                if (!vocabularies.contains(field.target(), code)) {
                    List<String> allowed = vocabularies.terms(field.target()).stream().map(Vocabularies.Term::code)
                            .filter(c -> vocabularies.contains(field.target(), c)).toList();
                    throw new IllegalArgumentException("Unknown term of vocabulary " + field.target() + ": " + code
                            + "; allowed: " + String.join(", ", allowed));
                }
                columns.put(field.column(), code);
            }
            case REF -> {
                UUID id = parseUuid(value);
                if (!references.visible(field.target(), id, caller)) {
                    throw new IllegalArgumentException("No " + field.target() + " with id " + id);
                }
                columns.put(field.column(), id);
            }
            case UUID -> columns.put(field.column(), parseUuid(value));
            case DATE -> putDate(field, value, columns);
        }
    }

    private static void putDate(Field field, JsonNode value, Map<String, Object> columns) {
        String text = value.isObject() && value.has("text") ? value.get("text").asString() : requireString(value);
        try {
            PartialDate date = PartialDate.parse(text);
            String p = field.column();
            columns.put(p + "_text", date.text());
            columns.put(p + "_calendar", date.calendar().name());
            columns.put(p + "_precision", date.precision().name());
            columns.put(p + "_earliest", date.earliest());
            columns.put(p + "_latest", date.latest());
        } catch (InvalidPartialDateException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static String requireString(JsonNode value) {
        if (!value.isString()) {
            throw new IllegalArgumentException("Must be a string");
        }
        String text = value.asString();
        if (CONTROL.matcher(text).find()) {
            throw new IllegalArgumentException("Must not contain control characters (such as NUL)");
        }
        return text;
    }

    /** Control characters other than tab, line feed and carriage return. */
    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]");

    private static UUID parseUuid(JsonNode value) {
        try {
            return UUID.fromString(requireString(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Must be a UUID");
        }
    }
}
