package org.dadkhah.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists and counts ordered by a {@link RankedListFilter}: the engine proposes ids best first (at most
 * {@link #WINDOW}), and each is checked here with the type's read condition and the list's other criteria, exactly as
 * an ordinary list checks its rows. The cursor of a ranked list is the last id shown; the next page continues after
 * it in the engine's order.
 */
@Component
class RankedLists {

    /** How many of the best matches a ranked list reaches (a person list filtered by a common name stops there). */
    static final int WINDOW = 1000;

    /** Rows of a ranked page in the engine's order, and the cursor of the next page (or null). */
    record RankedRows(List<Map<String, Object>> rows, @Nullable UUID next) {
    }

    private final JdbcClient jdbc;
    private final List<ListFilter> filters;
    private final ObjectProvider<RankedListFilter> engines;
    /** The engines, looked up once on first use (they depend on the read layer, so not at construction). */
    private volatile @Nullable List<RankedListFilter> running;

    RankedLists(JdbcClient jdbc, List<ListFilter> filters, ObjectProvider<RankedListFilter> engines) {
        this.jdbc = jdbc;
        this.filters = filters;
        this.engines = engines;
    }

    /** The engine answering one of {@code criteria}'s parameters for {@code type}, if one runs. */
    @Nullable RankedListFilter engineFor(RecordType type, Map<String, String> criteria) {
        if (criteria.isEmpty()) {
            return null;
        }
        List<RankedListFilter> known = running;
        if (known == null) {
            known = engines.orderedStream().toList();
            running = known;
        }
        return known.stream().filter(e -> e.path().equals(type.path()) && criteria.containsKey(e.parameter()))
                .findFirst().orElse(null);
    }

    /**
     * One page of live records the caller may read, in the engine's order, after {@code after}; null when the engine
     * cannot answer now.
     */
    @Nullable RankedRows page(RankedListFilter engine, RecordType type, Map<String, String> criteria, @Nullable UUID after,
            int limit, Caller caller) {
        List<UUID> ranked = ranked(engine, type, criteria, caller);
        if (ranked == null) {
            return null;
        }
        int start = after == null ? 0 : ranked.indexOf(after) + 1;
        if (after != null && start == 0) {
            return new RankedRows(List.of(), null);
        }
        Map<String, String> others = others(engine, criteria);
        List<Map<String, Object>> found = new ArrayList<>();
        int chunk = Math.max(2 * (limit + 1), 50);
        for (int from = start; from < ranked.size() && found.size() <= limit; from += chunk) {
            List<UUID> ids = ranked.subList(from, Math.min(ranked.size(), from + chunk));
            Map<UUID, Map<String, Object>> rows = new HashMap<>();
            for (Map<String, Object> row : rows(type, "t.*", ids, others, caller)) {
                rows.put((UUID) row.get("id"), row);
            }
            ids.stream().map(rows::get).filter(java.util.Objects::nonNull).forEach(found::add);
        }
        if (found.size() > limit) {
            List<Map<String, Object>> page = found.subList(0, limit);
            return new RankedRows(page, (UUID) page.getLast().get("id"));
        }
        return new RankedRows(found, null);
    }

    /**
     * How many records the caller could list with the same criteria (all pages of the ranked list); null when the
     * engine cannot answer now.
     */
    @Nullable Long count(RankedListFilter engine, RecordType type, Map<String, String> criteria, Caller caller) {
        List<UUID> ranked = ranked(engine, type, criteria, caller);
        if (ranked == null) {
            return null;
        }
        return ranked.isEmpty() ? 0L : (long) rows(type, "t.id", ranked, others(engine, criteria), caller).size();
    }

    private @Nullable List<UUID> ranked(RankedListFilter engine, RecordType type, Map<String, String> criteria, Caller caller) {
        String value = criteria.get(engine.parameter());
        filters.stream().filter(f -> f.path().equals(type.path()) && f.parameter().equals(engine.parameter()))
                .forEach(f -> f.condition(value));
        RecordFilters.append(type, others(engine, criteria), filters, new StringBuilder(), new ArrayList<>());
        List<UUID> ids = engine.rank(value, caller, WINDOW);
        return ids == null ? null : List.copyOf(new java.util.LinkedHashSet<>(ids));
    }

    private static Map<String, String> others(RankedListFilter engine, Map<String, String> criteria) {
        Map<String, String> others = new LinkedHashMap<>(criteria);
        others.remove(engine.parameter());
        return others;
    }

    private List<Map<String, Object>> rows(RecordType type, String columns, List<UUID> ids, Map<String, String> others,
            Caller caller) {
        Visibility.Condition v = type.readable(caller, "t");
        StringBuilder sql = new StringBuilder("select " + columns + " from " + type.table()
                + " t where t.deleted_at is null and t.id = any(?) and ").append(v.sql());
        List<Object> params = new ArrayList<>();
        params.add(ids.toArray(UUID[]::new));
        params.addAll(v.params());
        RecordFilters.append(type, others, filters, sql, params);
        return jdbc.sql(sql.toString()).params(params).query().listOfRows();
    }
}
