package org.dadkhah.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server (zonky binaries), listening on 127.0.0.1 only. A persistent server lives in
 * {@code DADKHAH_HOME/pg}, requires the password in {@code DADKHAH_HOME/pg-password} and is shared with command-line
 * runs while {@code serve} holds it; a temporary one serves a test JVM.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static @Nullable EmbeddedDatabase temporary;

    private final @Nullable EmbeddedPostgres owned;
    private final int port;
    private final String password;

    private EmbeddedDatabase(@Nullable EmbeddedPostgres owned, int port, String password) {
        this.owned = owned;
        this.port = port;
        this.password = password;
    }

    /** JDBC URL of the server's {@code postgres} database, on the loopback address it listens on. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + LOOPBACK + ":" + port + "/postgres";
    }

    /** The superuser to connect as. */
    public String user() {
        return PasswordAuthentication.USER;
    }

    /** The superuser's password (empty for a temporary server, which trusts local connections). */
    public String password() {
        return password;
    }

    /** Whether this process started the server (and so stops it on close). */
    public boolean startedHere() {
        return owned != null;
    }

    /**
     * Connects to the server already running in {@code dataDirectory} or, if none is, starts one there that
     * keeps its data across restarts. The server listens on 127.0.0.1 only and requires the password kept in
     * {@code passwordFile} (created on first use); a data directory that still trusts local connections is converted.
     */
    public static EmbeddedDatabase persistent(Path dataDirectory, Path passwordFile) {
        boolean initialised = Files.isRegularFile(dataDirectory.resolve("postgresql.conf"));
        boolean trusting = PasswordAuthentication.trustsConnections(dataDirectory);
        if (initialised && !trusting && !Files.exists(passwordFile)) {
            throw new IllegalStateException("The embedded database in " + dataDirectory
                    + " requires the password it was created with, kept in " + passwordFile + ", which is missing");
        }
        String password = PasswordFile.readOrCreate(passwordFile);
        Optional<Integer> running = runningPort(dataDirectory);
        if (running.isPresent()) {
            log.info("Using the embedded database already running for {} on port {}", dataDirectory, running.get());
            return new EmbeddedDatabase(null, running.get(), password);
        }
        EmbeddedDatabase db = start(dataDirectory, passwordFile, password);
        if (trusting) {
            try {
                PasswordAuthentication.require(db.jdbcUrl(), dataDirectory, password);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            log.info("The embedded database in {} now requires the password in {}", dataDirectory, passwordFile);
        }
        return db;
    }

    private static EmbeddedDatabase start(Path dataDirectory, Path passwordFile, String password) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", LOOPBACK)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setConnectConfig("password", password)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            EmbeddedPostgres pg = PasswordAuthentication.forNewDataDirectory(builder, passwordFile).start();
            log.info("Started the embedded database in {} on port {}", dataDirectory, pg.getPort());
            return new EmbeddedDatabase(pg, pg.getPort(), password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + "; if it existed before, check that " + passwordFile + " holds the password it was created with", e);
        }
    }

    /**
     * One temporary server per JVM (tests), shared by the application contexts that {@link #acquire} it; it stops
     * when the last one {@link #release}s it, or at JVM exit after a grace period for contexts still closing.
     */
    public static synchronized EmbeddedDatabase temporary() {
        if (temporary == null) {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("listen_addresses", LOOPBACK).setRegisterShutdownHook(false).start();
                EmbeddedDatabase db = new EmbeddedDatabase(pg, pg.getPort(), "");
                temporary = db;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> db.closeWhenReleased(Duration.ofSeconds(10))));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start a temporary embedded PostgreSQL", e);
            }
        }
        return temporary;
    }

    private int users;
    private boolean closed;

    /** One more user of this server. */
    public synchronized void acquire() {
        users++;
    }

    /** One user fewer; a temporary server stops with its last user. */
    public synchronized void release() {
        users--;
        if (users <= 0) {
            close();
        }
        notifyAll();
    }

    private synchronized void closeWhenReleased(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (users > 0 && System.nanoTime() < deadline) {
            try {
                wait(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
    }

    /** The port of a live server holding {@code dataDirectory}, read from its {@code postmaster.pid}. */
    static Optional<Integer> runningPort(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive && accepts(port) ? Optional.of(port) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (owned != null && !closed) {
            closed = true;
            try {
                owned.close();
                log.info("Stopped the embedded database");
            } catch (IOException e) {
                log.warn("Could not stop the embedded database cleanly: {}", e.getMessage());
            }
        }
    }
}
