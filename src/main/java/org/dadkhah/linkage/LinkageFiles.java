package org.dadkhah.linkage;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The command line's files: the YAML config, input CSVs (UTF-8, with a header; spaces around headers and values are
 * ignored, as in the Febrl files), a truth file of id pairs, and the {@code pairs.csv} and {@code clusters.csv}
 * outputs.
 */
public final class LinkageFiles {

    private static final CSVFormat INPUT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private LinkageFiles() {
    }

    /** Reads a config file; a bad file gives an {@link IllegalArgumentException} saying what is wrong. */
    public static LinkageConfig readConfig(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(yaml instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("the config is not a YAML mapping");
            }
            return LinkageConfig.fromMap(map);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new IllegalArgumentException("the config is not valid YAML: " + e.getMessage(), e);
        }
    }

    /** Reads the records of a CSV; the id column and every field column must be in its header. */
    public static List<LinkRecord> readRecords(Path file, LinkageConfig config) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = INPUT.parse(reader)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderNames().forEach(name -> header.put(name.strip().replace("\uFEFF", ""), header.size()));
            List<String> needed = new ArrayList<>(List.of(config.idColumn()));
            config.fields().forEach(f -> needed.add(f.column()));
            for (String column : needed) {
                if (!header.containsKey(column)) {
                    throw new IllegalArgumentException(file + " has no column '" + column + "' (it has "
                            + String.join(", ", header.keySet()) + ")");
                }
            }
            List<LinkRecord> records = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (CSVRecord row : parser) {
                Map<String, String> values = new HashMap<>();
                for (LinkageConfig.FieldSpec field : config.fields()) {
                    values.put(field.column(), cell(row, header.get(field.column())));
                }
                String id = cell(row, header.get(config.idColumn()));
                if (id.isEmpty() || !ids.add(id)) {
                    throw new IllegalArgumentException(file + " line " + parser.getCurrentLineNumber()
                            + ": " + (id.isEmpty() ? "no id" : "id '" + id + "' appears twice"));
                }
                records.add(new LinkRecord(id, values));
            }
            return records;
        }
    }

    private static String cell(CSVRecord row, int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }

    /** Reads true pairs: the first two columns of a CSV with a header. */
    public static List<List<String>> readTruth(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = INPUT.parse(reader)) {
            List<List<String>> pairs = new ArrayList<>();
            for (CSVRecord row : parser) {
                if (row.size() >= 2) {
                    pairs.add(List.of(row.get(0).strip(), row.get(1).strip()));
                }
            }
            return pairs;
        }
    }

    /** Writes {@code left_id,right_id,weight,probability,decision} for every pair at or above review. */
    public static void writePairs(Path file, List<ScoredPair> pairs) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter out = CSVFormat.DEFAULT.builder()
                        .setHeader("left_id", "right_id", "weight", "probability", "decision").get().print(writer)) {
            for (ScoredPair pair : pairs) {
                out.printRecord(pair.leftId(), pair.rightId(), String.format(Locale.ROOT, "%.4f", pair.weight()),
                        String.format(Locale.ROOT, "%.6f", pair.probability()), pair.decision());
            }
        }
    }

    /** Writes {@code record_id,cluster_id} for every record. */
    public static void writeClusters(Path file, Map<String, String> clusters) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter out = CSVFormat.DEFAULT.builder().setHeader("record_id", "cluster_id").get().print(writer)) {
            for (Map.Entry<String, String> entry : clusters.entrySet()) {
                out.printRecord(entry.getKey(), entry.getValue());
            }
        }
    }
}
