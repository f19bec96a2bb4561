package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Candidate pairs from a union of blocking rules: two records are compared when, for at least one rule, every part
 * of the rule gives both the same key. Each pair is produced once (by the first rule that finds it). A block with
 * more than {@link LinkageConfig#maxBlockPairs} pairs is skipped for that rule and counted in its statistics.
 */
final class Blocking {

    /** One rule: the fields (by index) and the key variant of each. */
    record Rule(String name, int[] fields, String[] variants) {
    }

    private final PreparedRecords records;
    private final List<Rule> rules;
    private final @Nullable String[][] keys;
    private final List<Set<String>> oversized = new ArrayList<>();
    final List<BlockingRuleStats> stats = new ArrayList<>();
    final IntList left = new IntList();
    final IntList right = new IntList();
    /** The rule that produced each candidate. */
    final IntList ruleOf = new IntList();

    Blocking(PreparedRecords records) {
        this.records = records;
        this.rules = records.config.blocking().isEmpty() ? automatic(records.config) : parse(records.config);
        this.keys = new String[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            keys[r] = keys(rules.get(r));
            oversized.add(new HashSet<>());
            generate(r);
        }
    }

    /**
     * The rules used when the config gives none: each identifier and each full date alone; each name alone; surname
     * with given name, with the given name's initial (by Double Metaphone), with the father's name, with the birth
     * year and with the place; given name with birth year; a full name with the birth year.
     */
    static List<Rule> automatic(LinkageConfig config) {
        List<List<String>> rules = new ArrayList<>();
        List<String> given = columns(config, FieldType.GIVEN_NAME);
        List<String> surnames = columns(config, FieldType.SURNAME);
        List<String> full = columns(config, FieldType.FULL_NAME);
        List<String> dates = columns(config, FieldType.DATE);
        columns(config, FieldType.EXACT).forEach(c -> rules.add(List.of(c)));
        dates.forEach(c -> rules.add(List.of(c)));
        for (String name : concat(surnames, given, full)) {
            rules.add(List.of(name));
        }
        for (String s : surnames) {
            given.forEach(g -> rules.add(List.of(s, g)));
            given.forEach(g -> rules.add(List.of(s + ".metaphone", g + ".initial")));
            columns(config, FieldType.FATHER_NAME).forEach(p -> rules.add(List.of(s, p)));
            columns(config, FieldType.PLACE).forEach(p -> rules.add(List.of(s, p)));
            dates.forEach(d -> rules.add(List.of(s, d + ".year")));
        }
        for (String name : concat(given, full, List.of())) {
            dates.forEach(d -> rules.add(List.of(name, d + ".year")));
        }
        return rules.stream().map(parts -> rule(config, parts)).toList();
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    private static List<String> columns(LinkageConfig config, FieldType type) {
        return config.fields().stream().filter(f -> f.type() == type).map(LinkageConfig.FieldSpec::column).toList();
    }

    private static List<Rule> parse(LinkageConfig config) {
        return config.blocking().stream().map(parts -> rule(config, parts)).toList();
    }

    private static Rule rule(LinkageConfig config, List<String> parts) {
        int[] fields = new int[parts.size()];
        String[] variants = new String[parts.size()];
        for (int p = 0; p < parts.size(); p++) {
            String part = parts.get(p);
            int dot = part.lastIndexOf('.');
            String column = dot > 0 && config.fieldIndex(part) < 0 ? part.substring(0, dot) : part;
            variants[p] = column.equals(part) ? "" : part.substring(dot + 1);
            fields[p] = config.fieldIndex(column);
            if (fields[p] < 0) {
                throw new IllegalArgumentException("blocking rule names '" + column + "', which is not a field");
            }
        }
        return new Rule(String.join(" + ", parts), fields, variants);
    }

    private @Nullable String[] keys(Rule rule) {
        String[] out = new String[records.size()];
        for (int i = 0; i < out.length; i++) {
            StringBuilder key = new StringBuilder();
            for (int p = 0; p < rule.fields.length && key != null; p++) {
                Object value = records.values[rule.fields[p]][i];
                String part = value == null ? null
                        : records.comparators.get(rule.fields[p]).blockingKey(value, rule.variants[p]);
                key = part == null ? null : key.append(p == 0 ? "" : "\u0001").append(part);
            }
            out[i] = key == null ? null : key.toString();
        }
        return out;
    }

    private void generate(int r) {
        Map<String, IntList> blocks = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            if (keys[r][i] != null) {
                blocks.computeIfAbsent(keys[r][i], k -> new IntList()).add(i);
            }
        }
        long added = 0;
        int skipped = 0;
        boolean two = records.twoLists();
        for (Map.Entry<String, IntList> block : blocks.entrySet()) {
            IntList members = block.getValue();
            long n = members.size();
            if (n * (n - 1) / 2 > records.config.maxBlockPairs()) {
                oversized.get(r).add(block.getKey());
                skipped++;
                continue;
            }
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    int i = members.get(a);
                    int j = members.get(b);
                    if (two && records.side[i] == records.side[j] || coveredBefore(r, i, j)) {
                        continue;
                    }
                    ruleOf.add(r);
                    left.add(records.side[i] <= records.side[j] ? i : j);
                    right.add(records.side[i] <= records.side[j] ? j : i);
                    added++;
                }
            }
        }
        stats.add(new BlockingRuleStats(rules.get(r).name, blocks.size(), added, skipped));
    }

    private boolean coveredBefore(int rule, int i, int j) {
        for (int q = 0; q < rule; q++) {
            if (sameBlock(q, i, j)) {
                return true;
            }
        }
        return false;
    }

    private boolean sameBlock(int rule, int i, int j) {
        String key = keys[rule][i];
        return key != null && Objects.equals(key, keys[rule][j]) && !oversized.get(rule).contains(key);
    }

    /** Whether some rule puts records i and j in one (compared) block. */
    boolean candidate(int i, int j) {
        return coveredBefore(rules.size(), i, j);
    }

    /** The fields (by index) a rule blocks on. */
    int[] ruleFields(int rule) {
        return rules.get(rule).fields.clone();
    }

    int rules() {
        return rules.size();
    }

    int candidates() {
        return left.size();
    }
}
