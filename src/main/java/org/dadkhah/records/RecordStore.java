package org.dadkhah.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordChanged.Action;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.Confidentiality;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Creates, changes, deletes and restores records of any declared type, in one transaction each, with
 * optimistic locking; every change is published as a {@link RecordChanged} inside that transaction.
 */
@Service
public class RecordStore {

    private static final List<String> META = List.of("id", "version", "createdAt", "updatedAt", "createdBy",
            "updatedBy", "deleted", "citations");

    private final JdbcClient jdbc;
    private final RecordReader reader;
    private final RecordQueries queries;
    private final RecordRows stored;
    private final ApplicationEventPublisher events;
    private final Sealing sealing;

    RecordStore(JdbcClient jdbc, RecordReader reader, RecordQueries queries, ApplicationEventPublisher events,
            Sealing sealing, RecordRows stored) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.queries = queries;
        this.stored = stored;
        this.events = events;
        this.sealing = sealing;
    }

    /** Creates a record from a JSON body; returns its representation. */
    @Transactional
    public Map<String, Object> create(RecordType type, JsonNode body, Caller caller) {
        return create(type, body, caller, Ids.next());
    }

    /** Creates a record with a given id (imports). */
    @Transactional
    public Map<String, Object> create(RecordType type, JsonNode body, Caller caller, UUID id) {
        requireWrite(caller);
        RecordReader.Parsed parsed = reader.read(type, body, caller);
        Confidentiality level = parsed.confidentiality() == null ? type.defaultLevel() : parsed.confidentiality();
        requireLevel(caller, level);
        sealing.seal(type, parsed.columns(), id);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", id);
        columns.put("confidentiality", level.name());
        columns.putAll(parsed.columns());
        columns.put("created_by", caller.username());
        columns.put("updated_by", caller.username());
        insert(type.table(), columns);
        writeChildren(id, parsed);
        Map<String, Object> after = stored.raw(type, id);
        publish(type, id, Action.CREATED, caller, null, after);
        return queries.represent(type, after, caller);
    }

    /**
     * Replaces a record's fields if its version is still {@code expectedVersion} ({@code null}: any version). A body
     * without {@code confidentiality} keeps the record's level; changing the level needs a role that may read both
     * the old and the new level (a share never does); a share lets its grantee edit fields only if it says so.
     */
    @Transactional
    public Map<String, Object> update(RecordType type, UUID id, JsonNode body, @Nullable Long expectedVersion,
            Caller caller) {
        requireWrite(caller);
        Map<String, Object> before = stored.visibleRaw(type, id, caller);
        RecordReader.Parsed parsed = reader.read(type, body, caller);
        return write(type, id, before, parsed, expectedVersion, Map.of(), caller);
    }

    /**
     * Makes a past version the current one, as a new change (an internal path: the version's sealed values are kept
     * as stored, bound to this record; the API never accepts ciphertext). The caller must be allowed to see that
     * version ({@link RecordVersions#state}) and to make the change as with {@link #update}.
     */
    @Transactional
    public Map<String, Object> restoreVersion(RecordType type, UUID id, JsonNode state, Caller caller) {
        requireWrite(caller);
        Map<String, Object> before = stored.visibleRaw(type, id, caller);
        tools.jackson.databind.node.ObjectNode body = ((tools.jackson.databind.node.ObjectNode) state).deepCopy();
        META.forEach(body::remove);
        Map<String, Object> sealed = new LinkedHashMap<>();
        for (Field field : type.fields()) {
            if (field.kind() == Field.Kind.SEALED) {
                JsonNode value = body.remove(field.json());
                sealed.put(field.column(), value == null || value.isNull() ? null : value.asString());
            }
        }
        return write(type, id, before, reader.read(type, body, caller), null, sealed, caller);
    }

    private Map<String, Object> write(RecordType type, UUID id, Map<String, Object> before,
            RecordReader.Parsed parsed, @Nullable Long expectedVersion, Map<String, Object> storedSealed, Caller caller) {
        Map<String, Object> beforeState = queries.snapshot(type, before);
        Confidentiality current = Confidentiality.valueOf((String) before.get("confidentiality"));
        if (!caller.mayRead(current) && !stored.editableByShare(type, id, caller)) {
            throw new ForbiddenException("This record is shared with you for reading only");
        }
        Confidentiality level = parsed.confidentiality() == null ? current : parsed.confidentiality();
        if (level != current) {
            if (!caller.mayRead(current)) {
                throw new ForbiddenException("A share does not allow changing a record's level; ask an editor");
            }
            requireLevel(caller, level);
        }
        long version = expectedVersion == null ? ((Number) before.get("version")).longValue() : expectedVersion;
        Map<String, Object> columns = new LinkedHashMap<>(parsed.columns());
        sealing.seal(type, columns, id);
        columns.putAll(storedSealed);
        columns.put("confidentiality", level.name());
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("update ").append(type.table()).append(" set ");
        columns.forEach((column, value) -> {
            sql.append(column).append(" = ?, ");
            params.add(value);
        });
        sql.append("version = version + 1, updated_at = now(), updated_by = ? where id = ? and version = ?");
        params.add(caller.username());
        params.add(id);
        params.add(version);
        if (jdbc.sql(sql.toString()).params(params).update() == 0) {
            throw new VersionConflictException(((Number) before.get("version")).longValue());
        }
        writeChildren(id, parsed);
        Map<String, Object> after = stored.raw(type, id);
        publish(type, id, Action.UPDATED, caller, beforeState, after);
        return queries.represent(type, after, caller);
    }

    /** Sets fields only the system sets (a source's file hash), as a new version with its history. */
    @Transactional
    public Map<String, Object> setGenerated(RecordType type, UUID id, Map<String, Object> columns, Caller caller) {
        requireWrite(caller);
        Map<String, Object> row = stored.visibleRaw(type, id, caller);
        if (!caller.mayRead(Confidentiality.valueOf((String) row.get("confidentiality")))
                && !stored.editableByShare(type, id, caller)) {
            throw new ForbiddenException("This record is shared with you for reading only");
        }
        Map<String, Object> before = queries.snapshot(type, row);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("update ").append(type.table()).append(" set ");
        columns.forEach((column, value) -> {
            if (type.fields().stream().noneMatch(f -> f.generated() && f.column().equals(column))) {
                throw new IllegalArgumentException(column + " is not a generated field of " + type.name());
            }
            sql.append(column).append(" = ?, ");
            params.add(value);
        });
        sql.append("version = version + 1, updated_at = now(), updated_by = ? where id = ?");
        params.add(caller.username());
        params.add(id);
        jdbc.sql(sql.toString()).params(params).update();
        Map<String, Object> after = stored.raw(type, id);
        publish(type, id, Action.UPDATED, caller, before, after);
        return queries.represent(type, after, caller);
    }

    /** Soft-deletes a record (restorable); {@code expectedVersion} is checked when given. */
    @Transactional
    public void delete(RecordType type, UUID id, @Nullable Long expectedVersion, Caller caller) {
        setDeleted(type, id, expectedVersion, caller, true);
    }

    /** Restores a soft-deleted record. */
    @Transactional
    public Map<String, Object> restore(RecordType type, UUID id, Caller caller) {
        setDeleted(type, id, null, caller, false);
        return queries.represent(type, stored.raw(type, id), caller);
    }

    private void setDeleted(RecordType type, UUID id, @Nullable Long expectedVersion, Caller caller, boolean delete) {
        requireWrite(caller);
        Map<String, Object> before = stored.visibleRawIncludingDeleted(type, id, caller);
        if (!caller.mayRead(Confidentiality.valueOf((String) before.get("confidentiality")))) {
            throw new ForbiddenException("A share does not allow deleting or restoring a record; ask an editor");
        }
        boolean deleted = before.get("deleted_at") != null;
        if (deleted == delete) {
            if (delete) {
                throw new RecordNotFoundException(type.name(), id);
            }
            return;
        }
        long version = ((Number) before.get("version")).longValue();
        if (expectedVersion != null && expectedVersion != version) {
            throw new VersionConflictException(version);
        }
        jdbc.sql("update " + type.table() + " set deleted_at = " + (delete ? "now()" : "null")
                        + ", version = version + 1, updated_at = now(), updated_by = ? where id = ? and version = ?")
                .params(caller.username(), id, version).update();
        Map<String, Object> after = stored.rawIncludingDeleted(type, id);
        publish(type, id, delete ? Action.DELETED : Action.RESTORED, caller, queries.snapshot(type, before), after);
    }

    private void writeChildren(UUID parent, RecordReader.Parsed parsed) {
        parsed.children().forEach((list, rows) -> {
            jdbc.sql("delete from " + list.table() + " where parent_id = ?").param(parent).update();
            int position = 0;
            for (Map<String, Object> row : rows) {
                Map<String, Object> columns = new LinkedHashMap<>();
                columns.put("id", Ids.next());
                columns.put("parent_id", parent);
                columns.put("position", position++);
                columns.putAll(row);
                insert(list.table(), columns);
            }
        });
    }

    private void insert(String table, Map<String, Object> columns) {
        String names = String.join(", ", columns.keySet());
        String marks = String.join(", ", columns.keySet().stream().map(c -> "?").toList());
        jdbc.sql("insert into " + table + " (" + names + ") values (" + marks + ")")
                .params(new ArrayList<>(columns.values())).update();
    }

    /** Publishes a change; {@code beforeState} is the snapshot taken before anything was written. */
    private void publish(RecordType type, UUID id, Action action, Caller caller,
            @Nullable Map<String, Object> beforeState, Map<String, Object> after) {
        events.publishEvent(new RecordChanged(type.name(), id, ((Number) after.get("version")).longValue(), action,
                caller.username(), Instant.now(), Confidentiality.valueOf((String) after.get("confidentiality")),
                beforeState, queries.snapshot(type, after)));
    }

    private static void requireWrite(Caller caller) {
        if (!caller.mayWrite()) {
            throw new ForbiddenException("Your role or token does not allow changes");
        }
    }

    private static void requireLevel(Caller caller, Confidentiality level) {
        if (!caller.mayRead(level)) {
            throw InvalidRecordException.of("confidentiality", "You may not create or keep records at level " + level);
        }
    }
}
