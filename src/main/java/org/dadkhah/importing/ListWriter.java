package org.dadkhah.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.dadkhah.records.RecordsImported;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every write of one import, in order, on a thread of its own inside ONE transaction, so that the file is
 * checked and rendered while the database loads the previous batch, and the import is all or nothing: it commits
 * only when told to, and a failure, a rollback or a killed process leaves nothing. The references to the rows the
 * final step creates (acts to new places, citations to the list's source) are checked when that step ends
 * ({@code DEFERRABLE} since V19): every other writer still has them checked at once.
 */
final class ListWriter implements AutoCloseable {

    private static final Runnable COMMIT = () -> { };
    private static final Runnable ROLLBACK = () -> { };
    /** The references checked after the final step (all of them, by PostgreSQL, before the commit). */
    private static final String DEFERRED = "act_place_id_fkey, citation_source_id_fkey";
    /** Persons per {@code RecordsImported} event (one event, one queueing transaction after the commit). */
    static final int PERSONS_PER_EVENT = 50_000;

    private final DataSource dataSource;
    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(2);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "list-import"));
    private final ApplicationEventPublisher events;
    private final Future<?> done;
    /** Persons loaded but not yet told of (used on the writer's thread only). */
    private List<UUID> loaded = new ArrayList<>();

    ListWriter(DataSource dataSource, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.events = events;
        this.done = thread.submit(() -> transactions.executeWithoutResult(status -> {
            execute("set constraints " + DEFERRED + " deferred");
            while (true) {
                Runnable task = take();
                if (task == COMMIT) {
                    return;
                }
                if (task == ROLLBACK) {
                    status.setRollbackOnly();
                    return;
                }
                task.run();
            }
        }));
    }

    /** Hands a write to the writer (waiting while two are queued); rethrows the writer's failure, if any. */
    void submit(Runnable task) {
        try {
            while (!queue.offer(task, 100, TimeUnit.MILLISECONDS)) {
                if (done.isDone()) {
                    await();
                    throw new IllegalStateException("The import's writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        }
    }

    /**
     * Loads a batch's tables with {@code COPY}, and tells the search index of the new persons, {@value
     * #PERSONS_PER_EVENT} at a time (queued once the import commits, as for the bulk path).
     */
    void copy(BulkBatch batch) {
        submit(() -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                PGConnection pg = connection.unwrap(PGConnection.class);
                for (CopyText table : batch.tables) {
                    table.copyInto(pg);
                }
            } catch (SQLException e) {
                throw new DataIntegrityViolationException("Import of " + batch.detail() + " failed: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            loaded.addAll(batch.ids);
            if (loaded.size() >= PERSONS_PER_EVENT) {
                publishLoaded();
            }
        });
    }

    private void publishLoaded() {
        if (!loaded.isEmpty()) {
            events.publishEvent(new RecordsImported("person", loaded, List.of()));
            loaded = new ArrayList<>();
        }
    }

    /**
     * Runs the final step, has the deferred references checked, and commits everything handed over, telling
     * {@code listener} of each stage.
     */
    void finish(Runnable finalStep, ImportListener listener) {
        submit(this::publishLoaded);
        submit(() -> listener.stage(ImportListener.Stage.LOADED));
        submit(finalStep);
        submit(() -> listener.stage(ImportListener.Stage.CREATED));
        submit(() -> execute("set constraints " + DEFERRED + " immediate"));
        submit(() -> listener.stage(ImportListener.Stage.CHECKED));
        submit(COMMIT);
        await();
    }

    private void execute(String sql) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new DataIntegrityViolationException("The import's " + sql + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Rolls everything back. */
    void rollback() {
        if (!done.isDone()) {
            submit(ROLLBACK);
        }
        await();
    }

    private void await() {
        try {
            done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        }
    }

    private Runnable take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ROLLBACK;
        }
    }

    @Override
    public void close() {
        if (!done.isDone()) {
            queue.clear();
            queue.offer(ROLLBACK);
            try {
                done.get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                done.cancel(true);
            }
        }
        thread.shutdownNow();
    }
}
