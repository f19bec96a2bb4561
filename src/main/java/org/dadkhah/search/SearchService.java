package org.dadkhah.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Ranked search over persons (every name, both scripts), organisations, places, events, sources, claims and
 * proceedings, within the caller's rights. Records matching every word of the query come first; when they are
 * fewer than a page, records matching some of the words are searched as well (the total then counts those). The rights are a filter inside the Lucene query ({@link SearchRights}),
 * so totals and facets count only what the caller may read; every hit is then read through the read layer
 * ({@link RecordQueries#getAll}), which drops anything the caller may not see and gives the title and snippet.
 */
@Service
public class SearchService {

    /** One hit: what the API shows. */
    public record Hit(String type, String id, String title, String snippet, float score) {
    }

    /** A page of hits, how many match in all, facet counts, and the cursor of the next page (or null). */
    public record Result(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets, @Nullable String next) {
    }

    /** A search: text, optional type, page size and start, and exact facet filters. */
    public record Request(String q, @Nullable String type, int limit, int offset, Map<String, String> filters) {
    }

    /** A suggestion while typing. */
    public record Suggestion(String type, String id, String title) {
    }

    private record Found(List<ScoreDoc> docs, List<Document> stored, long total, Map<String, Map<String, Integer>> facets) {
    }

    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final SearchRights rights;
    private final IndexedTypes types;
    private final RecordQueries queries;

    SearchService(SearchIndex index, SearchIndexer indexer, SearchRights rights, IndexedTypes types,
            RecordQueries queries) {
        this.index = index;
        this.indexer = indexer;
        this.rights = rights;
        this.types = types;
        this.queries = queries;
    }

    /**
     * A request from query parameters ({@code q}, {@code type}, {@code limit}, {@code after} and the facet filters
     * {@code status}, {@code place}, {@code organisation}, {@code actType}, {@code year}), checked: an invalid one
     * throws a problem naming each bad parameter. The API and the results page read their parameters alike.
     */
    public static Request request(Map<String, String[]> parameters) {
        return SearchFilters.request(parameters);
    }

    /** Searches; {@code request} is already checked ({@link SearchFilters}). */
    public Result search(Request request, Caller caller) {
        Query everyWord = SearchQueries.ranked(request.q(), true);
        Query anyWord = SearchQueries.ranked(request.q(), false);
        if (everyWord == null || anyWord == null) {
            return new Result(0, List.of(), Map.of(), null);
        }
        Query filter = rights.filter(caller);
        int wanted = request.offset() + request.limit();
        Found found = find(filtered(everyWord, filter, request, caller), request.q(), wanted, caller, true);
        if (found.total() < wanted && !everyWord.equals(anyWord)) {
            found = find(filtered(anyWord, filter, request, caller), request.q(), wanted, caller, true);
        }
        List<ScoreDoc> page = found.docs().subList(Math.min(request.offset(), found.docs().size()), found.docs().size());
        List<Document> pageStored = found.stored().subList(Math.min(request.offset(), found.stored().size()),
                found.stored().size());
        List<Hit> hits = new ArrayList<>();
        int dropped = present(request.q(), page, pageStored, caller, hits);
        String next = request.offset() + request.limit() < found.total()
                ? String.valueOf(request.offset() + request.limit()) : null;
        return new Result(Math.max(0, found.total() - dropped), hits, found.facets(), next);
    }

    private static Query filtered(Query ranked, Query rights, Request request, Caller caller) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(ranked, Occur.MUST).add(rights, Occur.FILTER);
        SearchFilters.apply(request, SearchRights.readableLevels(caller), query);
        return query.build();
    }

    /**
     * Ids of records of {@code type} whose names match {@code q}, best first, among those the caller may read (as
     * the index knows them; the read layer checks each again): names only, every word of {@code q} matched in one of
     * its ways (or the whole name, or a pair of its words), ranked as search ranks them. What a list filtered by name
     * answers ({@link PersonNameRanking}). Records the bulk path queued for indexing are taken in first. Null when
     * another process (a server beside this command) holds the index.
     */
    public @Nullable List<UUID> rankNames(String type, String q, Caller caller, int limit) {
        Query names = SearchQueries.names(q, true);
        if (names == null) {
            return List.of();
        }
        try {
            indexer.catchUp();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof org.apache.lucene.store.LockObtainFailedException) {
                return null;
            }
            throw e;
        }
        Query query = new BooleanQuery.Builder().add(names, Occur.MUST)
                .add(rights.filter(caller, List.of(types.require(type))), Occur.FILTER)
                .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(SearchFields.TYPE, type)),
                        Occur.FILTER)
                .build();
        return find(query, q, limit, caller, false).stored().stream()
                .map(doc -> UUID.fromString(doc.get(SearchFields.ID))).toList();
    }

    /** Up to {@code limit} records whose names or titles begin with what was typed. */
    public List<Suggestion> suggest(String q, Caller caller, int limit) {
        Query typed = SearchQueries.suggest(q);
        if (typed == null) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder().add(typed, Occur.MUST).add(rights.filter(caller), Occur.FILTER).build();
        Found found = find(query, q, limit, caller, false);
        List<Hit> hits = new ArrayList<>();
        present(q, found.docs(), found.stored(), caller, hits);
        return hits.stream().map(h -> new Suggestion(h.type(), h.id(), h.title())).toList();
    }

    private Found find(Query query, String q, int n, Caller caller, boolean facets) {
        indexer.ensureOpen();
        return index.search(searcher -> {
            try {
                return collect(searcher, query, q, Math.max(1, n), facets ? SearchRights.readableLevels(caller) : null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Found collect(IndexSearcher searcher, Query query, String q, int n, @Nullable Set<String> readable)
            throws IOException {
        TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(Math.max(n, NameSimilarity.WINDOW), null,
                Integer.MAX_VALUE);
        TopDocs docs;
        Map<String, Map<String, Integer>> facets = Map.of();
        if (readable != null) {
            Object[] results = searcher.search(query, new MultiCollectorManager(top, FacetCounts.manager(readable)));
            docs = (TopDocs) results[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Integer>> counted = (Map<String, Map<String, Integer>>) results[1];
            facets = counted;
        } else {
            docs = searcher.search(query, top);
        }
        StoredFields fields = searcher.storedFields();
        docs = NameSimilarity.rerank(q, docs, fields);
        ScoreDoc[] first = java.util.Arrays.copyOf(docs.scoreDocs, Math.min(n, docs.scoreDocs.length));
        List<Document> stored = new ArrayList<>();
        for (ScoreDoc doc : first) {
            stored.add(fields.document(doc.doc, Set.of(SearchFields.ID, SearchFields.TYPE)));
        }
        return new Found(List.of(first), stored, docs.totalHits.value(), facets);
    }

    /** Reads the hits through the read layer; adds those the caller may see; returns how many were dropped. */
    private int present(String q, List<ScoreDoc> docs, List<Document> stored, Caller caller, List<Hit> into) {
        Map<String, List<UUID>> byType = new LinkedHashMap<>();
        for (Document doc : stored) {
            byType.computeIfAbsent(doc.get(SearchFields.TYPE), t -> new ArrayList<>()).add(UUID.fromString(doc.get(SearchFields.ID)));
        }
        Map<String, Map<UUID, Map<String, Object>>> visible = new LinkedHashMap<>();
        byType.forEach((type, ids) -> visible.put(type, queries.getAll(types.require(type), ids, caller, false)));
        int dropped = 0;
        for (int i = 0; i < stored.size(); i++) {
            String type = stored.get(i).get(SearchFields.TYPE);
            Map<String, Object> record = visible.get(type).get(UUID.fromString(stored.get(i).get(SearchFields.ID)));
            if (record == null) {
                dropped++;
                continue;
            }
            into.add(new Hit(type, String.valueOf(record.get("id")), HitText.title(type, record),
                    Snippets.of(q, HitText.text(types.require(type), record)), docs.get(i).score));
        }
        return dropped;
    }
}
