package org.dadkhah.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.dadkhah.audit.AuditLog;
import org.dadkhah.records.RecordsImported;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes batches one after another, each in its own transaction with one audit entry, on a thread of its own, so
 * that the next batch is checked and rendered while the database loads the previous one.
 */
final class BulkWriter implements AutoCloseable {

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final String actor;
    private final ApplicationEventPublisher events;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "bulk-import"));
    private @Nullable Future<?> pending;

    BulkWriter(DataSource dataSource, TransactionTemplate transactions, AuditLog audit, String actor,
            ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
    }

    /** Hands the batch to the writer once the previous one is written (rethrowing its failure, if any). */
    void submit(BulkBatch batch) {
        finish();
        pending = thread.submit(() -> transactions.executeWithoutResult(status -> write(batch)));
    }

    /** Waits until every batch handed over is written. */
    void finish() {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing a batch", e);
        } finally {
            pending = null;
        }
    }

    private void write(BulkBatch batch) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (!batch.victims.isEmpty()) {
                refuseMissingVictims(connection, batch, "deleted_at is not null and id = any(?)");
            }
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (CopyText table : batch.tables) {
                table.copyInto(pg);
            }
        } catch (SQLException e) {
            if ("23503".equals(e.getSQLState()) && !batch.victims.isEmpty()) {
                throw missingVictim(batch);
            }
            throw new DataIntegrityViolationException("Bulk import of " + batch.detail() + " failed: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        audit.append(actor, "BULK_IMPORT", batch.tables.get(0).table(), null, batch.detail());
        events.publishEvent(new RecordsImported(batch.tables.get(0).table(), batch.ids, batch.victims));
    }

    /** After the database refused a reference, finds and names the first row at fault (in a transaction of its own). */
    private BulkImportException missingVictim(BulkBatch batch) {
        BulkImportException[] found = new BulkImportException[1];
        TransactionTemplate separate = new TransactionTemplate(transactions.getTransactionManager());
        separate.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        separate.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                refuseMissingVictims(connection, batch, "id = any(?) and deleted_at is null");
            } catch (BulkImportException e) {
                found[0] = e;
            } catch (SQLException e) {
                throw new DataIntegrityViolationException(e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        return found[0] != null ? found[0] : batch.refuse(batch.firstRow, "victim", "Refers to a missing person");
    }

    /**
     * Refuses the batch if a victim is {@code missing}: with {@code deleted_at is not null} the query finds soft-deleted
     * persons; with {@code deleted_at is null} it finds the persons present, and the absent ones are missing.
     */
    private static void refuseMissingVictims(Connection connection, BulkBatch batch, String condition)
            throws SQLException {
        boolean listsFaults = condition.startsWith("deleted_at is not null");
        java.util.Set<UUID> hits = new java.util.HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("select id from person where " + condition)) {
            query.setArray(1, connection.createArrayOf("uuid", batch.victims.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    hits.add(rows.getObject(1, UUID.class));
                }
            }
        }
        List<UUID> victims = batch.victims;
        for (int i = 0; i < victims.size(); i++) {
            if (hits.contains(victims.get(i)) == listsFaults) {
                throw batch.refuse(batch.firstRow + i, "victim", "No person with id " + victims.get(i));
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
