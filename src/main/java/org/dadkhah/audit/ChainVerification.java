package org.dadkhah.audit;

import java.util.List;
import java.util.Optional;
import org.dadkhah.audit.AuditAnchor.Head;
import org.dadkhah.audit.AuditLog.Verification;
import org.jspecify.annotations.Nullable;

/**
 * Walks the chain and compares its end with the anchor. Entries before the anchor's {@code keyed-from} carry plain
 * SHA-256 hashes (written before the log was keyed); entries from it on must carry HMAC-SHA256 under the
 * {@link AuditKey}. Without an anchor the boundary is taken from the entries themselves: plain ones first, then
 * keyed ones, never a plain one after a keyed one.
 */
final class ChainVerification {

    private final List<AuditEntry> entries;
    private final @Nullable Head head;
    private final AuditKey key;

    private ChainVerification(List<AuditEntry> entries, @Nullable Head head, AuditKey key) {
        this.entries = entries;
        this.head = head;
        this.key = key;
    }

    /**
     * Verifies {@code entries} (in sequence order) against {@code head}; {@code absent} says why there is no head
     * (a missing file, or one of another database), which is a problem only when keyed entries exist.
     */
    static Verification verify(List<AuditEntry> entries, Optional<Head> head, String absent, AuditKey key) {
        return new ChainVerification(entries, head.orElse(null), key).run(absent);
    }

    private Verification run(String absent) {
        @Nullable Long keyedFrom = head == null ? null : head.keyedFrom();
        String prev = AuditEntry.GENESIS;
        long keyed = 0;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            long expected = i + 1L;
            long count = i + 1L;
            if (entry.seq() != expected) {
                return broken(count, expected, "entry " + expected + " is missing (next is " + entry.seq() + ")");
            }
            if (!prev.equals(entry.prevHash())) {
                return broken(count, expected, "entry " + expected + " does not chain to the entry before it");
            }
            boolean plain = keyedFrom != null ? expected < keyedFrom : keyed == 0 && entry.hasPlainHash();
            if (plain && !entry.hasPlainHash()) {
                return broken(count, expected, "entry " + expected + " was altered (its hash does not match its content)");
            }
            if (!plain) {
                @Nullable String problem = keyedProblem(entry);
                if (problem != null) {
                    return broken(count, expected, problem);
                }
                keyed++;
            }
            prev = entry.hash();
        }
        return anchored(keyed, absent);
    }

    private @Nullable String keyedProblem(AuditEntry entry) {
        if (!key.exists()) {
            return "entry " + entry.seq() + " is keyed but the audit key file " + key.file()
                    + " is missing: restore it from your key backup";
        }
        if (key.mac(entry.canonical()).equals(entry.hash())) {
            return null;
        }
        if (entry.hasPlainHash()) {
            return "entry " + entry.seq() + " was altered: it carries a plain SHA-256 hash where the keyed chain "
                    + "requires an HMAC (rewritten without the key)";
        }
        return "entry " + entry.seq() + " was altered (its HMAC does not match its content)";
    }

    private Verification anchored(long keyed, String absent) {
        long count = entries.size();
        if (head == null) {
            if (keyed > 0) {
                return broken(count, null, absent + " although the log holds " + keyed + " keyed entries, so entries "
                        + "removed from its end cannot be detected; restore the anchor from a copy");
            }
            return new Verification(count, null, null, "none yet (" + absent + "; the log holds no keyed entries)");
        }
        if (count < head.seq()) {
            return broken(count, count + 1, "entries " + (count + 1) + " to " + head.seq() + " were removed from the end "
                    + "of the log (truncated: the anchor records entry " + head.seq() + ", the log ends at " + count + ")");
        }
        if (!entries.get((int) (head.seq() - 1)).hash().equals(head.hash())) {
            return broken(count, head.seq(), "entry " + head.seq() + " differs from the one the anchor recorded "
                    + "(the log was rewritten or replaced)");
        }
        return new Verification(count, null, null, "entry " + head.seq() + " matches the anchor (keyed from entry "
                + head.keyedFrom() + (count > head.seq() ? "; " + (count - head.seq()) + " later entries not yet anchored" : "")
                + ")");
    }

    private Verification broken(long count, @Nullable Long firstBad, String problem) {
        return new Verification(count, firstBad, problem, head == null ? "none"
                : "entry " + head.seq() + ", keyed from entry " + head.keyedFrom());
    }
}
