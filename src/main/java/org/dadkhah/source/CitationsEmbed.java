package org.dadkhah.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordEmbed;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RelatedRecords;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Caller;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Adds to every record the citations (source, locator, quoted words) the caller may see, read through the one read
 * layer: a citation shows only when the caller may see both the citation and its source.
 */
@Component
class CitationsEmbed implements RecordEmbed {

    private final RecordQueries queries;
    private final RelatedRecords related;
    private final RecordType citations;
    private final RecordType sources;

    CitationsEmbed(@Lazy RecordQueries queries, @Lazy RelatedRecords related, @Qualifier("citations") RecordType citations,
            @Qualifier("sources") RecordType sources) {
        this.queries = queries;
        this.related = related;
        this.citations = citations;
        this.sources = sources;
    }

    @Override
    public String path() {
        return "*";
    }

    @Override
    public String json() {
        return "citations";
    }

    @Override
    public Object load(UUID id, Caller caller) {
        return loadAll(List.of(id), caller).get(id);
    }

    @Override
    public Map<UUID, Object> loadAll(List<UUID> ids, Caller caller) {
        Map<UUID, Object> byRecord = new LinkedHashMap<>();
        Map<UUID, List<Map<String, Object>>> found = related.relatedAll(citations, "record_id", ids, caller, false);
        List<UUID> sourceIds = found.values().stream().flatMap(List::stream).map(c -> (UUID) c.get("source"))
                .distinct().toList();
        Map<UUID, Map<String, Object>> visibleSources = queries.getAll(sources, sourceIds, caller, false);
        found.forEach((record, list) -> {
            List<Map<String, Object>> shown = new ArrayList<>();
            for (Map<String, Object> citation : list) {
                Map<String, Object> source = visibleSources.get((UUID) citation.get("source"));
                if (source != null) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("id", citation.get("id"));
                    item.put("sourceId", source.get("id"));
                    item.put("sourceTitle", source.get("title"));
                    item.put("sha256", source.get("sha256"));
                    item.put("locator", citation.get("locator"));
                    item.put("excerpt", citation.get("excerpt"));
                    shown.add(item);
                }
            }
            byRecord.put(record, shown);
        });
        return byRecord;
    }
}
