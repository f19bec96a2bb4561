package org.dadkhah.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordNotFoundException;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordStore;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A record's history, and restoring any earlier version as a new change. */
@RestController
class HistoryController {

    private final RecordTypes types;
    private final RecordQueries queries;
    private final RecordStore store;
    private final RecordHistory history;

    HistoryController(RecordTypes types, RecordQueries queries, RecordStore store, RecordHistory history) {
        this.types = types;
        this.queries = queries;
        this.store = store;
        this.history = history;
    }

    @GetMapping("/api/v1/{type}/{id}/history")
    List<Map<String, Object>> history(@PathVariable String type, @PathVariable UUID id) {
        RecordType recordType = type(type);
        queries.get(recordType, id, caller());
        return history.of(recordType.name(), id);
    }

    @PostMapping("/api/v1/{type}/{id}/history/{version}/restore")
    Map<String, Object> restore(@PathVariable String type, @PathVariable UUID id, @PathVariable long version) {
        RecordType recordType = type(type);
        Caller caller = caller();
        Map<String, Object> current = queries.get(recordType, id, caller);
        JsonNode old = history.of(recordType.name(), id).stream()
                .filter(e -> ((Number) e.get("version")).longValue() == version)
                .map(e -> (JsonNode) e.get("after")).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(recordType.name() + " version", version));
        ObjectNode body = ((ObjectNode) old).deepCopy();
        for (String meta : List.of("id", "version", "createdAt", "updatedAt", "createdBy", "updatedBy", "deleted")) {
            body.remove(meta);
        }
        return store.update(recordType, id, body, ((Number) current.get("version")).longValue(), caller);
    }

    private RecordType type(String path) {
        return types.require(path);
    }

    private static Caller caller() {
        return CurrentCaller.orUnauthorized();
    }
}
