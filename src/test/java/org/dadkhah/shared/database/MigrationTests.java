package org.dadkhah.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations build the whole schema on an empty PostgreSQL database, and a second run changes nothing. */
class MigrationTests {

    @Test
    void migrationsRunFromAnEmptyDatabaseAndAreIdempotent() throws Exception {
        EmbeddedDatabase server = EmbeddedDatabase.temporary();
        String name = "empty_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "")) {
            c.createStatement().execute("create database " + name);
        }
        String url = server.jdbcUrl().replace("/postgres", "/" + name);
        Flyway flyway = Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load();
        int applied = flyway.migrate().migrationsExecuted;
        assertThat(applied).isGreaterThanOrEqualTo(4);
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            var rs = c.createStatement().executeQuery(
                    "select count(*) from vocabulary_term where vocabulary = 'ACT_TYPE' and code = 'EXECUTION'");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
