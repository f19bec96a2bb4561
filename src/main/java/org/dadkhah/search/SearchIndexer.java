package org.dadkhah.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.dadkhah.records.RecordChanged;
import org.dadkhah.records.RecordsImported;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database. It listens to record changes after their commit (in the writing
 * thread, so that whoever saved a record finds it at once), through Spring Modulith's event publication registry:
 * a publication is marked complete only after the index has committed the change, so a crash between the database commit and the index leaves it incomplete and it is republished at the
 * next start (and, in a running server, after a minute; see {@link IndexMaintenance}). Indexing reads the record's
 * current state again, so a change indexed twice or out of order still leaves the index right, and a deleted record
 * is removed.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final Duration KEEP_TOUCHED = Duration.ofDays(1);

    private final SearchIndex index;
    private final IndexedRecords records;
    private final IndexRebuild rebuild;
    private final PendingQueue pending;
    /** When each record ("type:id") was last indexed here: replayed into a generation built meanwhile. */
    private final Map<String, Instant> touched = new ConcurrentHashMap<>();
    private volatile @Nullable RuntimeException failure;
    private final boolean serving;

    SearchIndexer(SearchIndex index, IndexedRecords records, IndexRebuild rebuild, PendingQueue pending,
            org.springframework.core.env.Environment environment) {
        this.serving = environment.getProperty("dadkhah.serve", Boolean.class, false);
        this.index = index;
        this.pending = pending;
        this.records = records;
        this.rebuild = rebuild;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RecordChanged change) {
        if (IndexedTypes.NAMES.contains(change.type())) {
            refresh(change.type(), List.of(change.id()));
        }
        if (change.type().equals("act")) {
            List<UUID> victims = new ArrayList<>();
            addVictim(victims, change.before());
            addVictim(victims, change.after());
            if (!victims.isEmpty()) {
                refresh("person", victims);
            }
        }
    }

    /** Bulk imports are queued (cheaply, durably) and indexed in the background by {@link PendingQueue}. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RecordsImported imported) {
        if (IndexedTypes.NAMES.contains(imported.type())) {
            pending.add(imported.type(), imported.ids());
        } else if (imported.type().equals("act")) {
            pending.add("person", imported.persons());
        }
    }

    /**
     * Makes indexing fail until called with null: the state a crash between the database commit and the index
     * leaves behind (the change committed, its publication incomplete), for the recovery tests.
     */
    void failWith(@Nullable RuntimeException failure) {
        this.failure = failure;
    }

    /** Indexes the current state of records (removing those that are gone), and commits. */
    synchronized void refresh(String type, Collection<UUID> ids) {
        RuntimeException failing = failure;
        if (failing != null) {
            throw failing;
        }
        ensureOpen();
        List<UUID> distinct = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < distinct.size(); from += IndexedRecords.PAGE) {
            List<UUID> page = distinct.subList(from, Math.min(distinct.size(), from + IndexedRecords.PAGE));
            Map<UUID, Document> documents = records.documents(type, page);
            index.update(writer -> {
                for (UUID id : page) {
                    Term term = new Term(SearchFields.ID, id.toString());
                    Document document = documents.get(id);
                    if (document == null) {
                        writer.deleteDocuments(term);
                    } else {
                        writer.updateDocument(term, document);
                    }
                }
            });
            Instant now = Instant.now();
            page.forEach(id -> touched.put(type + ":" + id, now));
        }
    }

    /**
     * Opens the index and takes in what the bulk path queued, so that a list filtered by name finds what was just
     * imported. In a server only a short queue (a page of the index's reads) is taken in here: a longer one is the
     * maintenance thread's, which drains it every two seconds, rather than a reader's request; without a server
     * (a command, a test) nothing else would drain it, so all of it is taken in.
     */
    void catchUp() {
        ensureOpen();
        if (!serving || pending.atMost(IndexedRecords.PAGE)) {
            pending.drain(this::refresh);
        }
    }

    /** Opens the index, filling it from the database if it is new or belongs to another database. */
    synchronized void ensureOpen() {
        if (index.open()) {
            rebuild.refill();
        }
    }

    /**
     * If a rebuild made another generation current, switches to it and re-indexes what was indexed here since the
     * rebuild started reading. Returns whether it switched.
     */
    synchronized boolean followRebuild() {
        String current = index.location().current();
        String open = index.openGeneration();
        if (open == null || current == null || current.equals(open)) {
            return false;
        }
        Map<String, String> data = index.switchTo(current);
        Instant started = data.containsKey(SearchIndex.STARTED) ? Instant.parse(data.get(SearchIndex.STARTED))
                : Instant.EPOCH;
        Instant since = started.minusSeconds(5);
        Map<String, List<UUID>> replay = new LinkedHashMap<>();
        touched.entrySet().removeIf(e -> e.getValue().isBefore(Instant.now().minus(KEEP_TOUCHED)));
        touched.forEach((key, at) -> {
            if (!at.isBefore(since)) {
                int colon = key.indexOf(':');
                replay.computeIfAbsent(key.substring(0, colon), k -> new ArrayList<>())
                        .add(UUID.fromString(key.substring(colon + 1)));
            }
        });
        replay.forEach(this::refresh);
        log.info("Search index switched to {}; re-indexed {} records changed during the rebuild", current,
                replay.values().stream().mapToInt(List::size).sum());
        return true;
    }

    private static void addVictim(List<UUID> victims, @Nullable Map<String, Object> state) {
        if (state == null) {
            return;
        }
        for (String key : Set.of("victim", "victim_id")) {
            Object value = state.get(key);
            if (value != null) {
                victims.add(UUID.fromString(String.valueOf(value)));
            }
        }
    }
}
