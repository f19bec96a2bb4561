package org.dadkhah.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the index from the database. {@link #rebuild} writes a new generation beside the one in use (so it can
 * run while a server serves from the old one) and then switches {@code current} to it; a running server follows
 * within seconds and re-indexes what changed while the rebuild ran ({@link SearchIndexer#followRebuild}).
 */
@Component
public class IndexRebuild {

    /** Told how far a rebuild has come. */
    @FunctionalInterface
    public interface Progress {
        void step(long done, long total);
    }

    private final SearchIndex index;
    private final IndexedRecords records;
    private final PendingQueue pending;

    IndexRebuild(SearchIndex index, IndexedRecords records, PendingQueue pending) {
        this.index = index;
        this.records = records;
        this.pending = pending;
    }

    /** Builds a new generation from every searchable record and makes it current; returns how many it holds. */
    public long rebuild(Progress progress) {
        IndexLocation location = index.location();
        String previous = location.current();
        String generation = location.newGeneration();
        Instant started = Instant.now();
        long total = IndexedTypes.NAMES.stream().mapToLong(records::count).sum();
        long[] done = {0};
        progress.step(0, total);
        try (Directory directory = FSDirectory.open(location.path(generation));
                IndexWriter writer = new IndexWriter(directory, config())) {
            for (String type : IndexedTypes.NAMES) {
                records.forEachPage(type, page -> {
                    add(writer, page);
                    done[0] += page.size();
                    progress.step(done[0], Math.max(total, done[0]));
                });
            }
            index.commit(writer, Map.of(SearchIndex.STARTED, started.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        location.use(generation);
        pending.forgetQueuedBefore(started);
        if (previous != null && !previous.equals(index.openGeneration()) && unlocked(location, previous)) {
            location.delete(previous);
        }
        return done[0];
    }

    /** Empties the live index and fills it from the database (first start, or an index of another database). */
    void refill() {
        index.update(writer -> {
            writer.deleteAll();
            for (String type : IndexedTypes.NAMES) {
                records.forEachPage(type, page -> add(writer, page));
            }
        });
    }

    private static void add(IndexWriter writer, Iterable<org.apache.lucene.document.Document> page) {
        try {
            writer.addDocuments(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IndexWriterConfig config() {
        return new IndexWriterConfig(SearchAnalyzers.perField()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256);
    }

    /** Whether no process holds a generation's write lock (no server serves from it). */
    private static boolean unlocked(IndexLocation location, String generation) {
        try (Directory directory = FSDirectory.open(location.path(generation));
                Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            return lock != null;
        } catch (LockObtainFailedException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
