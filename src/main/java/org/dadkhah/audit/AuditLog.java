package org.dadkhah.audit;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dadkhah.audit.AuditAnchor.Head;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only, keyed hash chain of audit entries. Each entry's hash is an HMAC-SHA256, under a key kept outside
 * the database ({@link AuditKey}), of its own fields and the previous entry's hash, so an altered, removed or
 * reordered entry breaks the chain and cannot be re-hashed without the key. The chain's head is also written
 * outside the database after every append ({@link AuditAnchor}), so entries removed from the end are noticed too.
 */
@Repository
public class AuditLog {

    private static final Logger logger = LoggerFactory.getLogger(AuditLog.class);

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final AuditAnchor anchor;
    private volatile @Nullable String database;

    AuditLog(JdbcClient jdbc, AuditKey key, AuditAnchor anchor) {
        this.jdbc = jdbc;
        this.key = key;
        this.anchor = anchor;
    }

    /**
     * Appends an entry inside the caller's transaction (or a new one); the anchor is moved to it once the
     * transaction commits. Fails with a clear message when the log is keyed and the key file is missing.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void append(String actor, String action, @Nullable String recordType, @Nullable UUID recordId,
            @Nullable String detail) {
        jdbc.sql("select pg_advisory_xact_lock(7331)").query().listOfRows();
        Optional<AuditEntry> last = jdbc.sql("select * from audit_log order by seq desc limit 1").query().listOfRows()
                .stream().findFirst().map(AuditEntry::of);
        long seq = last.map(e -> e.seq() + 1).orElse(1L);
        String prev = last.map(AuditEntry::hash).orElse(AuditEntry.GENESIS);
        if (last.isEmpty() || last.get().hasPlainHash()) {
            key.createIfMissing();
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = key.mac(AuditEntry.canonical(seq, at, actor, action, recordType, recordId, detail, prev));
        jdbc.sql("""
                insert into audit_log (seq, at, actor, action, record_type, record_id, detail, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, Timestamp.from(at), actor, action, recordType, recordId, detail, prev, hash).update();
        Long keyedFrom = keyedFrom(last, seq);
        if (keyedFrom != null) {
            anchorAfterCommit(new Head(database(), keyedFrom, seq, hash));
        }
    }

    /** Appends an entry in a transaction of its own (for reads made inside read-only transactions). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void appendSeparately(String actor, String action, @Nullable String recordType, @Nullable UUID recordId,
            @Nullable String detail) {
        append(actor, action, recordType, recordId, detail);
    }

    /**
     * The outcome of walking the chain and comparing its end with the anchor.
     *
     * @param entries  the entries walked
     * @param firstBad the first entry found altered, missing or out of order, when one is named
     * @param problem  what is wrong, or {@code null} when the log is intact
     * @param anchor   what the anchor check found (or which anchor was used, when the log is broken)
     */
    public record Verification(long entries, @Nullable Long firstBad, @Nullable String problem, String anchor) {

        /** Whether the chain verified and matches its anchor. */
        public boolean intact() {
            return problem == null;
        }
    }

    /** Walks the whole chain, checks its end against this installation's anchor, and reports the first problem. */
    @Transactional(readOnly = true)
    public Verification verify() {
        Optional<Head> found;
        try {
            found = anchor.read();
        } catch (IllegalStateException | UncheckedIOException unreadable) {
            return new Verification(0, null, unreadable.getMessage(), "unreadable");
        }
        Optional<Head> head = found.filter(h -> h.database().equals(database()) || continues(h));
        String absent = found.isEmpty() ? "the anchor file " + anchor.file() + " is missing"
                : "the anchor file " + anchor.file() + " belongs to another database (" + found.get().database()
                        + "; this one is " + database() + ")";
        return ChainVerification.verify(entries(), head, absent, key);
    }

    /** Walks the whole chain and checks its end against a copy of the anchor kept elsewhere. */
    @Transactional(readOnly = true)
    public Verification verify(Path anchorCopy) {
        try {
            return ChainVerification.verify(entries(), AuditAnchor.read(anchorCopy), "the anchor copy " + anchorCopy
                    + " is missing", key);
        } catch (IllegalStateException | UncheckedIOException unreadable) {
            return new Verification(0, null, unreadable.getMessage(), "unreadable");
        }
    }

