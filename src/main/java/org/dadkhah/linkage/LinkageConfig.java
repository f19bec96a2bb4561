package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What to compare and how to decide.
 *
 * @param idColumn the column holding each record's id
 * @param fields the compared columns with their comparator, in order
 * @param linkThreshold the match probability from which a pair is linked
 * @param reviewThreshold the match probability from which a pair is shown for review (below: non-link)
 * @param blocking blocking rules, each a list of {@code column} or {@code column.variant} parts that must all agree
 *     ({@code date_of_birth.year}, {@code surname.initial}, {@code surname.prefix}, {@code given_name.metaphone});
 *     empty for the automatic
 *     rules ({@link Blocking#automatic})
 * @param maxBlockPairs a block (records sharing one key of one rule) with more pairs than this is skipped for that
 *     rule, and reported
 */
public record LinkageConfig(String idColumn, List<FieldSpec> fields, double linkThreshold, double reviewThreshold,
        List<List<String>> blocking, long maxBlockPairs) {

    /** Default probability from which a pair is linked. */
    public static final double DEFAULT_LINK = 0.9;
    /** Default probability from which a pair is reviewed. */
    public static final double DEFAULT_REVIEW = 0.3;
    /** Default limit on the pairs of one block. */
    public static final long DEFAULT_MAX_BLOCK_PAIRS = 50_000;

    /** One compared column. */
    public record FieldSpec(String column, FieldType type) {
    }

    /** Checks the thresholds and that the columns are distinct. */
    public LinkageConfig {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("the config names no fields to compare");
        }
        if (!(reviewThreshold > 0 && reviewThreshold <= linkThreshold && linkThreshold < 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < review <= link < 1");
        }
        if (fields.stream().map(FieldSpec::column).distinct().count() != fields.size()) {
            throw new IllegalArgumentException("a column is named twice in the fields");
        }
        fields = List.copyOf(fields);
        blocking = blocking.stream().map(List::copyOf).toList();
    }

    /** A config with the default thresholds and automatic blocking. */
    public static LinkageConfig of(String idColumn, Map<String, FieldType> fields) {
        List<FieldSpec> specs = new ArrayList<>();
        fields.forEach((column, type) -> specs.add(new FieldSpec(column, type)));
        return new LinkageConfig(idColumn, specs, DEFAULT_LINK, DEFAULT_REVIEW, List.of(), DEFAULT_MAX_BLOCK_PAIRS);
    }

    /**
     * Reads the config file's structure (as parsed from YAML): {@code id}, {@code fields} (column: comparator), and
     * optionally {@code thresholds: {link, review}}, {@code blocking} (a list of rules, each a list of parts or one
     * string with parts joined by {@code +}) and {@code max_block_pairs}.
     */
    public static LinkageConfig fromMap(Map<?, ?> yaml) {
        Object id = yaml.get("id");
        if (!(id instanceof String idColumn) || idColumn.isBlank()) {
            throw new IllegalArgumentException("the config needs 'id: COLUMN'");
        }
        if (!(yaml.get("fields") instanceof Map<?, ?> fieldMap) || fieldMap.isEmpty()) {
            throw new IllegalArgumentException("the config needs 'fields:' mapping columns to comparators");
        }
        Map<String, FieldType> fields = new LinkedHashMap<>();
        fieldMap.forEach((column, type) -> fields.put(String.valueOf(column).trim(),
                FieldType.fromConfig(String.valueOf(type))));
        double link = DEFAULT_LINK;
        double review = DEFAULT_REVIEW;
        if (yaml.get("thresholds") instanceof Map<?, ?> thresholds) {
            link = number(thresholds.get("link"), link);
            review = number(thresholds.get("review"), review);
        }
        List<List<String>> rules = new ArrayList<>();
        if (yaml.get("blocking") instanceof List<?> list) {
            for (Object rule : list) {
                List<String> parts = new ArrayList<>();
                if (rule instanceof List<?> items) {
                    items.forEach(item -> parts.add(String.valueOf(item).trim()));
                } else {
                    for (String part : String.valueOf(rule).split("\\+")) {
                        parts.add(part.trim());
                    }
                }
                rules.add(parts);
            }
        }
        long maxPairs = (long) number(yaml.get("max_block_pairs"), DEFAULT_MAX_BLOCK_PAIRS);
        List<FieldSpec> specs = new ArrayList<>();
        fields.forEach((column, type) -> specs.add(new FieldSpec(column, type)));
        return new LinkageConfig(idColumn.trim(), specs, link, review, rules, maxPairs);
    }

    private static double number(@Nullable Object value, double fallback) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + value);
        }
    }

    /** The position of a field in {@link #fields}, or -1. */
    int fieldIndex(String column) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).column().equals(column)) {
                return i;
            }
        }
        return -1;
    }
}
