package org.dadkhah.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persistent embedded server (as in {@code DADKHAH_HOME}) listens on 127.0.0.1 only and lets nobody in without
 * the password kept, readable by its owner only, in its password file.
 */
class PersistentDatabaseAccessTests {

    @TempDir
    Path home;

    @Test
    void aNewServerRequiresThePasswordFromItsOwnerOnlyFileAndListensOnLoopbackOnly() throws Exception {
        Path passwordFile = home.resolve("pg-password");
        try (EmbeddedDatabase db = EmbeddedDatabase.persistent(home.resolve("pg"), passwordFile)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            String password = Files.readString(passwordFile).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(40).isEqualTo(db.password());

            assertRefused(db.jdbcUrl(), "");
            assertRefused(db.jdbcUrl(), "wrong " + password);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", password)) {
                assertThat(single(c, "show listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(single(c, "select string_agg(distinct auth_method, ',') from pg_hba_file_rules"))
                        .isEqualTo("scram-sha-256");
            }

            try (EmbeddedDatabase reused = EmbeddedDatabase.persistent(home.resolve("pg"), passwordFile);
                    Connection c = DriverManager.getConnection(reused.jdbcUrl(), reused.user(), reused.password())) {
                assertThat(reused.startedHere()).isFalse();
                assertThat(single(c, "select 1")).isEqualTo("1");
            }
        }
    }

    @Test
    void aDataDirectoryThatTrustedLocalConnectionsRequiresAPasswordAfterItsNextStart() throws Exception {
        Path data = home.resolve("pg");
        Files.createDirectories(data);
        EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setPGStartupWait(Duration.ofSeconds(60)).start();
        old.close();
        assertThat(PasswordAuthentication.trustsConnections(data)).isTrue();

        Path passwordFile = home.resolve("pg-password");
        try (EmbeddedDatabase db = EmbeddedDatabase.persistent(data, passwordFile)) {
            assertThat(PasswordAuthentication.trustsConnections(data)).isFalse();
            assertRefused(db.jdbcUrl(), "");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", Files.readString(passwordFile).strip())) {
                assertThat(single(c, "show listen_addresses")).isEqualTo("127.0.0.1");
            }
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.persistent(data, passwordFile)) {
            assertThat(again.startedHere()).isTrue();
            assertRefused(again.jdbcUrl(), "");
        }
    }

    @Test
    void aPasswordProtectedDataDirectoryWhosePasswordFileIsMissingIsNotStarted() {
        Path passwordFile = home.resolve("pg-password");
        EmbeddedDatabase.persistent(home.resolve("pg"), passwordFile).close();
        assertThat(passwordFile.toFile().delete()).isTrue();

        assertThatThrownBy(() -> EmbeddedDatabase.persistent(home.resolve("pg"), passwordFile))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pg-password").hasMessageContaining("missing");
        assertThat(passwordFile).doesNotExist();
    }

    private static void assertRefused(String url, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", password).close())
                .isInstanceOf(SQLException.class);
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