    /**
     * Makes the current end of the log the anchor, after the chain itself verified (keys and links), whatever the
     * anchor held: for after the database was restored from a backup older than the anchor, or the anchor was lost
     * with no copy left. Entries removed before the reset can no longer be detected locally; a copy of the old
     * anchor kept elsewhere still detects them. Returns the chain's verification, with what was written.
     */
    @Transactional(readOnly = true)
    public Verification resetAnchor() {
        List<AuditEntry> entries = entries();
        Verification chain = ChainVerification.verify(entries, Optional.empty(), "the anchor is being reset", key);
        if (chain.firstBad() != null) {
            return chain;
        }
        Optional<AuditEntry> firstKeyed = entries.stream().filter(e -> !e.hasPlainHash()).findFirst();
        if (firstKeyed.isEmpty()) {
            return new Verification(entries.size(), null, null, "none written: the log holds no keyed entries yet");
        }
        AuditEntry last = entries.getLast();
        anchor.replace(new Head(database(), firstKeyed.get().seq(), last.seq(), last.hash()));
        return new Verification(entries.size(), null, null, "reset to entry " + last.seq() + " (keyed from entry "
                + firstKeyed.get().seq() + ") in " + anchor.file());
    }

    private List<AuditEntry> entries() {
        return jdbc.sql("select * from audit_log order by seq").query().listOfRows().stream().map(AuditEntry::of)
                .toList();
    }

    /**
     * Where keying starts, for the anchor after this append; {@code null} when the anchor must be left as it is
     * because the log no longer extends it (so that {@code audit verify} keeps reporting it) or it is lost.
     */
    private @Nullable Long keyedFrom(Optional<AuditEntry> last, long seq) {
        Optional<Head> found;
        try {
            found = anchor.read();
        } catch (IllegalStateException | UncheckedIOException unreadable) {
            logger.error("The audit anchor cannot be read and is left as it is: run ./dadkhah audit verify", unreadable);
            return null;
        }
        if (found.isPresent()) {
            if (continues(found.get())) {
                return found.get().keyedFrom();
            }
            if (found.get().database().equals(database())) {
                logger.error("The audit log no longer contains entry {} recorded in {}: the anchor is left as it is; "
                        + "run ./dadkhah audit verify", found.get().seq(), anchor.file());
                return null;
            }
        }
        if (last.isEmpty() || last.get().hasPlainHash()) {
            return seq;
        }
        if (TransactionSynchronizationManager.getResource(PENDING) instanceof Long pending) {
            return pending;
        }
        logger.error("The audit log is keyed but {} is missing or belongs to another database: restore it from a copy",
                anchor.file());
        return null;
    }

    private boolean continues(Head head) {
        return jdbc.sql("select hash from audit_log where seq = ?").param(head.seq()).query(String.class).optional()
                .filter(head.hash()::equals).isPresent();
    }

    /**
     * Where a transaction keeps the {@code keyed-from} of the anchor it will write after commit, so that its later
     * entries (before any anchor file exists, on a fresh install) chain on without one.
     */
    private static final Object PENDING = new Object();

    private void anchorAfterCommit(Head head) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            if (!TransactionSynchronizationManager.hasResource(PENDING)) {
                TransactionSynchronizationManager.bindResource(PENDING, head.keyedFrom());
            }
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    advance(head);
                }

                @Override
                public void afterCompletion(int status) {
                    if (TransactionSynchronizationManager.hasResource(PENDING)) {
                        TransactionSynchronizationManager.unbindResource(PENDING);
                    }
                }
            });
        } else {
            advance(head);
        }
    }

    private void advance(Head head) {
        try {
            anchor.advance(head);
        } catch (RuntimeException e) {
            logger.error("Could not write the audit anchor {} for entry {}", anchor.file(), head.seq(), e);
        }
    }

    private String database() {
        String id = database;
        if (id == null) {
            id = jdbc.sql("select system_identifier::text from pg_control_system()").query(String.class).single();
            database = id;
        }
        return id;
    }
}
