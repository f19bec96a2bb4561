package org.dadkhah.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Example bodies for the OpenAPI description, taken from the demo data set on the classpath
 * ({@code demo/demo-data.json}): for each record type, its first demo record turned into an API body. The data
 * set names records by key; references become the ids the demo load gives those records, so on a server with the
 * demo data the examples can be sent as they are. Read once, when the description is first built.
 */
final class OpenApiExamples {

    static final String RESOURCE = "demo/demo-data.json";

    private final RecordTypes types;
    private final JsonMapper json;
    private @Nullable JsonNode data;

    OpenApiExamples(RecordTypes types, JsonMapper json) {
        this.types = types;
        this.json = json;
    }

    /**
     * A request body for {@code type} built from its first demo record, if the data set has one and it gives every
     * required field (the data set writes some records in its own shape, which makes no valid body).
     */
    Optional<Map<String, Object>> request(RecordType type) {
        return first(type).map(item -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("confidentiality", "PUBLIC");
            body.putAll(fields(type.fields(), item));
            for (ChildList list : type.children()) {
                if (item.path(list.json()).isArray()) {
                    body.put(list.json(), children(list, item.get(list.json())));
                }
            }
            return body;
        }).filter(body -> complete(type, body));
    }

    /** The same record as the server returns it: with its id (for keyed demo records) and first version. */
    Optional<Map<String, Object>> response(RecordType type) {
        return request(type).map(body -> {
            Map<String, Object> record = new LinkedHashMap<>();
            first(type).filter(item -> item.path("key").isString())
                    .ifPresent(item -> record.put("id", demoId(type.name(), item.get("key").asString())));
            record.put("version", 0);
            record.putAll(body);
            return record;
        });
    }

    private static boolean complete(RecordType type, Map<String, Object> body) {
        return type.fields().stream().filter(f -> f.required() && !f.generated())
                .allMatch(f -> body.containsKey(f.json()))
                && type.children().stream().filter(c -> c.minItems() > 0).allMatch(c -> body.containsKey(c.json()));
    }

    private Optional<JsonNode> first(RecordType type) {
        JsonNode items = data().path(type.path());
        return items.isArray() && !items.isEmpty() && items.get(0).isObject() ? Optional.of(items.get(0))
                : Optional.empty();
    }

    private Map<String, Object> fields(List<Field> fields, JsonNode item) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (Field field : fields) {
            JsonNode value = item.get(field.json());
            if (value == null || value.isNull() || field.generated()) {
                continue;
            }
            body.put(field.json(), field.kind() == Field.Kind.REF ? reference(field, value) : plain(value));
        }
        return body;
    }

    /**
     * A child list; the data set may write a row as the key of its first reference
     * ({@code "affiliations": ["judiciary"]}).
     */
    private List<Object> children(ChildList list, JsonNode rows) {
        Optional<Field> firstRef = list.fields().stream().filter(f -> f.kind() == Field.Kind.REF).findFirst();
        List<Object> result = new java.util.ArrayList<>();
        for (JsonNode row : rows.values()) {
            if (row.isObject()) {
                result.add(fields(list.fields(), row));
            } else if (row.isString() && firstRef.isPresent()) {
                result.add(Map.of(firstRef.get().json(), reference(firstRef.get(), row)));
            }
        }
        return result;
    }

    private Object reference(Field field, JsonNode key) {
        String text = key.asString();
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            String typeName = types.all().stream().filter(t -> t.table().equals(field.target())).map(RecordType::name)
                    .findFirst().orElse(String.valueOf(field.target()));
            return demoId(typeName, text);
        }
    }

    /** The id the demo load gives the record of {@code typeName} with {@code key} (see importing.DemoData). */
    private static String demoId(String typeName, String key) {
        return UUID.nameUUIDFromBytes(("dadkhah-demo:" + typeName + ":" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private Object plain(JsonNode value) {
        return json.treeToValue(value, Object.class);
    }

    private synchronized JsonNode data() {
        if (data == null) {
            ClassPathResource resource = new ClassPathResource(RESOURCE);
            if (!resource.exists()) {
                data = json.createObjectNode();
            } else {
                try (InputStream in = resource.getInputStream()) {
                    data = json.readTree(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + RESOURCE, e);
                }
            }
        }
        return data;
    }
}
