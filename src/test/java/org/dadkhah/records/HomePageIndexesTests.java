package org.dadkhah.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The home page's recent changes ({@link RecordSummaries#recent}) read indexes, not whole tables (issue 10, V18). */
class HomePageIndexesTests extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordTypes types;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyRecordTypeTheRecentChangesReadHasAnIndexInTheirOrderOverLiveRecords() {
        for (RecordType type : types.all()) {
            if (type.path().equals("citations")) {
                continue;
            }
            List<String> definitions = jdbc.sql("select indexdef from pg_indexes where tablename = ?")
                    .param(type.table()).query(String.class).list();
            assertThat(definitions).as(type.table())
                    .anyMatch(d -> d.contains("(updated_at DESC, id DESC) WHERE (deleted_at IS NULL)"));
        }
    }

    @Test
    void theRecentChangesAreReadFromTheIndexInTheirOrderWithoutSortingTheTable() {
        String visible = "(t.confidentiality in ('PUBLIC','INTERNAL') or exists (select 1 from"
                + " record_share rs where rs.record_id = t.id and rs.grantee = any(string_to_array('u:x', chr(31)))))";
        String recent = plan("select t.* from person t where t.deleted_at is null and " + visible
                + " order by t.updated_at desc, t.id desc limit 15");
        assertThat(recent).contains("Index Scan using person_recent").doesNotContain("Sort");
    }

    /** The plan PostgreSQL would choose were the tables large (a sequential scan priced out, as at a million rows). */
    private String plan(String sql) {
        return transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            jdbc.sql("set local enable_bitmapscan = off").update();
            String text = String.join("\n", jdbc.sql("explain " + sql).query(String.class).list());
            status.setRollbackOnly();
            return text;
        });
    }
}
