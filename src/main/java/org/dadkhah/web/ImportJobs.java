package org.dadkhah.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dadkhah.importing.ImportListener;
import org.dadkhah.importing.ImportReport;
import org.dadkhah.importing.ListImport;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The import page's uploads, each run in the background through {@link ListImport} (the API's path): first a dry run
 * (the report and a preview of the first rows as they will be stored), then, when its owner commits, the import
 * itself; the rows read so far are counted for the progress bar. A job is seen only by the account that uploaded it;
 * its file is deleted once committed or after {@link #KEPT}.
 */
@Component
class ImportJobs implements DisposableBean {

    private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

    /** Rows shown in the preview. */
    static final int PREVIEW = 20;

    /** How long an upload is kept for its owner to commit. */
    static final Duration KEPT = Duration.ofHours(2);

    /** Where a job is. */
    enum State { CHECKING, CHECKED, IMPORTING, IMPORTED, FAILED }

    /** One upload and what was done with it. */
    static final class Job implements ImportListener {
        final UUID id = UUID.randomUUID();
        final String owner;
        final Path file;
        final String fileName;
        final String mapping;
        final @Nullable String encoding;
        final Instant created = Instant.now();
        final List<PreviewRow> preview = Collections.synchronizedList(new ArrayList<>());
        volatile List<String> columns = List.of();
        volatile State state = State.CHECKING;
        volatile long read;
        volatile long total;
        volatile @Nullable ImportReport report;
        volatile @Nullable String failure;

        Job(String owner, Path file, String fileName, String mapping, @Nullable String encoding) {
            this.owner = owner;
            this.file = file;
            this.fileName = fileName;
            this.mapping = mapping;
            this.encoding = encoding;
        }

        @Override
        public void header(List<String> names) {
            columns = List.copyOf(names);
        }

        @Override
        public void row(long row) {
            read = row;
        }

        @Override
        public void preview(PreviewRow row) {
            if (state == State.CHECKING && preview.size() < PREVIEW) {
                preview.add(row);
            }
        }

        boolean running() {
            return state == State.CHECKING || state == State.IMPORTING;
        }

        boolean committable() {
            ImportReport r = report;
            return state == State.CHECKED && r != null && !r.failed() && r.note() == null;
        }
    }

    private final ListImport imports;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "page-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(ListImport imports) {
        this.imports = imports;
    }

    /** Takes over an uploaded file and starts its dry run. */
    Job check(Path file, String fileName, String mapping, @Nullable String encoding, Caller caller) {
        purge();
        Job job = new Job(caller.username(), file, fileName, mapping, encoding);
        jobs.put(job.id, job);
        executor.submit(() -> run(job, true, caller));
        return job;
    }

    /** Starts the import of a checked job without errors; false when it cannot be committed (any more). */
    synchronized boolean commit(Job job, Caller caller) {
        if (!job.committable()) {
            return false;
        }
        job.total = job.report == null ? 0 : job.report.rows();
        job.read = 0;
        job.state = State.IMPORTING;
        executor.submit(() -> run(job, false, caller));
        return true;
    }

    /** The caller's job with this id (none for another account's job). */
    Optional<Job> find(UUID id, Caller caller) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(caller.username()));
    }

    private void run(Job job, boolean dryRun, Caller caller) {
        try {
            job.report = imports.run(job.file, job.fileName, job.mapping, dryRun, job.encoding, caller, job);
            job.state = dryRun ? State.CHECKED : State.IMPORTED;
        } catch (IOException | RuntimeException e) {
            logger.warn("Import of {} for {} failed", job.fileName, job.owner, e);
            job.failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            job.state = State.FAILED;
        } finally {
            if (!dryRun || job.state != State.CHECKED || !job.committable()) {
                delete(job);
            }
        }
    }

    private void purge() {
        Instant oldest = Instant.now().minus(KEPT);
        jobs.values().removeIf(job -> {
            if (job.created.isBefore(oldest) && !job.running()) {
                delete(job);
                return true;
            }
            return false;
        });
    }

    private static void delete(Job job) {
        try {
            Files.deleteIfExists(job.file);
        } catch (IOException e) {
            logger.warn("Could not delete the upload {}", job.file, e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
        jobs.values().forEach(ImportJobs::delete);
    }
}
