package org.dadkhah.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordVersions;
import org.dadkhah.records.RecordStore;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A record's history as the caller may see it, and restoring an earlier version as a new change. */
@RestController
class HistoryController {

    private final RecordTypes types;
    private final RecordVersions versions;
    private final RecordStore store;
    private final RecordHistory history;

    HistoryController(RecordTypes types, RecordVersions versions, RecordStore store, RecordHistory history) {
        this.types = types;
        this.versions = versions;
        this.store = store;
        this.history = history;
    }

    @GetMapping("/api/v1/{type}/{id}/history")
    List<Map<String, Object>> history(@PathVariable String type, @PathVariable UUID id) {
        RecordType recordType = type(type);
        return versions.visible(recordType, id, history.of(recordType.name(), id), caller());
    }

    @PostMapping("/api/v1/{type}/{id}/history/{version}/restore")
    Map<String, Object> restore(@PathVariable String type, @PathVariable UUID id, @PathVariable long version) {
        RecordType recordType = type(type);
        Caller caller = caller();
        return store.restoreVersion(recordType, id,
                versions.state(recordType, id, history.of(recordType.name(), id), version, caller), caller);
    }

    private RecordType type(String path) {
        return types.require(path);
    }

    private static Caller caller() {
        return CurrentCaller.orUnauthorized();
    }
}
