package org.dadkhah.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Password authentication (SCRAM-SHA-256) for every connection to the embedded server, local socket included.
 * A new data directory gets it from {@code initdb}; one created by an older version, which trusted every local
 * connection, is converted in place once its server runs.
 */
final class PasswordAuthentication {

    static final String USER = "postgres";

    private static final String AUTHENTICATION_FAILED = "28P01";

    private static final String RULES = """
            # Written by Dadkhah: every connection needs the password in DADKHAH_HOME/pg-password.
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    private PasswordAuthentication() {
    }

    /** Makes {@code initdb} require the password in {@code passwordFile} (used only when the directory is new). */
    static EmbeddedPostgres.Builder forNewDataDirectory(EmbeddedPostgres.Builder builder, Path passwordFile) {
        // zonky passes its "locale" settings to initdb as --key=value; a later --auth overrides its "-A trust".
        return builder.setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString());
    }

    /** Whether {@code dataDirectory} holds a database whose access rules let some connection in without a password. */
    static boolean trustsConnections(Path dataDirectory) {
        Path rules = dataDirectory.resolve("pg_hba.conf");
        if (!Files.isRegularFile(rules)) {
            return false;
        }
        try {
            return Files.readAllLines(rules, StandardCharsets.UTF_8).stream()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .anyMatch(line -> List.of(line.split("\\s+")).contains("trust"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + rules, e);
        }
    }

    /**
     * Converts the running server in {@code dataDirectory}, which still trusts local connections: sets the superuser's
     * password (hashed on this side, so the server never sees it in clear), requires it for every connection and
     * reloads the configuration, returning once a connection without the password is refused.
     */
    static void require(String jdbcUrl, Path dataDirectory, String password) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, USER, password)) {
            c.unwrap(PGConnection.class).alterUserPassword(USER, password.toCharArray(), "scram-sha-256");
            Path rules = dataDirectory.resolve("pg_hba.conf");
            Path draft = dataDirectory.resolve("pg_hba.conf.new");
            Files.deleteIfExists(draft);
            Files.createFile(draft, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(draft, RULES, StandardCharsets.UTF_8);
            Files.move(draft, rules, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Statement s = c.createStatement()) {
                s.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up password authentication in " + dataDirectory, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not rewrite the access rules in " + dataDirectory, e);
        }
        awaitRefusalWithoutPassword(jdbcUrl, dataDirectory);
    }

    private static void awaitRefusalWithoutPassword(String jdbcUrl, Path dataDirectory) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection(jdbcUrl, USER, "not the password")) {
                Thread.sleep(50);
            } catch (SQLException e) {
                if (AUTHENTICATION_FAILED.equals(e.getSQLState())) {
                    return;
                }
                throw new IllegalStateException("Could not check the access rules of " + dataDirectory, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("The embedded database in " + dataDirectory + " still accepts connections "
                + "without a password after its access rules were rewritten");
    }
}
