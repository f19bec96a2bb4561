package org.dadkhah.search;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * In a serving application: opens the index at start (rebuilding it if it is new or of another database), then
 * every few seconds follows a rebuild made by {@code ./dadkhah reindex} and drains records queued by bulk imports,
 * and every minute republishes changes whose indexing failed or was left unfinished (for instance made by a
 * command run beside the server, which cannot write to the server's index).
 */
@Component
class IndexMaintenance implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private final SearchIndexer indexer;
    private final PendingQueue pending;
    private final IncompleteEventPublications incomplete;
    private final boolean serving;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "search-index");
        thread.setDaemon(true);
        return thread;
    });

    IndexMaintenance(SearchIndexer indexer, PendingQueue pending, IncompleteEventPublications incomplete,
            Environment environment) {
        this.indexer = indexer;
        this.pending = pending;
        this.incomplete = incomplete;
        this.serving = environment.getProperty("dadkhah.serve", Boolean.class, false);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!serving) {
            return;
        }
        scheduler.execute(this::safely);
        scheduler.scheduleWithFixedDelay(this::safely, 2, 2, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::retry, RETRY_AFTER.toSeconds(), RETRY_AFTER.toSeconds(),
                TimeUnit.SECONDS);
    }

    /** One round: open (and fill) the index, follow a rebuild, take in queued imports. */
    void round() {
        indexer.ensureOpen();
        indexer.followRebuild();
        pending.drain(indexer::refresh);
    }

    private void safely() {
        try {
            round();
        } catch (RuntimeException e) {
            log.warn("Search index maintenance failed (will try again): {}", e.toString());
        }
    }

    private void retry() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(RETRY_AFTER);
        } catch (RuntimeException e) {
            log.warn("Republishing unfinished index changes failed (will try again): {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
