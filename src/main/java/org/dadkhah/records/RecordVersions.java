package org.dadkhah.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.Confidentiality;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record's past versions, shown by the same rules as the record itself: a version appears only if the caller may
 * see the record at that version's level (by role, or because the record is shared with them), and sealed fields are
 * opened or masked exactly as in reads. Ciphertext never leaves this class.
 */
@Service
@Transactional
public class RecordVersions {

    private final RecordQueries queries;
    private final RecordRows stored;
    private final Sealing sealing;

    RecordVersions(RecordQueries queries, Sealing sealing, RecordRows stored) {
        this.queries = queries;
        this.stored = stored;
        this.sealing = sealing;
    }

    /**
     * The entries of a record's history the caller may see. Each entry carries {@code before} and {@code after}
     * states (as stored); a state beyond the caller's rights is left out ({@code after}: the whole entry; {@code
     * before}: shown as null). Fails with 404 when the caller may not see the record now (roles that change records
     * also see the history of deleted records at levels they read).
     */
    public List<Map<String, Object>> visible(RecordType type, UUID id, List<Map<String, Object>> entries,
            Caller caller) {
        Map<String, Object> row = deletedOrLive(type, id, caller);
        boolean shared = stored.sharedWith(type, id, caller);
        boolean clear = type.sealedPolicy().test(row, caller);
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            JsonNode after = (JsonNode) entry.get("after");
            if (!mayRead(after, shared, caller)) {
                continue;
            }
            Map<String, Object> copy = new LinkedHashMap<>(entry);
            JsonNode before = (JsonNode) entry.get("before");
            copy.put("before", before != null && mayRead(before, shared, caller) ? mask(type, id, before, clear) : null);
            copy.put("after", mask(type, id, after, clear));
            shown.add(copy);
        }
        return shown;
    }

    /** The record, live, or deleted when the caller's role changes records and reads its level. */
    private Map<String, Object> deletedOrLive(RecordType type, UUID id, Caller caller) {
        Map<String, Object> row = stored.visibleRawIncludingDeleted(type, id, caller);
        if (row.get("deleted_at") != null && !(caller.role().writes()
                && caller.mayRead(Confidentiality.valueOf((String) row.get("confidentiality"))))) {
            throw new RecordNotFoundException(type.name(), id);
        }
        return row;
    }

    /** The stored state of one version the caller may see, for restoring it (sealed values as stored). */
    public JsonNode state(RecordType type, UUID id, List<Map<String, Object>> entries, long version, Caller caller) {
        stored.visibleRaw(type, id, caller);
        boolean shared = stored.sharedWith(type, id, caller);
        return entries.stream().filter(e -> ((Number) e.get("version")).longValue() == version)
                .map(e -> (JsonNode) e.get("after")).filter(state -> mayRead(state, shared, caller)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(type.name() + " version", version));
    }

    private static boolean mayRead(@Nullable JsonNode state, boolean shared, Caller caller) {
        if (state == null || !state.hasNonNull("confidentiality")) {
            return false;
        }
        return shared || caller.mayRead(Confidentiality.valueOf(state.get("confidentiality").asString()));
    }

    private JsonNode mask(RecordType type, UUID id, JsonNode state, boolean clear) {
        ObjectNode copy = ((ObjectNode) state).deepCopy();
        for (Field field : type.fields()) {
            JsonNode value = copy.get(field.json());
            if (field.kind() == Field.Kind.SEALED && value != null && value.isString()) {
                copy.put(field.json(), clear ? sealing.openForReader(type.table(), field.column(), id, value.asString())
                        : RecordReader.SEALED_PLACEHOLDER);
            }
        }
        return copy;
    }
}
