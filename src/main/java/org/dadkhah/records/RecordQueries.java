package org.dadkhah.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one read layer: every representation of a record (by id, in lists, embedded in another record, as a label of
 * a reference, in a timeline, in history, counted) comes from here, built with the record type's read condition
 * ({@link Visibility} plus the type's own rule, such as consent). Reads run in ordinary (not read-only)
 * transactions so that the audit entry of a restricted read is written on the same connection.
 */
@Service
@Transactional
public class RecordQueries {

    private final JdbcClient jdbc;
    private final List<ListFilter> filters;
    private final Representer representer;
    private final RankedLists ranked;
    private final RecordRows stored;
    private final RecordTallies tallies;

    RecordQueries(JdbcClient jdbc, List<ListFilter> filters, Representer representer, RankedLists ranked,
            RecordRows stored, RecordTallies tallies) {
        this.jdbc = jdbc;
        this.filters = filters;
        this.representer = representer;
        this.ranked = ranked;
        this.stored = stored;
        this.tallies = tallies;
    }

    /** The representation of a record the caller may see (404 otherwise). */
    public Map<String, Object> get(RecordType type, UUID id, Caller caller) {
        return issued(represent(type, stored.visibleRaw(type, id, caller), caller), caller);
    }

    /**
     * As {@link #get(RecordType, UUID, Caller)}, with only the embeds named in {@code embeds} (a page that shows a
     * person's citations but not the posts it lists elsewhere need not read them twice).
     */
    public Map<String, Object> get(RecordType type, UUID id, Caller caller, Set<String> embeds) {
        return issued(representer.represent(type, List.of(stored.visibleRaw(type, id, caller)), caller, embeds, Map.of())
                .get(0), caller);
    }

    private static Map<String, Object> issued(Map<String, Object> representation, Caller caller) {
        IssuedRepresentations.note(representation, caller);
        return representation;
    }

    /** The representations of those of {@code ids} the caller may see, by id; the others are simply absent. */
    public Map<UUID, Map<String, Object>> getAll(RecordType type, Collection<UUID> ids, Caller caller) {
        return getAll(type, ids, caller, true);
    }

    /** As {@link #getAll(RecordType, Collection, Caller)}; without embeds when {@code embeds} is false (labels). */
    public Map<UUID, Map<String, Object>> getAll(RecordType type, Collection<UUID> ids, Caller caller,
            boolean embeds) {
        Map<UUID, Map<String, Object>> byId = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        IdCondition id = IdCondition.of("t.id", ids);
        List<Map<String, Object>> rows = stored.visibleWhere(type, caller, id.sql(), List.of(id.param()));
        List<Map<String, Object>> items = represent(type, rows, caller, embeds);
        items.forEach(item -> byId.put((UUID) item.get("id"), item));
        return byId;
    }

    /** Whether the caller may see the sealed fields (and sealed files) of a record they may read. */
    public boolean maySeeSealed(RecordType type, UUID id, Caller caller) {
        return type.sealedPolicy().test(stored.visibleRaw(type, id, caller), caller);
    }

    /** Whether a record exists and the caller may see it. */
    public boolean visible(RecordType type, UUID id, Caller caller) {
        return !visibleIds(type, List.of(id), caller).isEmpty();
    }

    /** Those of {@code ids} that exist, live, and the caller may see. */
    public Set<UUID> visibleIds(RecordType type, Collection<UUID> ids, Caller caller) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Visibility.Condition v = type.readable(caller, "t");
        List<Object> params = new ArrayList<>(v.params());
        IdCondition id = IdCondition.of("t.id", ids);
        params.add(id.param());
        return Set.copyOf(jdbc.sql("select t.id from " + type.table() + " t where " + v.sql()
                + " and " + id.sql() + " and t.deleted_at is null").params(params).query(UUID.class).list());
    }

    /**
     * One page of records matching {@code criteria} (exact field matches and module filters), by id; or, when a
     * criterion is answered by a ranking engine ({@link RankedListFilter}, such as the person list's {@code name}),
     * best match first.
     */
    public RecordPage list(RecordType type, Map<String, String> criteria, @Nullable UUID after, int limit,
            Caller caller) {
        return page(type, criteria, after, limit, caller, false, true, true);
    }

    /**
     * As {@link #list}, with every criterion answered by SQL, never by a ranking engine (the name filter then matches
     * by containment): the baseline that {@code bench-search-quality} compares the ranked list with.
     */
    public RecordPage listBySql(RecordType type, Map<String, String> criteria, @Nullable UUID after, int limit,
            Caller caller) {
        return page(type, criteria, after, limit, caller, false, true, false);
    }

    /**
     * One page of deleted records (to find and restore them): for roles that change records, and only those at a
     * level their role reads (a share does not reach deleted records).
     */
    public RecordPage listDeleted(RecordType type, Map<String, String> criteria, @Nullable UUID after, int limit,
            Caller caller) {
        if (!caller.role().writes()) {
            throw new ForbiddenException("Only roles that change records list deleted ones");
        }
        return page(type, criteria, after, limit, caller, true, true, false);
    }

    private RecordPage page(RecordType type, Map<String, String> criteria, @Nullable UUID after, int limit,
            Caller caller, boolean deleted, boolean embeds, boolean rank) {
        RankedListFilter engine = rank ? ranked.engineFor(type, criteria) : null;
        RankedLists.RankedRows found = engine == null ? null : ranked.page(engine, type, criteria, after, limit, caller);
        if (found != null) {
            return new RecordPage(represent(type, found.rows(), caller, embeds), found.next());
        }
        Visibility.Condition v = type.readable(caller, "t");
        StringBuilder sql = new StringBuilder("select t.* from " + type.table() + " t where t.deleted_at is "
                + (deleted ? "not null and t.confidentiality = any(?) and " : "null and ")).append(v.sql());
        List<Object> params = new ArrayList<>();
        if (deleted) {
            params.add(java.util.Arrays.stream(org.dadkhah.shared.Confidentiality.values())
                    .filter(caller::mayRead).map(Enum::name).toArray(String[]::new));
        }
        params.addAll(v.params());
        RecordFilters.append(type, criteria, filters, sql, params);
        if (after != null) {
            sql.append(" and t.id > ?");
            params.add(after);
        }
        sql.append(" order by t.id limit ").append(limit + 1);
        List<Map<String, Object>> rows = jdbc.sql(sql.toString()).params(params).query(Rows.mapper()).list();
        UUID next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = (UUID) rows.get(limit - 1).get("id");
        }
        return new RecordPage(represent(type, rows, caller, embeds), next);
    }

    /**
     * How many records match: exactly as many as the caller could list with the same criteria. Without criteria, the
     * records at the caller's levels are read from the record tallies ({@link RecordTallies}), not counted.
     */
    public long count(RecordType type, Map<String, String> criteria, Caller caller) {
        RankedListFilter engine = ranked.engineFor(type, criteria);
        Long counted = engine == null ? null : ranked.count(engine, type, criteria, caller);
        if (counted != null) {
            return counted;
        }
        Visibility.Parts parts = type.readableParts(caller, "t");
        Optional<Long> tallied = criteria.isEmpty() ? tallies.count(type, parts.atLevels()) : Optional.empty();
        return tallied.orElseGet(() -> countWhere(type, parts.atLevels(), criteria))
                + countWhere(type, parts.sharedBeyond(), criteria);
    }

    long countWhere(RecordType type, Visibility.Condition v, Map<String, String> criteria) {
        StringBuilder sql = new StringBuilder("select count(*) from " + type.table() + " t where t.deleted_at is null and ")
                .append(v.sql());
        List<Object> params = new ArrayList<>(v.params());
        RecordFilters.append(type, criteria, filters, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private List<Map<String, Object>> represent(RecordType type, List<Map<String, Object>> rows, Caller caller,
            boolean embeds) {
        return embeds ? representer.representAll(type, rows, caller) : representer.plainAll(type, rows, caller);
    }

    /** The stored state of a record (fields and children), as kept in its history. */
    Map<String, Object> snapshot(RecordType type, Map<String, Object> row) {
        return representer.snapshots(type, List.of(row)).get(0);
    }

    Map<String, Object> represent(RecordType type, Map<String, Object> row, Caller caller) {
        return representer.representAll(type, List.of(row), caller).get(0);
    }

    /**
     * The live records of {@code type} shared with the caller or one of their groups, whatever their level (search
     * combines these with the levels the caller reads into its filter, so that a share counts from the moment it
     * is granted, without re-indexing).
     */
    public Set<UUID> sharedIds(RecordType type, Caller caller) {
        Visibility.Condition v = Visibility.shared(caller, "t");
        return Set.copyOf(jdbc.sql("select t.id from " + type.table() + " t where " + v.sql()
                + " and t.deleted_at is null").params(v.params()).query(UUID.class).list());
    }

    /**
     * As {@link #list}, the same records in the same pages, without embeds (citations, posts, effective status) and
     * reference labels: for list pages that show a record's own fields and label references themselves.
     */
    public RecordPage listPlain(RecordType type, Map<String, String> criteria, @Nullable UUID after, int limit,
            Caller caller) {
        return page(type, criteria, after, limit, caller, false, false, true);
    }
}
