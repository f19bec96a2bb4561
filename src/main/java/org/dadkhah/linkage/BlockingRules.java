package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.List;

/** The blocking rules of a config: those it gives, or the automatic ones. */
final class BlockingRules {

    private BlockingRules() {
    }

    /**
     * The rules used when the config gives none, all compound so that no block is a whole common name: each
     * identifier alone; each full date with the initial of each name (alone when there are no names); surname and
     * given name in either order; the surname's Double Metaphone with the given name's first two skeleton letters;
     * surname with the father's name, with the birth year, and with the place and the given name's initial; given
     * name with the father's name and the birth year, the surname's first two letters or the place; given name with
     * the surname's first two letters and the birth year; given name with the birth year and the place; the father's
     * name with the birth year and the place; a full name with the birth year. A name alone is not a rule: in a real
     * population a common name joins millions of pairs of different people.
     */
    static List<Blocking.Rule> automatic(LinkageConfig config) {
        List<Blocking.Rule> rules = new ArrayList<>();
        List<String> given = columns(config, FieldType.GIVEN_NAME);
        List<String> surnames = columns(config, FieldType.SURNAME);
        List<String> full = columns(config, FieldType.FULL_NAME);
        List<String> dates = columns(config, FieldType.DATE);
        List<String> fathers = columns(config, FieldType.FATHER_NAME);
        List<String> places = columns(config, FieldType.PLACE);
        columns(config, FieldType.EXACT).forEach(c -> rules.add(rule(config, List.of(c), false)));
        List<List<String>> ordered = new ArrayList<>();
        List<String> names = given.isEmpty() && surnames.isEmpty() ? full : concat(given, surnames);
        for (String d : dates) {
            if (names.isEmpty()) {
                rules.add(rule(config, List.of(d), false));
            }
            names.forEach(name -> rules.add(rule(config, List.of(d, name + ".initial"), false)));
        }
        for (String s : surnames) {
            given.forEach(g -> rules.add(rule(config, List.of(s, g), true)));
            given.forEach(g -> ordered.add(List.of(s + ".metaphone", g + ".prefix")));
            fathers.forEach(p -> ordered.add(List.of(s, p)));
            dates.forEach(d -> ordered.add(List.of(s, d + ".year")));
            places.forEach(p -> given.forEach(g -> ordered.add(List.of(s, p, g + ".initial"))));
        }
        for (String g : given) {
            fathers.forEach(p -> dates.forEach(d -> ordered.add(List.of(g, p, d + ".year"))));
            fathers.forEach(p -> surnames.forEach(s -> ordered.add(List.of(g, p, s + ".prefix"))));
            fathers.forEach(p -> places.forEach(c -> ordered.add(List.of(g, p, c))));
            surnames.forEach(s -> dates.forEach(d -> ordered.add(List.of(g, s + ".prefix", d + ".year"))));
            places.forEach(p -> dates.forEach(d -> ordered.add(List.of(g, d + ".year", p))));
        }
        fathers.forEach(p -> dates.forEach(d -> places.forEach(c -> ordered.add(List.of(p, d + ".year", c)))));
        full.forEach(name -> dates.forEach(d -> ordered.add(List.of(name, d + ".year"))));
        if (given.isEmpty() && surnames.isEmpty() && full.isEmpty()) {
            fathers.forEach(c -> ordered.add(List.of(c)));
            places.forEach(c -> ordered.add(List.of(c)));
        }
        ordered.forEach(parts -> rules.add(rule(config, parts, false)));
        return List.copyOf(rules);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> columns(LinkageConfig config, FieldType type) {
        return config.fields().stream().filter(f -> f.type() == type).map(LinkageConfig.FieldSpec::column).toList();
    }

    /** The rules the config gives. */
    static List<Blocking.Rule> parse(LinkageConfig config) {
        return config.blocking().stream().map(parts -> rule(config, parts, false)).toList();
    }

    private static Blocking.Rule rule(LinkageConfig config, List<String> parts, boolean unordered) {
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
        String name = unordered ? String.join(" & ", parts) + " (either order)" : String.join(" + ", parts);
        return new Blocking.Rule(name, fields, variants, unordered);
    }
}
