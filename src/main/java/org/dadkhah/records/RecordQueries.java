package org.dadkhah.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Sealer;
import org.dadkhah.security.Visibility;
import org.dadkhah.shared.Confidentiality;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads records of any declared type, always through {@link Visibility}. Reads run in ordinary (not read-only)
 * transactions so that the audit entry of a restricted read is written on the same connection: a second connection
 * per read could exhaust the pool under load.
 */
@Service
@Transactional
public class RecordQueries {

    private final JdbcClient jdbc;
    private final List<RecordEmbed> embeds;
    private final List<ListFilter> filters;
    private final ApplicationEventPublisher events;
    private final Sealer sealer;

    RecordQueries(JdbcClient jdbc, List<RecordEmbed> embeds, List<ListFilter> filters,
            ApplicationEventPublisher events, Sealer sealer) {
        this.sealer = sealer;
        this.jdbc = jdbc;
        this.embeds = embeds;
        this.filters = filters;
        this.events = events;
    }

    /** The representation of a record the caller may see. */
    public Map<String, Object> get(RecordType type, UUID id, Caller caller) {
        Map<String, Object> row = visibleRaw(type, id, caller);
        noteRead(type, row, caller);
        return represent(type, row, caller);
    }

    /** Whether the caller may see the sealed fields (and sealed files) of a record they may read. */
    public boolean maySeeSealed(RecordType type, UUID id, Caller caller) {
        return type.sealedPolicy().test(visibleRaw(type, id, caller), caller);
    }

    /** Whether a record exists and the caller may see it. */
    public boolean visible(RecordType type, UUID id, Caller caller) {
        Visibility.Condition v = type.readable(caller, "t");
        List<Object> params = new ArrayList<>(v.params());
        params.add(id);
        return jdbc.sql("select count(*) from " + type.table() + " t where " + v.sql() + " and t.id = ? and t.deleted_at is null")
                .params(params).query(Long.class).single() > 0;
    }

