package org.dadkhah.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dadkhah.shared.Hashes;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditLogTests extends ApiTest {

    @Autowired
    AuditLog log;

    @Autowired
    AuditKey key;

    @Autowired
    AuditAnchor anchor;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyChangeIsInTheRecordsHistoryWithBeforeAndAfter() throws Exception {
        String body = "{\"names\":[{\"text\":\"%s\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}],\"confidentiality\":\"PUBLIC\"}";
        String id = create("/api/v1/persons", body.formatted("Historic One"));
        putJson("/api/v1/persons/" + id, admin(), "\"0\"", body.formatted("Historic Two"));
        var history = getJson("/api/v1/persons/" + id + "/history", admin());
        assertThat(history.body()).hasSize(2);
        assertThat(history.body().get(1).get("before").toString()).contains("Historic One");
        assertThat(history.body().get(1).get("after").toString()).contains("Historic Two");
        assertThat(history.body().get(1).get("actor").asString()).isEqualTo("test-admin");

        var restored = postJson("/api/v1/persons/" + id + "/history/0/restore", admin(), "");
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.body().get("names").toString()).contains("Historic One");
        assertThat(restored.body().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void verificationPassesOnAnUntouchedLogAndNamesTheEntryAnSqlEditAltered() throws Exception {
        create("/api/v1/organisations", "{\"name\":\"Audited body\",\"kind\":\"COURT\"}");
        create("/api/v1/organisations", "{\"name\":\"Audited body 2\",\"kind\":\"COURT\"}");
        assertThat(log.verify().intact()).isTrue();
        long victim = jdbc.sql("select max(seq) - 1 from audit_log").query(Long.class).single();
        String original = jdbc.sql("select actor from audit_log where seq = ?").param(victim).query(String.class).single();
        try {
            jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
            jdbc.sql("update audit_log set actor = 'mallory' where seq = ?").param(victim).update();
            AuditLog.Verification broken = log.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBad()).isEqualTo(victim);
            assertThat(broken.problem()).contains("altered");
        } finally {
            jdbc.sql("update audit_log set actor = ? where seq = ?").params(original, victim).update();
            jdbc.sql("alter table audit_log enable trigger audit_log_no_update").update();
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void readsOfRestrictedRecordsAreLoggedAndReadsOfPublicOnesAreNot() throws Exception {
        String restricted = create("/api/v1/persons",
                "{\"names\":[{\"text\":\"Logged Read\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}],\"confidentiality\":\"RESTRICTED\"}");
        String open = create("/api/v1/places", "{\"name\":\"Evin\",\"kind\":\"PRISON\"}");
        getJson("/api/v1/persons/" + restricted, token(org.dadkhah.security.Role.EDITOR));
        getJson("/api/v1/places/" + open, token(org.dadkhah.security.Role.EDITOR));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'READ' and actor = 'test-editor' and record_id = ?::uuid")
                .param(restricted).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'READ' and record_id = ?::uuid")
                .param(open).query(Long.class).single()).isZero();
    }

    @Test
    void verificationNamesAnEntryThatWasRemovedOrMovedOutOfOrder() throws Exception {
        for (int i = 0; i < 3; i++) {
            create("/api/v1/organisations", "{\"name\":\"Chained body %d\",\"kind\":\"COURT\"}".formatted(i));
        }
        long last = jdbc.sql("select max(seq) from audit_log").query(Long.class).single();
        jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
        try {
            jdbc.sql("create table audit_backup as select * from audit_log where seq >= ?").param(last - 1).update();
            jdbc.sql("delete from audit_log where seq = ?").param(last - 1).update();
            assertThat(log.verify().firstBad()).isEqualTo(last - 1);
            assertThat(log.verify().problem()).contains("missing");
            jdbc.sql("insert into audit_log select * from audit_backup where seq = ?").param(last - 1).update();
            jdbc.sql("update audit_log set seq = -seq where seq in (?, ?)").params(last - 1, last).update();
            jdbc.sql("update audit_log set seq = case when seq = ? then ? else ? end where seq in (?, ?)")
                    .params(-(last - 1), last, last - 1, -(last - 1), -last).update();
            assertThat(log.verify().firstBad()).isEqualTo(last - 1);
        } finally {
            jdbc.sql("delete from audit_log where seq >= ?").param(last - 1).update();
            jdbc.sql("insert into audit_log select * from audit_backup").update();
            jdbc.sql("drop table audit_backup").update();
            jdbc.sql("alter table audit_log enable trigger audit_log_no_update").update();
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void theAuditLogRefusesUpdatesAndDeletes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aNormalChainIsKeyedVerifiesAndEndsWhereTheAnchorSays() throws Exception {
        create("/api/v1/organisations", "{\"name\":\"Anchored body\",\"kind\":\"COURT\"}");
        AuditEntry last = entriesFrom(lastSeq()).get(0);
        assertThat(last.hash()).isEqualTo(key.mac(last.canonical())).isNotEqualTo(Hashes.sha256(last.canonical()));
        assertThat(anchor.read()).hasValueSatisfying(head -> {
            assertThat(head.seq()).isEqualTo(last.seq());
            assertThat(head.hash()).isEqualTo(last.hash());
        });
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.file()))).isEqualTo("rw-------");
        AuditLog.Verification v = log.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.anchor()).contains("entry " + last.seq() + " matches the anchor");
    }

    @Test
    void removingTheLastEntriesIsReportedAsTruncationAlthoughTheRestStillChains() throws Exception {
        for (int i = 0; i < 3; i++) {
            create("/api/v1/organisations", "{\"name\":\"Truncated body %d\",\"kind\":\"COURT\"}".formatted(i));
        }
        long last = lastSeq();
        tampering("audit_truncated", last - 1, () -> {
            jdbc.sql("delete from audit_log where seq >= ?").param(last - 1).update();
            AuditLog.Verification v = log.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBad()).isEqualTo(last - 1);
            assertThat(v.problem()).contains("removed from the end").contains("truncated");
        });
        assertThat(log.verify().intact()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain SHA-256", "HMAC under another key"})
    void rewritingAnEntryAndRehashingAllLaterOnesWithoutTheKeyIsDetected(String rehash) throws Exception {
        for (int i = 0; i < 3; i++) {
            create("/api/v1/organisations", "{\"name\":\"Rehashed body %d\",\"kind\":\"COURT\"}".formatted(i));
        }
        byte[] otherKey = new byte[32];
        new SecureRandom().nextBytes(otherKey);
        Function<String, String> hash = rehash.startsWith("plain") ? Hashes::sha256 : text -> AuditKey.mac(otherKey, text);
        long victim = lastSeq() - 2;
        tampering("audit_rehashed", victim, () -> {
            String prev = jdbc.sql("select hash from audit_log where seq = ?").param(victim - 1).query(String.class).single();
            for (AuditEntry e : entriesFrom(victim)) {
                String actor = e.seq() == victim ? "mallory" : e.actor();
                String forged = hash.apply(AuditEntry.canonical(e.seq(), e.at(), actor, e.action(), e.recordType(),
                        e.recordId(), e.detail(), prev));
                jdbc.sql("update audit_log set actor = ?, prev_hash = ?, hash = ? where seq = ?")
                        .params(actor, prev, forged, e.seq()).update();
                prev = forged;
            }
            AuditLog.Verification v = log.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBad()).isEqualTo(victim);
            assertThat(v.problem()).contains("altered");
        });
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aMissingAnchorIsAProblemOnceTheLogHoldsKeyedEntries() throws Exception {
        create("/api/v1/organisations", "{\"name\":\"Unanchored body\",\"kind\":\"COURT\"}");
        Path aside = anchor.file().resolveSibling("audit-anchor.aside");
        Files.move(anchor.file(), aside, StandardCopyOption.REPLACE_EXISTING);
        try {
            AuditLog.Verification v = log.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.problem()).contains("anchor file").contains("is missing").contains("keyed entries");
        } finally {
            Files.move(aside, anchor.file(), StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void resettingTheAnchorAcceptsTheCurrentEndOfAnIntactChainAndNothingElse() throws Exception {
        create("/api/v1/organisations", "{\"name\":\"Re-anchored body\",\"kind\":\"COURT\"}");
        Path aside = anchor.file().resolveSibling("audit-anchor.before-reset");
        Files.copy(anchor.file(), aside, StandardCopyOption.REPLACE_EXISTING);
        long last = lastSeq();
        try {
            tampering("audit_reset", last - 1, () -> {
                jdbc.sql("delete from audit_log where seq = ?").param(last).update();
                assertThat(log.verify().problem()).contains("truncated");
                assertThat(log.resetAnchor().intact()).isTrue();
                assertThat(anchor.read()).hasValueSatisfying(head -> assertThat(head.seq()).isEqualTo(last - 1));
                assertThat(log.verify().intact()).isTrue();
                assertThat(log.verify(aside).problem()).contains("truncated");
                jdbc.sql("update audit_log set actor = 'mallory' where seq = ?").param(last - 1).update();
                assertThat(log.resetAnchor().firstBad()).isEqualTo(last - 1);
                assertThat(anchor.read()).hasValueSatisfying(head -> assertThat(head.seq()).isEqualTo(last - 1));
            });
        } finally {
            Files.move(aside, anchor.file(), StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void theRecordHistoryRefusesUpdatesDeletesAndTruncation() throws Exception {
        String id = create("/api/v1/organisations", "{\"name\":\"Immutable history\",\"kind\":\"COURT\"}");
        assertThatThrownBy(() -> jdbc.sql("update record_history set actor = 'mallory' where record_id = ?::uuid")
                .param(id).update()).hasMessageContaining("record_history is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from record_history where record_id = ?::uuid").param(id).update())
                .hasMessageContaining("record_history is append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate record_history").update())
                .hasMessageContaining("record_history is append-only");
        assertThat(jdbc.sql("select actor from record_history where record_id = ?::uuid").param(id).query(String.class)
                .list()).containsOnly("test-admin");
    }

    @Test
    void anExistingPlainChainStaysVerifiableAndIsKeyedFromTheNextEntryOn() throws Exception {
        create("/api/v1/organisations", "{\"name\":\"Legacy body\",\"kind\":\"COURT\"}");
        Path aside = anchor.file().resolveSibling("audit-anchor.before-legacy");
        tampering("audit_legacy", 1, () -> {
            Files.move(anchor.file(), aside, StandardCopyOption.REPLACE_EXISTING);
            try {
                String prev = AuditEntry.GENESIS;
                for (AuditEntry e : entriesFrom(1)) {
                    String plain = Hashes.sha256(AuditEntry.canonical(e.seq(), e.at(), e.actor(), e.action(),
                            e.recordType(), e.recordId(), e.detail(), prev));
                    jdbc.sql("update audit_log set prev_hash = ?, hash = ? where seq = ?").params(prev, plain, e.seq())
                            .update();
                    prev = plain;
                }
                long legacyEnd = lastSeq();
                assertThat(log.verify().anchor()).contains("no keyed entries");
                log.append("test-admin", "CHECK", null, null, "first keyed entry");
                assertThat(anchor.read()).hasValueSatisfying(head -> {
                    assertThat(head.keyedFrom()).isEqualTo(legacyEnd + 1);
                    assertThat(head.seq()).isEqualTo(legacyEnd + 1);
                });
                assertThat(log.verify().intact()).isTrue();
                AuditEntry first = entriesFrom(legacyEnd + 1).get(0);
                jdbc.sql("update audit_log set hash = ? where seq = ?")
                        .params(Hashes.sha256(first.canonical()), first.seq()).update();
                assertThat(log.verify().firstBad()).isEqualTo(legacyEnd + 1);
            } finally {
                Files.move(aside, anchor.file(), StandardCopyOption.REPLACE_EXISTING);
            }
        });
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void entriesWrittenBeforeTheLogWasKeyedVerifyByThePlainRuleButNotAfterTheAnchorsBoundary(@TempDir Path keys) {
        AuditKey fresh = new AuditKey(keys);
        fresh.createIfMissing();
        List<AuditEntry> chain = chain(fresh, 3, 5);
        AuditEntry head = chain.get(4);
        var upgraded = Optional.of(new AuditAnchor.Head("db", 3, 5, head.hash()));
        assertThat(ChainVerification.verify(chain, upgraded, "no anchor", fresh).intact()).isTrue();
        assertThat(ChainVerification.verify(chain, Optional.of(new AuditAnchor.Head("db", 2, 5, head.hash())),
                "no anchor", fresh).firstBad()).isEqualTo(2);
        assertThat(ChainVerification.verify(chain.subList(0, 2), Optional.empty(), "no anchor", fresh).intact()).isTrue();
        assertThat(ChainVerification.verify(chain, Optional.empty(), "no anchor", fresh).problem())
                .startsWith("no anchor although the log holds 3 keyed entries");
        List<AuditEntry> plainAfterKeyed = new ArrayList<>(chain(fresh, 3, 4));
        AuditEntry last = plainAfterKeyed.get(3);
        plainAfterKeyed.add(entry(5, last.hash(), Hashes::sha256));
        AuditLog.Verification v = ChainVerification.verify(plainAfterKeyed, Optional.empty(), "no anchor", fresh);
        assertThat(v.firstBad()).isEqualTo(5);
        assertThat(v.problem()).contains("plain SHA-256 hash where the keyed chain requires an HMAC");
    }

    @Test
    void theAnchorNeverMovesBackButReplacesTheAnchorOfAnotherDatabase(@TempDir Path keys) throws Exception {
        AuditAnchor file = new AuditAnchor(keys);
        file.advance(new AuditAnchor.Head("db-1", 1, 9, "9".repeat(64)));
        file.advance(new AuditAnchor.Head("db-1", 1, 8, "8".repeat(64)));
        assertThat(file.read()).hasValueSatisfying(head -> assertThat(head.seq()).isEqualTo(9));
        file.advance(new AuditAnchor.Head("db-1", 1, 10, "a".repeat(64)));
        assertThat(file.read()).hasValueSatisfying(head -> assertThat(head.hash()).isEqualTo("a".repeat(64)));
        file.advance(new AuditAnchor.Head("db-2", 1, 1, "b".repeat(64)));
        assertThat(file.read()).hasValueSatisfying(head -> {
            assertThat(head.database()).isEqualTo("db-2");
            assertThat(head.seq()).isEqualTo(1);
        });
        Files.writeString(file.file(), "seq=not a number\n");
        assertThatThrownBy(file::read).hasMessageContaining("not in the expected format");
    }

    /** Entries 1 to {@code last}, plain SHA-256 before {@code keyedFrom} and HMAC under {@code key} from it on. */
    private static List<AuditEntry> chain(AuditKey key, long keyedFrom, long last) {
        List<AuditEntry> chain = new ArrayList<>();
        String prev = AuditEntry.GENESIS;
        for (long seq = 1; seq <= last; seq++) {
            AuditEntry e = entry(seq, prev, seq < keyedFrom ? Hashes::sha256 : key::mac);
            chain.add(e);
            prev = e.hash();
        }
        return chain;
    }

    private static AuditEntry entry(long seq, String prev, Function<String, String> hash) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(seq);
        String h = hash.apply(AuditEntry.canonical(seq, at, "someone", "CREATE", "person", null, "version 0", prev));
        return new AuditEntry(seq, at, "someone", "CREATE", "person", null, "version 0", prev, h);
    }

    private long lastSeq() {
        return jdbc.sql("select max(seq) from audit_log").query(Long.class).single();
    }

    private List<AuditEntry> entriesFrom(long seq) {
        return jdbc.sql("select * from audit_log where seq >= ? order by seq").param(seq).query().listOfRows().stream()
                .map(AuditEntry::of).toList();
    }

    /** Runs {@code tamper} with the trigger off, then puts back the entries from {@code from} on as they were. */
    private void tampering(String backup, long from, ThrowingRunnable tamper) throws Exception {
        jdbc.sql("create table " + backup + " as select * from audit_log where seq >= ?").param(from).update();
        jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
        try {
            tamper.run();
        } finally {
            jdbc.sql("delete from audit_log where seq >= ?").param(from).update();
            jdbc.sql("insert into audit_log select * from " + backup).update();
            jdbc.sql("drop table " + backup).update();
            jdbc.sql("alter table audit_log enable trigger audit_log_no_update").update();
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
