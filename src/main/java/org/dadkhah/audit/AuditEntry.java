package org.dadkhah.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.shared.Hashes;
import org.jspecify.annotations.Nullable;

/**
 * One audit log entry as stored. Its hash covers its own fields and the previous entry's hash: plain SHA-256 for
 * entries written before the log was keyed, HMAC-SHA256 with the {@link AuditKey} from then on.
 */
record AuditEntry(long seq, Instant at, String actor, String action, @Nullable String recordType,
        @Nullable UUID recordId, @Nullable String detail, String prevHash, String hash) {

    /** The hash the first entry chains to. */
    static final String GENESIS = "0".repeat(64);

    static AuditEntry of(Map<String, Object> row) {
        return new AuditEntry(((Number) row.get("seq")).longValue(), ((Timestamp) row.get("at")).toInstant(),
                (String) row.get("actor"), (String) row.get("action"), (String) row.get("record_type"),
                (UUID) row.get("record_id"), (String) row.get("detail"), (String) row.get("prev_hash"),
                (String) row.get("hash"));
    }

    /** The text the hash is computed over: every field but the hash, the previous entry's hash last. */
    static String canonical(long seq, Instant at, String actor, String action, @Nullable String recordType,
            @Nullable UUID recordId, @Nullable String detail, String prevHash) {
        return String.join("\u001f", Long.toString(seq), at.toString(), actor, action, String.valueOf(recordType),
                String.valueOf(recordId), String.valueOf(detail), prevHash);
    }

    String canonical() {
        return canonical(seq, at, actor, action, recordType, recordId, detail, prevHash);
    }

    /** Whether the stored hash is the plain SHA-256 of the entry (the rule before the log was keyed). */
    boolean hasPlainHash() {
        return Hashes.sha256(canonical()).equals(hash);
    }
}
