package org.dadkhah.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.dadkhah.records.RecordPage;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RelatedRecords;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads records for the index through the read layer ({@link RecordQueries}, as the operator) and turns them into
 * documents: by id (after a change) or page by page (a rebuild).
 */
@Component
class IndexedRecords {

    static final int PAGE = 1000;

    private final RecordQueries queries;
    private final RelatedRecords related;
    private final RecordTypes types;
    private final IndexedTypes indexed;

    IndexedRecords(RecordQueries queries, RelatedRecords related, RecordTypes types, IndexedTypes indexed) {
        this.queries = queries;
        this.related = related;
        this.types = types;
        this.indexed = indexed;
    }

    /** The current documents of those of {@code ids} that exist and are live; the others are absent. */
    Map<UUID, Document> documents(String typeName, Collection<UUID> ids) {
        RecordType type = indexed.require(typeName);
        Map<UUID, Map<String, Object>> records = queries.getAll(type, ids, Caller.SYSTEM, false);
        return toDocuments(typeName, type, records.values());
    }

    /** How many live records of a type there are (for progress). */
    long count(String typeName) {
        return queries.count(indexed.require(typeName), Map.of(), Caller.SYSTEM);
    }

    /** Hands every live record of a type to {@code sink}, a page of documents at a time. */
    void forEachPage(String typeName, Consumer<Collection<Document>> sink) {
        RecordType type = indexed.require(typeName);
        UUID after = null;
        do {
            RecordPage page = queries.list(type, Map.of(), after, PAGE, Caller.SYSTEM);
            sink.accept(toDocuments(typeName, type, page.items()).values());
            after = page.next();
        } while (after != null);
    }

    private Map<UUID, Document> toDocuments(String typeName, RecordType type, Collection<Map<String, Object>> records) {
        Map<UUID, SearchDocuments.Acts> acts = typeName.equals("person") ? acts(records) : Map.of();
        Map<UUID, Document> documents = new LinkedHashMap<>();
        for (Map<String, Object> record : records) {
            UUID id = (UUID) record.get("id");
            documents.put(id, SearchDocuments.of(typeName, type, record, acts.getOrDefault(id, SearchDocuments.Acts.NONE)));
        }
        return documents;
    }

    private Map<UUID, SearchDocuments.Acts> acts(Collection<Map<String, Object>> persons) {
        List<UUID> ids = new ArrayList<>(persons.stream().map(p -> (UUID) p.get("id")).toList());
        RecordType actType = types.byName("act").orElse(null);
        Map<UUID, SearchDocuments.Acts> byPerson = new LinkedHashMap<>();
        if (actType == null || ids.isEmpty()) {
            return byPerson;
        }
        related.relatedAll(actType, "victim_id", ids, Caller.SYSTEM, false).forEach((person, list) -> {
            Set<String> actTypes = new LinkedHashSet<>();
            Set<String> places = new LinkedHashSet<>();
            for (Map<String, Object> act : list) {
                String level = act.get("confidentiality") + ":";
                addIfPresent(actTypes, level, act.get("type"));
                addIfPresent(places, level, act.get("place"));
            }
            byPerson.put(person, new SearchDocuments.Acts(actTypes, places));
        });
        return byPerson;
    }

    private static void addIfPresent(Set<String> into, String prefix, @Nullable Object value) {
        if (value != null) {
            into.add(prefix + value);
        }
    }
}