    /** One page of records matching {@code criteria} (exact field matches and module filters), by id. */
    public RecordPage list(RecordType type, Map<String, String> criteria, @Nullable UUID after, int limit,
            Caller caller) {
        Visibility.Condition v = type.readable(caller, "t");
        StringBuilder sql = new StringBuilder("select t.* from " + type.table() + " t where t.deleted_at is null and ")
                .append(v.sql());
        List<Object> params = new ArrayList<>(v.params());
        RecordFilters.append(type, criteria, filters, sql, params);
        if (after != null) {
            sql.append(" and t.id > ?");
            params.add(after);
        }
        sql.append(" order by t.id limit ").append(limit + 1);
        List<Map<String, Object>> rows = jdbc.sql(sql.toString()).params(params).query().listOfRows();
        UUID next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = (UUID) rows.get(limit - 1).get("id");
        }
        return new RecordPage(representAll(type, rows, caller), next);
    }

    /** The visible records of {@code type} whose {@code column} equals {@code value}, in id order. */
    public List<Map<String, Object>> related(RecordType type, String column, UUID value, Caller caller) {
        Visibility.Condition v = type.readable(caller, "t");
        List<Object> params = new ArrayList<>(v.params());
        params.add(value);
        return representAll(type, jdbc.sql("select t.* from " + type.table() + " t where t.deleted_at is null and "
                + v.sql() + " and t." + column + " = ? order by t.id").params(params).query().listOfRows(), caller);
    }

    /** How many records match, counting what the caller may count (which may exceed what they may read). */
    public long count(RecordType type, Map<String, String> criteria, Caller caller) {
        Visibility.Condition v = Visibility.countable(caller, "t");
        StringBuilder sql = new StringBuilder("select count(*) from " + type.table() + " t where t.deleted_at is null and ")
                .append(v.sql());
        List<Object> params = new ArrayList<>(v.params());
        RecordFilters.append(type, criteria, filters, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    Map<String, Object> visibleRaw(RecordType type, UUID id, Caller caller) {
        Map<String, Object> row = visibleRawIncludingDeleted(type, id, caller);
        if (row.get("deleted_at") != null) {
            throw new RecordNotFoundException(type.name(), id);
        }
        return row;
    }

    Map<String, Object> visibleRawIncludingDeleted(RecordType type, UUID id, Caller caller) {
        Visibility.Condition v = type.readable(caller, "t");
        List<Object> params = new ArrayList<>(v.params());
        params.add(id);
        return jdbc.sql("select t.* from " + type.table() + " t where " + v.sql() + " and t.id = ?")
                .params(params).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(type.name(), id));
    }

    Map<String, Object> raw(RecordType type, UUID id) {
        Map<String, Object> row = rawIncludingDeleted(type, id);
        if (row.get("deleted_at") != null) {
            throw new RecordNotFoundException(type.name(), id);
        }
        return row;
    }

    Map<String, Object> rawIncludingDeleted(RecordType type, UUID id) {
        return jdbc.sql("select * from " + type.table() + " where id = ?").param(id).query().listOfRows().stream()
                .findFirst().orElseThrow(() -> new RecordNotFoundException(type.name(), id));
    }

    /** The stored state of a record (fields and children), as kept in its history. */
    Map<String, Object> snapshot(RecordType type, Map<String, Object> row) {
        Map<String, Object> json = RecordJson.record(type, row);
        for (ChildList list : type.children()) {
            json.put(list.json(), children(list, (UUID) row.get("id")));
        }
        return json;
    }

    /** Representations of several rows, each embed loaded with one call for all of them. */
    private List<Map<String, Object>> representAll(RecordType type, List<Map<String, Object>> rows, Caller caller) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            noteRead(type, row, caller);
            items.add(plain(type, row, caller));
            ids.add((UUID) row.get("id"));
        }
        if (!ids.isEmpty()) {
            for (RecordEmbed embed : embedsOf(type)) {
                Map<UUID, Object> loaded = embed.loadAll(ids, caller);
                for (int i = 0; i < ids.size(); i++) {
                    items.get(i).put(embed.json(), loaded.get(ids.get(i)));
                }
            }
        }
        return items;
    }

    private List<RecordEmbed> embedsOf(RecordType type) {
        return embeds.stream().filter(e -> e.path().equals(type.path()) || e.path().equals("*")).toList();
    }

    Map<String, Object> represent(RecordType type, Map<String, Object> row, Caller caller) {
        Map<String, Object> json = plain(type, row, caller);
        UUID id = (UUID) row.get("id");
        for (RecordEmbed embed : embedsOf(type)) {
            json.put(embed.json(), embed.load(id, caller));
        }
        return json;
    }

    /** The representation without embeds: fields, children, sealed fields opened or hidden. */
    private Map<String, Object> plain(RecordType type, Map<String, Object> row, Caller caller) {
        Map<String, Object> json = snapshot(type, row);
        boolean clear = type.sealedPolicy().test(row, caller);
        for (Field field : type.fields()) {
            if (field.kind() == Field.Kind.SEALED && json.get(field.json()) != null) {
                json.put(field.json(), clear ? sealer.open((String) json.get(field.json()), type.table() + "." + field.column())
                        : RecordReader.SEALED_PLACEHOLDER);
            }
        }
        return json;
    }

    private List<Map<String, Object>> children(ChildList list, UUID parent) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> row : jdbc.sql("select * from " + list.table() + " where parent_id = ? order by position")
                .param(parent).query().listOfRows()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.putAll(RecordJson.fields(list.fields(), row));
            result.add(item);
        }
        return result;
    }

    private void noteRead(RecordType type, Map<String, Object> row, Caller caller) {
        Confidentiality level = Confidentiality.valueOf((String) row.get("confidentiality"));
        if (level.compareTo(Confidentiality.RESTRICTED) >= 0) {
            events.publishEvent(new RecordRead(type.name(), (UUID) row.get("id"), level, caller.username(), Instant.now()));
        }
    }
}
