package org.dadkhah.estimate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.ForbiddenException;
import org.dadkhah.records.RecordNotFoundException;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Role;
import org.dadkhah.security.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs estimates for the API and stores each run with its normalised request (inputs, settings, seed), the table
 * used, the result and the statement of method. A stored run is shown to the account that made it and to callers
 * who may count its confidentiality level ({@link Visibility#countable}).
 */
@Service
public class EstimateRuns {

    /** Roles that may run and read estimates. */
    public static final Set<Role> ROLES = EnumSet.of(Role.ANALYST, Role.EDITOR, Role.ADMIN);

    private final JdbcClient jdbc;
    private final RunComputation computation;
    private final JsonMapper json;

    EstimateRuns(JdbcClient jdbc, EstimateTables tables, JsonMapper json) {
        this.jdbc = jdbc;
        this.computation = new RunComputation(tables);
        this.json = json;
    }

    /**
     * Validates the request, runs it and stores the run.
     *
     * @param body the request body
     * @param caller who runs it
     * @return the stored run, as {@link #get} shows it
     */
    public Map<String, Object> run(JsonNode body, Caller caller) {
        allowed(caller);
        if (!caller.writeScope()) {
            throw new ForbiddenException("Storing an estimate run needs a write-scoped token");
        }
        EstimateRequest request = EstimateRequest.parse(body);
        RunComputation.Computed c = computation.compute(request, caller);
        UUID id = UUID.randomUUID();
        String statement = RunStatement.markdown(id, request, c.lists(), c.report(), c.linkage(), caller.username(),
                caller.role().countCeiling().name());
        List<Map<String, Object>> lists = c.lists().stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", l.name());
            m.put("source", l.source() == null ? null : l.source().toString());
            m.put("size", l.size());
            return m;
        }).toList();
        jdbc.sql("""
                insert into estimate_run (id, created_at, created_by, confidentiality, request, lists, table_csv, result,
                    method_statement) values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?::jsonb, ?)""")
                .params(id, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)), caller.username(),
                        c.level().name(), json.writeValueAsString(request.toMap()), json.writeValueAsString(lists),
                        c.table(), json.writeValueAsString(c.report()), statement)
                .update();
        return get(id, caller);
    }

    /**
     * @param id a run id
     * @param caller who asks
     * @return the stored run: request, lists, table, result, methodStatement, createdAt, createdBy
     * @throws RecordNotFoundException when there is no such run the caller may see
     */
    public Map<String, Object> get(UUID id, Caller caller) {
        allowed(caller);
        Visibility.Condition v = Visibility.countable(caller, "r");
        List<Object> params = new ArrayList<>(v.params());
        params.add(caller.username());
        params.add(id);
        Map<String, Object> row = jdbc.sql("select r.id, r.created_at, r.created_by, r.confidentiality, "
                        + "r.request::text as request, r.lists::text as lists, r.table_csv, r.result::text as result, "
                        + "r.method_statement from estimate_run r where (" + v.sql() + " or r.created_by = ?) and r.id = ?")
                .params(params).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("estimate", id));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", row.get("id"));
        out.put("createdAt", ((Timestamp) row.get("created_at")).toInstant());
        out.put("createdBy", row.get("created_by"));
        out.put("confidentiality", row.get("confidentiality"));
        out.put("request", json.readTree((String) row.get("request")));
        out.put("lists", json.readTree((String) row.get("lists")));
        out.put("table", row.get("table_csv"));
        out.put("result", json.readTree((String) row.get("result")));
        out.put("methodStatement", row.get("method_statement"));
        return out;
    }

    /**
     * @param limit how many runs at most
     * @param after the last run of the previous page, or null
     * @param caller who asks
     * @return the newest runs the caller may see first, summarised, with the cursor of the next page
     */
    public Map<String, Object> list(int limit, @Nullable UUID after, Caller caller) {
        allowed(caller);
        Visibility.Condition v = Visibility.countable(caller, "r");
        List<Object> params = new ArrayList<>(v.params());
        params.add(caller.username());
        String sql = "select r.id, r.created_at, r.created_by, r.request->>'method' as method, r.lists::text as lists, "
                + "r.result::text as result from estimate_run r where (" + v.sql() + " or r.created_by = ?)";
        if (after != null) {
            sql += " and (r.created_at, r.id) < (select created_at, id from estimate_run where id = ?)";
            params.add(after);
        }
        List<Map<String, Object>> rows = jdbc.sql(sql + " order by r.created_at desc, r.id desc limit " + (limit + 1))
                .params(params).query().listOfRows();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> row : rows.subList(0, Math.min(limit, rows.size()))) {
            JsonNode result = json.readTree((String) row.get("result"));
            List<Map<String, Object>> estimates = new ArrayList<>();
            for (JsonNode r : result.path("results")) {
                Map<String, Object> e = new LinkedHashMap<>();
                for (String field : List.of("method", "estimate", "lower95", "upper95")) {
                    e.put(field, r.get(field));
                }
                estimates.add(e);
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", row.get("id"));
            item.put("createdAt", ((Timestamp) row.get("created_at")).toInstant());
            item.put("createdBy", row.get("created_by"));
            item.put("method", row.get("method"));
            List<String> names = new ArrayList<>();
            json.readTree((String) row.get("lists")).forEach(l -> names.add(l.path("name").asString()));
            item.put("lists", names);
            item.put("observed", result.path("observed").asLong());
            item.put("results", estimates);
            items.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("next", rows.size() > limit ? items.getLast().get("id") : null);
        return body;
    }

    /**
     * Runs a stored request again with its stored seed and compares with the stored run. The new run is not stored.
     *
     * @param id a run id
     * @param caller who asks
     * @return the new table and result, with {@code reproduces} (table and result identical to the stored ones),
     *     {@code tableReproduces} and {@code resultReproduces}
     */
    public Map<String, Object> rerun(UUID id, Caller caller) {
        Map<String, Object> stored = get(id, caller);
        EstimateRequest request = EstimateRequest.parse((JsonNode) stored.get("request"));
        RunComputation.Computed c = computation.compute(request, caller);
        JsonNode result = json.readTree(json.writeValueAsString(c.report()));
        boolean sameTable = c.table().equals(stored.get("table"));
        boolean sameResult = SameJson.equal(result, (JsonNode) stored.get("result"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", id);
        out.put("reproduces", sameTable && sameResult);
        out.put("tableReproduces", sameTable);
        out.put("resultReproduces", sameResult);
        out.put("table", c.table());
        out.put("result", result);
        return out;
    }

    private static void allowed(Caller caller) {
        if (!ROLES.contains(caller.role())) {
            throw new ForbiddenException("Estimates may be run and read by analysts, editors and administrators");
        }
    }
}
