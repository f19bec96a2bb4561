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
import org.dadkhah.shared.DadkhahHome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server (zonky binaries). A persistent server lives in {@code DADKHAH_HOME/pg} and is
 * shared with command-line runs while {@code serve} holds it; a temporary one serves a test JVM.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static @Nullable EmbeddedDatabase temporary;

    private final @Nullable EmbeddedPostgres owned;
    private final int port;

    private EmbeddedDatabase(@Nullable EmbeddedPostgres owned, int port) {
        this.owned = owned;
        this.port = port;
    }

    /** JDBC URL of the server's {@code postgres} database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Whether this process started the server (and so stops it on close). */
    public boolean startedHere() {
        return owned != null;
    }

    /**
     * Connects to the server already running in {@code dataDirectory} or, if none is, starts one there that
     * keeps its data across restarts.
     */
    public static EmbeddedDatabase persistent(Path dataDirectory) {
        Optional<Integer> running = runningPort(dataDirectory);
        if (running.isPresent()) {
            log.info("Using the embedded database already running for {} on port {}", dataDirectory, running.get());
            return new EmbeddedDatabase(null, running.get());
        }
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info("Started the embedded database in {} on port {}", dataDirectory, pg.getPort());
            return new EmbeddedDatabase(pg, pg.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** One temporary server per JVM (tests); it stops when the JVM exits. */
    public static synchronized EmbeddedDatabase temporary() {
        if (temporary == null) {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
                temporary = new EmbeddedDatabase(pg, pg.getPort());
                Runtime.getRuntime().addShutdownHook(new Thread(temporary::close));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start a temporary embedded PostgreSQL", e);
            }
        }
        return temporary;
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
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (owned != null) {
            try {
                owned.close();
                log.info("Stopped the embedded database");
            } catch (IOException e) {
                log.warn("Could not stop the embedded database cleanly: {}", e.getMessage());
            }
        }
    }
}
