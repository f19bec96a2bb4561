package org.dadkhah.records;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.shared.Confidentiality;
import org.jspecify.annotations.Nullable;

/**
 * A record was created, updated, deleted or restored. Published inside the writing transaction, so that history
 * and audit entries are committed together with the change or not at all.
 *
 * @param before the record as it was (null on creation)
 * @param after the record as it is now (null never: a deletion carries the deleted state)
 */
public record RecordChanged(String type, UUID id, long version, Action action, String actor, Instant at,
        Confidentiality confidentiality, @Nullable Map<String, Object> before, Map<String, Object> after) {

    /** What happened to the record. */
    public enum Action { CREATED, UPDATED, DELETED, RESTORED }
}
