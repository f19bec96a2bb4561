package org.dadkhah.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditLogTests extends ApiTest {

    @Autowired
    AuditLog log;

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
}
