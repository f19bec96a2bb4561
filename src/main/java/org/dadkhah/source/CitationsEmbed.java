package org.dadkhah.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordEmbed;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Adds to every record the citations (source, locator, quoted words) the caller may see. */
@Component
class CitationsEmbed implements RecordEmbed {

    private final JdbcClient jdbc;

    CitationsEmbed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String path() {
        return "*";
    }

    @Override
    public String json() {
        return "citations";
    }

    @Override
    public Object load(UUID id, Caller caller) {
        return loadAll(List.of(id), caller).get(id);
    }

    @Override
    public Map<UUID, Object> loadAll(List<UUID> ids, Caller caller) {
        Visibility.Condition c = Visibility.readable(caller, "t");
        Visibility.Condition s = Visibility.readable(caller, "s");
        List<Object> params = new ArrayList<>(c.params());
        params.addAll(s.params());
        params.add(ids.toArray(UUID[]::new));
        Map<UUID, List<Map<String, Object>>> byRecord = new LinkedHashMap<>();
        ids.forEach(id -> byRecord.put(id, new ArrayList<>()));
        jdbc.sql("""
                select t.record_id, t.id, t.source_id as "sourceId", s.title as "sourceTitle", s.sha256, t.locator,
                       t.excerpt
                from citation t join source s on s.id = t.source_id
                where %s and %s and t.deleted_at is null and s.deleted_at is null and t.record_id = any(?)
                order by t.id""".formatted(c.sql(), s.sql()))
                .params(params).query().listOfRows().forEach(row -> {
                    UUID record = (UUID) row.remove("record_id");
                    byRecord.get(record).add(row);
                });
        return new LinkedHashMap<>(byRecord);
    }
}
