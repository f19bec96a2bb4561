package org.dadkhah.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordStore;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordVersions;
import org.dadkhah.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A record's history as the caller may see it ({@link RecordVersions}: versions beyond the caller's rights left out,
 * sealed fields masked as in reads), and restoring a version as a new change through {@link RecordStore}. Used by
 * the API and the pages.
 */
@Service
public class RecordHistories {

    private final RecordHistory history;
    private final RecordVersions versions;
    private final RecordStore store;

    RecordHistories(RecordHistory history, RecordVersions versions, RecordStore store) {
        this.history = history;
        this.versions = versions;
        this.store = store;
    }

    /** The entries ({@code version, action, actor, at, before, after}) the caller may see; 404 for a hidden record. */
    @Transactional
    public List<Map<String, Object>> visible(RecordType type, UUID id, Caller caller) {
        return versions.visible(type, id, history.of(type.name(), id), caller);
    }

    /** Makes {@code version} the current state, as a new change; returns the record as the caller sees it. */
    @Transactional
    public Map<String, Object> restore(RecordType type, UUID id, long version, Caller caller) {
        return store.restoreVersion(type, id, versions.state(type, id, history.of(type.name(), id), version, caller),
                caller);
    }
}
