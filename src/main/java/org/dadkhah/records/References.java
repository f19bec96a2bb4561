package org.dadkhah.records;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checks references between records: the referenced record must exist, live, and be visible to the caller. */
@Component
class References {

    private final JdbcClient jdbc;
    private final RecordTypes types;

    References(JdbcClient jdbc, RecordTypes types) {
        this.jdbc = jdbc;
        this.types = types;
    }

    /** The lookup that cross-field rules use, seeing what {@code caller} sees. */
    RecordRule.Lookup lookup(Caller caller) {
        return new RecordRule.Lookup() {
            @Override
            public boolean exists(String typeName, UUID id) {
                return types.byPathOrName(typeName).map(t -> visible(t.table(), id, caller)).orElse(false);
            }

            @Override
            public java.util.Optional<String> canonicalName(String typeName) {
                return types.byPathOrName(typeName).map(RecordType::name);
            }

            @Override
            public java.util.List<String> typeNames() {
                return types.all().stream().map(RecordType::name).toList();
            }

            @Override
            public boolean isType(String typeName) {
                return types.byPathOrName(typeName).isPresent();
            }
        };
    }

    /** Whether a live record with this id exists in {@code table} and the caller may see it. */
    boolean visible(String table, UUID id, Caller caller) {
        RecordType type = types.all().stream().filter(t -> t.table().equals(table)).findFirst().orElse(null);
        Visibility.Condition v = type == null ? Visibility.readable(caller, "t") : type.readable(caller, "t");
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(v.params());
        return jdbc.sql("select count(*) from " + table + " t where t.id = ? and t.deleted_at is null and " + v.sql())
                .params(params).query(Long.class).single() > 0;
    }
}
