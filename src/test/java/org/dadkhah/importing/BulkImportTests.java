package org.dadkhah.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class BulkImportTests extends ApiTest {

    @Autowired
    BulkImport bulk;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aValidBatchIsStoredAndFoundByName() throws Exception {
        String surname = "Bulkzadeh" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        BulkImport.Result people = bulk.persons(List.of(
                person(surname, "LATIN", "BIRTH_NAME"),
                person("Other " + surname, "LATIN", "ALIAS")).iterator(), Caller.OPERATOR, 1);
        BulkImport.Result acts = bulk.acts(List.of(
                new BulkRows.Act("ARBITRARY_ARREST", people.ids().get(0).toString(), "1367-05-07", null),
                new BulkRows.Act("EXECUTION", people.ids().get(0).toString(), "summer 1988", "PUBLIC")).iterator(),
                Caller.OPERATOR);

        assertThat(people.batches()).isEqualTo(2);
        assertThat(acts.ids()).hasSize(2);
        JsonNode found = getJson("/api/v1/persons?name=" + surname.toLowerCase(), admin()).body();
        assertThat(found.get("items")).hasSize(2);
        JsonNode timeline = getJson("/api/v1/persons/" + people.ids().get(0) + "/timeline", admin()).body();
        assertThat(timeline.get("entries")).hasSize(2);
        assertThat(timeline.get("entries").get(0).get("record").get("date").asString())
                .isEqualTo("summer 1988");
        assertThat(timeline.get("entries").get(1).get("record").get("date").asString())
                .isEqualTo("1367-05-07");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'BULK_IMPORT' and detail like ?")
                .param("acts rows 1 to 2%").query(Long.class).single()).isPositive();
    }

    @Test
    void aBatchWithOneInvalidRowStoresNothing() {
        String surname = "Refusedzadeh" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        long before = jdbc.sql("select count(*) from person").query(Long.class).single();

        assertThatThrownBy(() -> bulk.persons(List.of(
                person(surname, "LATIN", "BIRTH_NAME"),
                person(surname + " Second", "KLINGON", "BIRTH_NAME"),
                person(surname + " Third", "LATIN", "BIRTH_NAME")).iterator(), Caller.OPERATOR))
                .isInstanceOf(BulkImportException.class)
                .hasMessageContaining("Row 2 of the persons")
                .hasMessageContaining("names[0].script");

        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from person_name where text like ?").param(surname + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void actsAgainstAMissingPersonOrWithABadDateAreRefusedNamingTheRow() {
        UUID victim = bulk.persons(List.of(person("Victimzadeh", "LATIN", "BIRTH_NAME")).iterator(),
                Caller.OPERATOR).ids().get(0);
        long before = jdbc.sql("select count(*) from act").query(Long.class).single();

        assertThatThrownBy(() -> bulk.acts(List.of(
                new BulkRows.Act("TORTURE", victim.toString(), "1367-05-07", null),
                new BulkRows.Act("TORTURE", UUID.randomUUID().toString(), "1367", null)).iterator(), Caller.OPERATOR))
                .isInstanceOf(BulkImportException.class).hasMessageContaining("Row 2 of the acts")
                .hasMessageContaining("No person with id");
        assertThatThrownBy(() -> bulk.acts(List.of(
                new BulkRows.Act("TORTURE", victim.toString(), "1367-13-40", null)).iterator(), Caller.OPERATOR))
                .isInstanceOf(BulkImportException.class).hasMessageContaining("Row 1 of the acts is invalid: date");
        assertThatThrownBy(() -> bulk.acts(List.of(
                new BulkRows.Act("NOT_A_TERM", victim.toString(), null, null)).iterator(), Caller.OPERATOR))
                .isInstanceOf(BulkImportException.class).hasMessageContaining("Unknown term of vocabulary ACT_TYPE");

        assertThat(jdbc.sql("select count(*) from act").query(Long.class).single()).isEqualTo(before);
    }

    private static BulkRows.Person person(String name, String script, String kind) {
        return new BulkRows.Person(List.of(new BulkRows.Name(name, script, kind)), null, null, null);
    }
}
