package org.dadkhah.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dadkhah.shared.Hashes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log: each entry's hash covers its own fields and the previous entry's hash,
 * so that an altered, removed or reordered entry breaks the chain from that point on.
 */
@Repository
public class AuditLog {

    /** The hash the first entry chains to. */
    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an entry inside the caller's transaction (or a new one). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void append(String actor, String action, @Nullable String recordType, @Nullable UUID recordId,
            @Nullable String detail) {
        jdbc.sql("select pg_advisory_xact_lock(7331)").query().listOfRows();
        Optional<Map<String, Object>> last = jdbc.sql("select seq, hash from audit_log order by seq desc limit 1")
                .query().listOfRows().stream().findFirst();
        long seq = last.map(r -> ((Number) r.get("seq")).longValue() + 1).orElse(1L);
        String prev = last.map(r -> (String) r.get("hash")).orElse(GENESIS);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = hash(seq, at, actor, action, recordType, recordId, detail, prev);
        jdbc.sql("""
                insert into audit_log (seq, at, actor, action, record_type, record_id, detail, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, Timestamp.from(at), actor, action, recordType, recordId, detail, prev, hash).update();
    }

    /** Appends an entry in a transaction of its own (for reads made inside read-only transactions). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void appendSeparately(String actor, String action, @Nullable String recordType, @Nullable UUID recordId,
            @Nullable String detail) {
        append(actor, action, recordType, recordId, detail);
    }

    /** The outcome of walking the chain. */
    public record Verification(long entries, @Nullable Long firstBad, @Nullable String problem) {

        public boolean intact() {
            return firstBad == null;
        }
    }

    /** Walks the whole chain and reports the first entry that was altered, removed or reordered. */
    @Transactional(readOnly = true)
    public Verification verify() {
        String prev = GENESIS;
        long expected = 1;
        long count = 0;
        List<Map<String, Object>> rows = jdbc.sql("select * from audit_log order by seq").query().listOfRows();
        for (Map<String, Object> row : rows) {
            long seq = ((Number) row.get("seq")).longValue();
            count++;
            if (seq != expected) {
                return new Verification(count, expected, "entry " + expected + " is missing (next is " + seq + ")");
            }
            if (!prev.equals(row.get("prev_hash"))) {
                return new Verification(count, seq, "entry " + seq + " does not chain to the entry before it");
            }
            String recomputed = hash(seq, ((Timestamp) row.get("at")).toInstant(), (String) row.get("actor"),
                    (String) row.get("action"), (String) row.get("record_type"), (UUID) row.get("record_id"),
                    (String) row.get("detail"), prev);
            if (!recomputed.equals(row.get("hash"))) {
                return new Verification(count, seq, "entry " + seq + " was altered (its hash does not match its content)");
            }
            prev = (String) row.get("hash");
            expected++;
        }
        return new Verification(count, null, null);
    }

    static String hash(long seq, Instant at, String actor, String action, @Nullable String recordType,
            @Nullable UUID recordId, @Nullable String detail, String prev) {
        String canonical = String.join("\u001f", Long.toString(seq), at.toString(), actor, action,
                String.valueOf(recordType), String.valueOf(recordId), String.valueOf(detail), prev);
        return Hashes.sha256(canonical);
    }
}
