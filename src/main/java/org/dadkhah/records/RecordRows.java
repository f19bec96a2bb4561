package org.dadkhah.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single stored rows of the record tables, for the engine's own use (writes, shares, history): by the caller's read
 * condition ({@code visibleRaw}) or unconditionally after a check has been made ({@code raw}). Never a representation:
 * what leaves the records module is made by {@link RecordQueries}.
 */
@Component
class RecordRows {

    private final JdbcClient jdbc;

    RecordRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /**
     * The live rows of {@code type} the caller may see that meet {@code condition} (on alias {@code t}, its
     * placeholders filled from {@code values}), in id order: the rows every list of related records is made from.
     */
    List<Map<String, Object>> visibleWhere(RecordType type, Caller caller, String condition, List<Object> values) {
        Visibility.Condition v = type.readable(caller, "t");
        List<Object> params = new ArrayList<>(v.params());
        params.addAll(values);
        return jdbc.sql("select t.* from " + type.table() + " t where t.deleted_at is null and " + v.sql() + " and "
                + condition + " order by t.id").params(params).query(Rows.mapper()).list();
    }

    /** Whether a share (not the caller's role) gives the caller the right to edit the record's fields. */
    boolean editableByShare(RecordType type, UUID id, Caller caller) {
        return matches(type, id, Visibility.sharedForEditing(caller, "t"));
    }

    /** Whether the record is shared with the caller or one of their groups. */
    boolean sharedWith(RecordType type, UUID id, Caller caller) {
        return matches(type, id, Visibility.shared(caller, "t"));
    }

    private boolean matches(RecordType type, UUID id, Visibility.Condition v) {
        List<Object> params = new ArrayList<>(v.params());
        params.add(id);
        return jdbc.sql("select count(*) from " + type.table() + " t where " + v.sql() + " and t.id = ?")
                .params(params).query(Long.class).single() > 0;
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
}
