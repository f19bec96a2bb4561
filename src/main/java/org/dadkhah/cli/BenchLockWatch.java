package org.dadkhah.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Watches, from a connection of its own (outside the command's small pool), how long the audit chain's advisory
 * lock is held by anyone: polled every 20 ms while the watched work runs, each poll that finds it held counting
 * the time since the previous poll.
 */
final class BenchLockWatch implements AutoCloseable {

    private static final long POLL_MILLIS = 20;

    private final Connection connection;
    private final AtomicLong heldNanos = new AtomicLong();
    private final Thread thread;

    BenchLockWatch(DataSource dataSource) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        thread = Thread.ofPlatform().daemon().start(this::watch);
    }

    private void watch() {
        try (PreparedStatement held = connection.prepareStatement(
                "select count(*) from pg_locks where locktype = 'advisory' and objid = 7331 and granted")) {
            long last = System.nanoTime();
            while (!Thread.currentThread().isInterrupted()) {
                try (ResultSet rows = held.executeQuery()) {
                    rows.next();
                    long now = System.nanoTime();
                    if (rows.getLong(1) > 0) {
                        heldNanos.addAndGet(now - last);
                    }
                    last = now;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (SQLException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Roughly how long the lock was held while watched, in seconds (to the poll interval). */
    double heldSeconds() {
        return heldNanos.get() / 1e9;
    }

    @Override
    public void close() throws SQLException {
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
