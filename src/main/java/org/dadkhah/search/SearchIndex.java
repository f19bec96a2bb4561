package org.dadkhah.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dadkhah.shared.DadkhahHome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The live index: the generation named by {@code DADKHAH_HOME/index/current}, opened on first use with its Lucene
 * write lock (so a command run beside a server never writes into the server's index; see {@link IndexRebuild}).
 * Every change is committed before it returns, so what the index says survives a crash. The index records which
 * database it belongs to; opened against another database (a restored backup, a test database) it is rebuilt.
 */
@Component
class SearchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    static final String DATABASE = "database";
    static final String STARTED = "rebuildStarted";

    /** An open generation. */
    record Live(String generation, Directory directory, IndexWriter writer, SearcherManager searchers) {
    }

    /** A change to the index made with its writer. */
    @FunctionalInterface
    interface Change {
        void apply(IndexWriter writer) throws IOException;
    }

    private final IndexLocation location;
    private final JdbcClient jdbc;
    private volatile @Nullable Live live;

    @org.springframework.beans.factory.annotation.Autowired
    SearchIndex(JdbcClient jdbc) {
        this(new IndexLocation(DadkhahHome.path().resolve("index")), jdbc);
    }

    SearchIndex(IndexLocation location, JdbcClient jdbc) {
        this.location = location;
        this.jdbc = jdbc;
    }

    IndexLocation location() {
        return location;
    }

    /** The identity of the database this application uses (made once by the migration). */
    String databaseId() {
        return jdbc.sql("select database_id::text from search_index_state where id = 1").query(String.class).single();
    }

    /** Opens the index if needed; returns whether it was just opened empty or for another database. */
    synchronized boolean open() {
        if (live != null) {
            return false;
        }
        String generation = location.current();
        if (generation == null) {
            generation = location.newGeneration();
            location.use(generation);
        }
        live = openGeneration(generation);
        Map<String, String> data = userData(live.writer());
        boolean foreign = !databaseId().equals(data.get(DATABASE));
        if (foreign) {
            log.info("The search index in {} belongs to another database or is new: it will be rebuilt", generation);
        }
        return foreign;
    }

    /** The generation now open, if any. */
    @Nullable String openGeneration() {
        Live current = live;
        return current == null ? null : current.generation();
    }

    /** Applies a change and commits it (with this database's identity); new searches see it. */
    synchronized void update(Change change) {
        Live current = requireLive();
        try {
            change.apply(current.writer());
            commit(current.writer(), Map.of());
            current.searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a search on the latest committed state. */
    <T> T search(Function<IndexSearcher, T> search) {
        SearcherManager searchers = requireLive().searchers();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the open generation and opens {@code generation} (after a rebuild replaced it); returns its data. */
    synchronized Map<String, String> switchTo(String generation) {
        Live old = live;
        live = openGeneration(generation);
        if (old != null) {
            close(old);
            location.delete(old.generation());
        }
        return userData(live.writer());
    }

    private Live requireLive() {
        Live current = live;
        if (current == null) {
            open();
            current = live;
        }
        return current;
    }

    private Live openGeneration(String generation) {
        try {
            Directory directory = FSDirectory.open(location.path(generation));
            IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(directory, config);
            return new Live(generation, directory, writer, new SearcherManager(writer, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits with this database's identity and {@code extra} user data. */
    void commit(IndexWriter writer, Map<String, String> extra) throws IOException {
        Map<String, String> data = new java.util.HashMap<>(userData(writer));
        data.putAll(extra);
        data.put(DATABASE, databaseId());
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    static Map<String, String> userData(IndexWriter writer) {
        Map<String, String> data = new java.util.HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        } else {
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                data.putAll(reader.getIndexCommit().getUserData());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }

    private static void close(Live l) {
        try {
            l.searchers().close();
            l.writer().close();
            l.directory().close();
        } catch (IOException e) {
            log.warn("Closing search index generation {} failed: {}", l.generation(), e.getMessage());
        }
    }

    @Override
    public synchronized void destroy() {
        if (live != null) {
            close(live);
            live = null;
        }
    }
}
