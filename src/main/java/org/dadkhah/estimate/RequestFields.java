package org.dadkhah.estimate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.InvalidRecordException.FieldProblem;
import org.dadkhah.shared.InvalidPartialDateException;
import org.dadkhah.shared.PartialDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the fields of an estimate request from JSON, collecting a problem per bad field. */
final class RequestFields {

    private static final Map<String, long[]> BOUNDS = lcmcrBounds();

    private RequestFields() {
    }

    static @Nullable String date(JsonNode node, String name, String prefix, List<FieldProblem> problems) {
        String field = prefix + "." + name;
        String text = optionalText(node, name, field, problems);
        if (text == null) {
            return null;
        }
        try {
            PartialDate date = PartialDate.parse(text);
            if ((name.equals("from") ? date.earliest() : date.latest()) == null) {
                problems.add(new FieldProblem(field, "Give a date or period with a definite "
                        + (name.equals("from") ? "start" : "end")));
            }
        } catch (InvalidPartialDateException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
        }
        return text;
    }

    /** Upper bound on the Gibbs sweeps of one request, all chains together (a few minutes on two cores). */
    static final long MAX_SWEEPS = 10_000_000;

    static LcmcrSettings lcmcr(JsonNode node, List<FieldProblem> problems) {
        LcmcrSettings d = LcmcrSettings.defaults();
        if (!node.isObject()) {
            problems.add(new FieldProblem("lcmcr", "Must be an object"));
            return d;
        }
        unknown(node, BOUNDS.keySet(), "lcmcr.", problems);
        int classes = (int) bounded(node, "classes", d.classes(), problems);
        int chains = (int) bounded(node, "chains", d.chains(), problems);
        int burnIn = (int) bounded(node, "burnIn", d.burnIn(), problems);
        int samples = (int) bounded(node, "samples", d.samples(), problems);
        int thinning = (int) bounded(node, "thinning", d.thinning(), problems);
        int maxSamples = (int) bounded(node, "maxSamples", (long) LcmcrSettings.EXTENSION * samples, problems);
        if (maxSamples < samples) {
            problems.add(new FieldProblem("lcmcr.maxSamples", "Must be at least samples (" + samples + ")"));
        }
        double shape = positive(node, "alphaShape", d.alphaShape(), problems);
        double rate = positive(node, "alphaRate", d.alphaRate(), problems);
        if ((long) chains * (burnIn + (long) maxSamples * thinning) > MAX_SWEEPS) {
            problems.add(new FieldProblem("lcmcr", String.format(Locale.ROOT,
                    "At most %,d sweeps in all: chains x (burnIn + maxSamples x thinning)", MAX_SWEEPS)));
        }
        return problems.isEmpty()
                ? new LcmcrSettings(classes, shape, rate, chains, burnIn, samples, thinning, maxSamples) : d;
    }

    static long bounded(JsonNode node, String name, long fallback, List<FieldProblem> problems) {
        if (!node.has(name)) {
            return fallback;
        }
        long[] bounds = BOUNDS.get(name);
        JsonNode v = node.get(name);
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < bounds[0] || v.longValue() > bounds[1]) {
            problems.add(new FieldProblem("lcmcr." + name, "Must be a whole number from " + bounds[0] + " to "
                    + bounds[1]));
            return fallback;
        }
        return v.longValue();
    }

    static double positive(JsonNode node, String name, double fallback, List<FieldProblem> problems) {
        if (!node.has(name)) {
            return fallback;
        }
        JsonNode v = node.get(name);
        if (!v.isNumber() || !(v.doubleValue() > 0) || v.doubleValue() > 1000) {
            problems.add(new FieldProblem("lcmcr." + name, "Must be a number above 0 and at most 1000"));
            return fallback;
        }
        return v.doubleValue();
    }

    static Map<String, long[]> lcmcrBounds() {
        Map<String, long[]> b = new LinkedHashMap<>();
        b.put("classes", new long[] {1, 50});
        b.put("chains", new long[] {1, 8});
        b.put("burnIn", new long[] {0, 200_000});
        b.put("samples", new long[] {1, 20_000});
        b.put("maxSamples", new long[] {1, 80_000});
        b.put("thinning", new long[] {1, 1_000});
        b.put("alphaShape", new long[] {0, 0});
        b.put("alphaRate", new long[] {0, 0});
        return b;
    }

    static <E extends Enum<E>> E choice(JsonNode body, String name, Class<E> type, E fallback,
            List<FieldProblem> problems) {
        String text = optionalText(body, name, name, problems);
        if (text == null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        problems.add(new FieldProblem(name, "Must be one of " + allowed));
        return fallback;
    }

    static @Nullable UUID uuid(JsonNode node, String field, List<FieldProblem> problems) {
        if (node.isString()) {
            try {
                return UUID.fromString(node.asString());
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        problems.add(new FieldProblem(field, "Must be a record id (UUID)"));
        return null;
    }

    static @Nullable String optionalText(JsonNode node, String name, List<FieldProblem> problems) {
        return optionalText(node, name, name, problems);
    }

    static @Nullable String optionalText(JsonNode node, String name, String field, List<FieldProblem> problems) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString() || v.asString().isBlank()) {
            problems.add(new FieldProblem(field, "Must be non-empty text"));
            return null;
        }
        return v.asString().strip();
    }

    static void unknown(JsonNode node, Set<String> known, String prefix, List<FieldProblem> problems) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(new FieldProblem(prefix + name, "Unknown field"));
            }
        }
    }

}
