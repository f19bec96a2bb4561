package org.dadkhah.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dadkhah.importing.BulkImport;
import org.dadkhah.importing.BulkRows;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Role;
import org.dadkhah.security.Visibility;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The record tallies (V20, {@link RecordTallies}) say what the tables hold, by level and, for acts, by year, after
 * every kind of write (API create, change of level and date, soft delete, restore, the bulk path's COPY, a row
 * deleted outright) and after folding; and counts from them equal counts of the tables for every role.
 */
class RecordTalliesTests extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordTypes types;

    @Autowired
    RecordTallies tallies;

    @Autowired
    RecordQueries queries;

    @Autowired
    RecordSummaries summaries;

    @Autowired
    BulkImport bulk;

    @Test
    void theTalliesSayWhatTheTablesHoldAfterEveryKindOfWriteAndAfterFolding() throws Exception {
        String person = create("/api/v1/persons", "{\"confidentiality\":\"PUBLIC\",\"names\":[{\"text\":\""
                + unique("Tallied") + "\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}]}");
        String act = create("/api/v1/acts", "{\"confidentiality\":\"PUBLIC\",\"type\":\"DETENTION\",\"victim\":\""
                + person + "\",\"date\":\"1367-05-07\"}");
        assertThat(putJson("/api/v1/acts/" + act, admin(), "\"0\"", "{\"confidentiality\":\"RESTRICTED\","
                + "\"type\":\"DETENTION\",\"victim\":\"" + person + "\",\"date\":\"1360\"}").status()).isEqualTo(200);
        String gone = create("/api/v1/acts", "{\"type\":\"RELEASE\",\"victim\":\"" + person + "\",\"date\":\"1370\"}");
        assertThat(deleteJson("/api/v1/acts/" + gone, admin()).status()).isLessThan(300);
        String back = create("/api/v1/places", "{\"name\":\"" + unique("Tallied prison") + "\",\"kind\":\"PRISON\"}");
        assertThat(deleteJson("/api/v1/places/" + back, admin()).status()).isLessThan(300);
        assertThat(postJson("/api/v1/places/" + back + "/restore", admin(), "{}").status()).isEqualTo(200);
        bulk.acts(List.of(new BulkRows.Act("EXECUTION", person, "summer 1988", "INTERNAL"),
                new BulkRows.Act("ARBITRARY_ARREST", person, null, "SECRET")).iterator(), Caller.OPERATOR);
        String outright = create("/api/v1/organisations", "{\"name\":\"" + unique("Tallied body")
                + "\",\"kind\":\"COURT\"}");
        jdbc.sql("delete from organisation where id = ?::uuid").param(outright).update();

        assertTalliesSayWhatTheTablesHold();
        tallies.fold();
        assertTalliesSayWhatTheTablesHold();
        assertThat(jdbc.sql("select count(*) from record_tally group by tbl, confidentiality, year having count(*) > 1")
                .query(Long.class).list()).as("one row per table, level and year once folded").isEmpty();
    }

    @Test
    void countsFromTheTalliesEqualCountsOfTheTablesForEveryRole() {
        for (Role role : Role.values()) {
            Caller caller = new Caller("test-" + role.name().toLowerCase(), role, Set.of("lawyers"), false);
            for (RecordType type : types.all()) {
                assertThat(queries.count(type, Map.of(), caller)).as(type.path() + " as " + role)
                        .isEqualTo(queries.countWhere(type, type.readable(caller, "t"), Map.of()));
            }
            RecordType acts = types.require("acts");
            Visibility.Condition v = acts.readable(caller, "t");
            assertThat(summaries.countByYear(acts, "date", caller)).as("acts per year as " + role)
                    .isEqualTo(jdbc.sql("select extract(year from t.date_earliest)::int as y, count(*) as n from act t"
                            + " where t.deleted_at is null and t.date_earliest is not null and " + v.sql()
                            + " group by 1").params(v.params())
                            .query((rs, i) -> Map.entry(rs.getInt("y"), rs.getLong("n"))).list().stream()
                            .collect(TreeMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        }
    }

    @Test
    void everyRecordTypesTableKeepsItsTally() {
        for (RecordType type : types.all()) {
            assertThat(jdbc.sql("select tgname from pg_trigger where tgrelid = ?::regclass").param(type.table())
                    .query(String.class).list()).as(type.table()).contains(type.table() + "_tally_inserted",
                    type.table() + "_tally_updated", type.table() + "_tally_deleted");
        }
    }

    private void assertTalliesSayWhatTheTablesHold() {
        for (RecordType type : types.all()) {
            assertThat(tallied("select confidentiality, sum(n) from record_tally where tbl = '" + type.table()
                    + "' group by 1 having sum(n) <> 0")).as(type.table())
                    .isEqualTo(tallied("select confidentiality, count(*) from " + type.table()
                            + " where deleted_at is null group by 1"));
        }
        assertThat(tallied("select confidentiality || ' ' || coalesce(year::text, 'undated'), sum(n) from record_tally"
                + " where tbl = 'act' group by 1 having sum(n) <> 0")).as("acts by level and year")
                .isEqualTo(tallied("select confidentiality || ' ' || coalesce(extract(year from date_earliest)::int::text,"
                        + " 'undated'), count(*) from act where deleted_at is null group by 1"));
    }

    private Map<String, Long> tallied(String sql) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(sql).query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
