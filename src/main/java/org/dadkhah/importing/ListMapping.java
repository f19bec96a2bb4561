package org.dadkhah.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What a row of a list is, read from a mapping file (YAML): the LIST source every row cites, the column holding the
 * list's own row number, the person (name columns joined with a space, father's name, birth date) and the acts
 * (a vocabulary code or a column of codes or labels, a date column, a place column). Values are column names,
 * matched against the header after Persian normalisation.
 */
public record ListMapping(String title, @Nullable String listConfidentiality, @Nullable String publisher,
        @Nullable String rowNumber, @Nullable String personConfidentiality, List<String> name,
        @Nullable String fatherName, @Nullable String birthDate, List<Act> acts) {

    /** One act each row describes; {@code type} is a vocabulary code or a column. */
    public record Act(String type, @Nullable String date, @Nullable String place, @Nullable String confidentiality) {
    }

    /** A mapping file that cannot be used, with a message saying why. */
    public static class InvalidMappingException extends IllegalArgumentException {
        InvalidMappingException(String message) {
            super(message);
        }
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** Reads a mapping; fails with a message naming the key at fault. */
    public static ListMapping parse(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new InvalidMappingException("The mapping is not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidMappingException("The mapping must be a YAML map with list, person and acts");
        }
        only(root, "", "list", "rowNumber", "person", "acts");
        JsonNode list = object(root, "list");
        only(list, "list.", "title", "confidentiality", "publisher");
        JsonNode person = object(root, "person");
        only(person, "person.", "confidentiality", "name", "fatherName", "birthDate");
        String title = text(list, "list.title");
        if (title == null) {
            throw new InvalidMappingException("list.title: Required");
        }
        List<String> name = columns(person.get("name"));
        if (name.isEmpty()) {
            throw new InvalidMappingException("person.name: Required (a column or a list of columns)");
        }
        List<Act> acts = new ArrayList<>();
        JsonNode actNodes = root.get("acts");
        if (actNodes != null && !actNodes.isNull()) {
            if (!actNodes.isArray()) {
                throw new InvalidMappingException("acts: Must be a list");
            }
            int i = 0;
            for (JsonNode act : actNodes.values()) {
                String path = "acts[" + i++ + "].";
                if (!act.isObject()) {
                    throw new InvalidMappingException(path + "type: Must be a map");
                }
                only(act, path, "type", "date", "place", "confidentiality");
                String type = text(act, path + "type");
                if (type == null) {
                    throw new InvalidMappingException(path + "type: Required");
                }
                acts.add(new Act(type, text(act, "date"), text(act, "place"), text(act, "confidentiality")));
            }
        }
        return new ListMapping(title, text(list, "confidentiality"), text(list, "publisher"), text(root, "rowNumber"),
                text(person, "confidentiality"), name, text(person, "fatherName"), text(person, "birthDate"),
                List.copyOf(acts));
    }

    /** Every column the mapping names, with the mapping key that names it. */
    Set<String> columnsNamed() {
        Set<String> all = new LinkedHashSet<>(name);
        add(all, rowNumber, fatherName, birthDate);
        acts.forEach(a -> add(all, a.date(), a.place()));
        return all;
    }

    private static void add(Set<String> all, @Nullable String... columns) {
        for (String c : columns) {
            if (c != null) {
                all.add(c);
            }
        }
    }

    private static JsonNode object(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || !node.isObject()) {
            throw new InvalidMappingException(key + ": Required (a map)");
        }
        return node;
    }

    private static void only(JsonNode node, String prefix, String... keys) {
        Set<String> known = Set.of(keys);
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw new InvalidMappingException(prefix + name + ": Unknown key (known: " + String.join(", ", keys) + ")");
            }
        }
    }

    private static @Nullable String text(JsonNode node, String path) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new InvalidMappingException(path + ": Must be a single value");
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    private static List<String> columns(@Nullable JsonNode node) {
        List<String> columns = new ArrayList<>();
        if (node == null || node.isNull()) {
            return columns;
        }
        if (node.isArray()) {
            node.values().forEach(v -> {
                if (!v.asString().isBlank()) {
                    columns.add(v.asString().strip());
                }
            });
        } else if (!node.asString().isBlank()) {
            columns.add(node.asString().strip());
        }
        return columns;
    }
}
