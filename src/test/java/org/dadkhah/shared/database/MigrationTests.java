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
        String external = System.getenv("DADKHAH_TEST_DB_URL");
        String serverUrl = external == null || external.isBlank() ? EmbeddedDatabase.temporary().jdbcUrl() : external;
        String user = env("DADKHAH_TEST_DB_USER", "postgres");
        String password = env("DADKHAH_TEST_DB_PASSWORD", "");
        String name = "empty_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(serverUrl, user, password)) {
            c.createStatement().execute("create database " + name);
        }
        String url = serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        Flyway flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load();
        int applied = flyway.migrate().migrationsExecuted;
        assertThat(applied).isGreaterThanOrEqualTo(4);
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            var rs = c.createStatement().executeQuery(
                    "select count(*) from vocabulary_term where vocabulary = 'ACT_TYPE' and code = 'EXECUTION'");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
