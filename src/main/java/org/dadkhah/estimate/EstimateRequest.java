package org.dadkhah.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.records.InvalidRecordException.FieldProblem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A validated request of {@code POST /api/v1/estimates}: either list-type sources (with an optional stratum) or an
 * uploaded CSV table, and the settings. {@link #toMap()} gives the normalised form that is stored with a run
 * (every default filled in, the seed always present) so that parsing it again reproduces the run exactly.
 *
 * @param lists ids of the sources whose citations make the lists (empty for an uploaded table)
 * @param stratum the stratum to count within, or null
 * @param strata named strata to estimate separately and add up (lists only; empty when not stratified)
 * @param table the uploaded CSV text, or null
 * @param strataColumn for an uploaded table: a column to estimate by and sum over, or null
 * @param settings method, criterion, seed and LCMCR settings
 */
public record EstimateRequest(List<UUID> lists, @Nullable Stratum stratum, List<NamedStratum> strata,
                              @Nullable String table, @Nullable String strataColumn, EstimateSettings settings) {

    /** Largest uploaded table accepted, in characters. */
    public static final int MAX_TABLE_CHARS = 1_000_000;
    /** Sex values a stratum may name (those of person records). */
    static final Set<String> SEXES = Set.of("MALE", "FEMALE", "OTHER", "UNKNOWN");
    /** Most strata one request may name. */
    static final int MAX_STRATA = 20;
    private static final Set<String> FIELDS = Set.of("lists", "stratum", "strata", "table", "strataColumn", "method",
            "criterion", "seed", "lcmcr");
    private static final Set<String> STRATUM_FIELDS = Set.of("actType", "from", "to", "place", "sex");
    private static final Set<String> NAMED_STRATUM_FIELDS = Set.of("name", "actType", "from", "to", "place", "sex");

    /** Copies the strata defensively. */
    public EstimateRequest {
        strata = List.copyOf(strata);
    }

    /**
     * A stratum of a stratified request.
     *
     * @param name its name, unique within the request
     * @param stratum whom it counts
     */
    public record NamedStratum(String name, Stratum stratum) {
    }

    /**
     * Whom to count: victims of a matching act and/or persons of one sex. Null fields do not restrict.
     *
     * @param actType an ACT_TYPE code; its narrower terms match too
     * @param from a partial date; acts must not start before its first day
     * @param to a partial date; acts must end by its last day
     * @param place a place; acts there or in a place within it match
     * @param sex a person's recorded sex
     */
    public record Stratum(@Nullable String actType, @Nullable String from, @Nullable String to,
                          @Nullable UUID place, @Nullable String sex) {

        /** @return whether the stratum needs a matching act (type, period or place given) */
        public boolean needsAct() {
            return actType != null || from != null || to != null || place != null;
        }
    }

    /** @return whether the table comes from the database (rather than an upload) */
    public boolean fromDatabase() {
        return table == null;
    }

    /**
     * Reads and validates a request body; a missing seed is drawn at random (and then stored).
     *
     * @param body the JSON body
     * @return the request
     * @throws InvalidRecordException listing every problem found
     */
    public static EstimateRequest parse(JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!body.isObject()) {
            throw InvalidRecordException.of("", "The body must be a JSON object");
        }
        RequestFields.unknown(body, FIELDS, "", problems);
        List<UUID> lists = new ArrayList<>();
        String table = null;
        if (body.has("lists") == body.has("table")) {
            problems.add(new FieldProblem("lists", "Give either lists (ids of sources of kind LIST) or table (CSV)"));
        } else if (body.has("lists")) {
            lists = lists(body.get("lists"), problems);
        } else if (body.get("table").isString() && !body.get("table").asString().isBlank()) {
            table = body.get("table").asString();
            if (table.length() > MAX_TABLE_CHARS) {
                problems.add(new FieldProblem("table", "At most " + MAX_TABLE_CHARS + " characters"));
            }
        } else {
            problems.add(new FieldProblem("table", "Must be CSV text: one 0/1 column per list and a count column"));
        }
        Stratum stratum = body.has("stratum") ? stratum(body.get("stratum"), "stratum", STRATUM_FIELDS, problems)
                : null;
        if (stratum != null && table != null) {
            problems.add(new FieldProblem("stratum", "Only with lists; to stratify an uploaded table use strataColumn"));
        }
        List<NamedStratum> strata = body.has("strata") ? strata(body.get("strata"), problems) : List.of();
        if (!strata.isEmpty() && (table != null || stratum != null)) {
            problems.add(new FieldProblem("strata", "Only with lists and without stratum (each stratum says whom it "
                    + "counts); to stratify an uploaded table use strataColumn"));
        }
        String strataColumn = RequestFields.optionalText(body, "strataColumn", problems);
        if (strataColumn != null && table == null) {
            problems.add(new FieldProblem("strataColumn", "Only with an uploaded table"));
        }
        EstimateSettings.Method method = RequestFields.choice(body, "method", EstimateSettings.Method.class,
                EstimateSettings.Method.ALL, problems);
        Criterion criterion = RequestFields.choice(body, "criterion", Criterion.class, Criterion.AIC, problems);
        long seed = ThreadLocalRandom.current().nextLong(1, 1L << 31);
        if (body.has("seed")) {
            JsonNode s = body.get("seed");
            if (s.isIntegralNumber() && s.canConvertToLong()) {
                seed = s.longValue();
            } else {
                problems.add(new FieldProblem("seed", "Must be a whole number"));
            }
        }
        LcmcrSettings lcmcr = body.has("lcmcr") ? RequestFields.lcmcr(body.get("lcmcr"), problems)
                : LcmcrSettings.defaults();
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        return new EstimateRequest(lists, stratum, strata, table, strataColumn,
                new EstimateSettings(method, criterion, seed, lcmcr));
    }

    /** @return the normalised request as stored with a run (parses back to an equal request) */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (table == null) {
            out.put("lists", lists.stream().map(UUID::toString).toList());
        } else {
            out.put("table", table);
        }
        if (stratum != null) {
            out.put("stratum", stratumMap(stratum, new LinkedHashMap<>()));
        }
        if (!strata.isEmpty()) {
            List<Map<String, Object>> named = new ArrayList<>();
            for (NamedStratum n : strata) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("name", n.name());
                named.add(stratumMap(n.stratum(), s));
            }
            out.put("strata", named);
        }
        putIf(out, "strataColumn", strataColumn);
        out.put("method", settings.method().name().toLowerCase(Locale.ROOT));
        out.put("criterion", settings.criterion().name().toLowerCase(Locale.ROOT));
        out.put("seed", settings.seed());
        LcmcrSettings l = settings.lcmcr();
        out.put("lcmcr", new LinkedHashMap<>(Map.of("classes", l.classes(), "alphaShape", l.alphaShape(),
                "alphaRate", l.alphaRate(), "chains", l.chains(), "burnIn", l.burnIn(), "samples", l.samples(),
                "thinning", l.thinning(), "maxSamples", l.maxSamples())));
        return out;
    }

    private static List<UUID> lists(JsonNode node, List<FieldProblem> problems) {
        List<UUID> ids = new ArrayList<>();
        if (!node.isArray()) {
            problems.add(new FieldProblem("lists", "Must be an array of source ids"));
            return ids;
        }
        for (int i = 0; i < node.size(); i++) {
            UUID id = RequestFields.uuid(node.get(i), "lists[" + i + "]", problems);
            if (id != null && ids.contains(id)) {
                problems.add(new FieldProblem("lists[" + i + "]", "Source " + id + " is named twice"));
            } else if (id != null) {
                ids.add(id);
            }
        }
        if (node.size() < 2) {
            problems.add(new FieldProblem("lists", "At least two lists are needed, found " + node.size()));
        } else if (node.size() > CaptureHistory.MAX_LISTS) {
            problems.add(new FieldProblem("lists", "At most " + CaptureHistory.MAX_LISTS + " lists are supported"));
        }
        return ids;
    }

    private static Map<String, Object> stratumMap(Stratum stratum, Map<String, Object> s) {
        putIf(s, "actType", stratum.actType());
        putIf(s, "from", stratum.from());
        putIf(s, "to", stratum.to());
        putIf(s, "place", stratum.place() == null ? null : stratum.place().toString());
        putIf(s, "sex", stratum.sex());
        return s;
    }

    private static List<NamedStratum> strata(JsonNode node, List<FieldProblem> problems) {
        if (!node.isArray() || node.size() < 2 || node.size() > MAX_STRATA) {
            problems.add(new FieldProblem("strata", "Must be an array of 2 to " + MAX_STRATA
                    + " objects, each with a name and actType, from, to, place and/or sex"));
            return List.of();
        }
        List<NamedStratum> out = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String field = "strata[" + i + "]";
            Stratum stratum = stratum(node.get(i), field, NAMED_STRATUM_FIELDS, problems);
            String name = node.get(i).isObject() ? RequestFields.optionalText(node.get(i), "name", field + ".name",
                    problems) : null;
            if (name == null || name.isBlank() || name.length() > 80) {
                problems.add(new FieldProblem(field + ".name", "Give each stratum a name of 1 to 80 characters"));
            } else if (!names.add(name.strip().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(field + ".name", "Another stratum is already named " + name));
            } else if (stratum != null) {
                out.add(new NamedStratum(name.strip(), stratum));
            }
        }
        return out;
    }

    private static @Nullable Stratum stratum(JsonNode node, String field, Set<String> fields,
                                             List<FieldProblem> problems) {
        if (!node.isObject()) {
            problems.add(new FieldProblem(field, "Must be an object with actType, from, to, place and/or sex"));
            return null;
        }
        RequestFields.unknown(node, fields, field + ".", problems);
        String actType = RequestFields.optionalText(node, "actType", field + ".actType", problems);
        String from = RequestFields.date(node, "from", field, problems);
        String to = RequestFields.date(node, "to", field, problems);
        UUID place = node.has("place") && !node.get("place").isNull()
                ? RequestFields.uuid(node.get("place"), field + ".place", problems) : null;
        String sex = RequestFields.optionalText(node, "sex", field + ".sex", problems);
        if (sex != null && !SEXES.contains(sex)) {
            problems.add(new FieldProblem(field + ".sex", "Must be one of " + SEXES.stream().sorted().toList()));
        }
        return new Stratum(actType, from, to, place, sex);
    }

    private static void putIf(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
