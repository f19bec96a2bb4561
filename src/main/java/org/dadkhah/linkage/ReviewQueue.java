package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review queue: pairs waiting for a decision, most uncertain first, each with both person records (as the read
 * layer gives them to the caller) and the waterfall of the score with the records' current values. A pair is shown
 * only when the caller may read both of its persons.
 */
@Service
@Transactional
public class ReviewQueue {

    private static final int BATCH = 200;

    private final PersonLinks links;
    private final PersonSource source;
    private final RecordQueries queries;
    private final JsonMapper json;
    private final PersonLinking linking;

    ReviewQueue(PersonLinks links, PersonSource source, RecordQueries queries, JsonMapper json, PersonLinking linking) {
        this.linking = linking;
        this.links = links;
        this.source = source;
        this.queries = queries;
        this.json = json;
    }

    /**
     * Up to {@code limit} pairs waiting for review (optionally only those of one person) both of whose persons the
     * caller may read, most uncertain first (skipped ones last), as {@code GET /api/v1/linkage/review} gives them:
     * {@code id, status, origin, suggested, weight, probability, left, right} (the records as the read layer gives
     * them) and {@code explanation} (the waterfall: {@code priorWeight} and {@code fields}, each with {@code field,
     * comparator, level, weight, frequencyAdjusted, left, right}).
     */
    public List<Map<String, Object>> queue(@Nullable UUID person, int limit, Caller caller) {
        List<PersonLinks.Link> chosen = new ArrayList<>();
        int offset = 0;
        while (chosen.size() < limit) {
            List<PersonLinks.Link> batch = links.queue(person, offset, BATCH);
            Set<UUID> ids = new HashSet<>();
            batch.forEach(l -> {
                ids.add(l.left());
                ids.add(l.right());
            });
            Set<UUID> visible = ids.isEmpty() ? Set.of() : queries.visibleIds(source.persons(), ids, caller);
            for (PersonLinks.Link link : batch) {
                if (chosen.size() < limit && visible.contains(link.left()) && visible.contains(link.right())) {
                    chosen.add(link);
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            offset += BATCH;
        }
        return represent(chosen, caller);
    }

    /**
     * One pair as in {@link #queue}, with its {@code history} (status changes, oldest first); a pair one of whose
     * persons the caller may not read is not found, as one that does not exist.
     */
    public Map<String, Object> pair(UUID pair, Caller caller) {
        return pair(linking.readable(pair, caller), caller);
    }

    /** One pair with both records, the waterfall and its history. */
    Map<String, Object> pair(PersonLinks.Link link, Caller caller) {
        Map<String, Object> item = represent(List.of(link), caller).getFirst();
        item.put("history", links.history(link.id()));
        return item;
    }

    private List<Map<String, Object>> represent(List<PersonLinks.Link> chosen, Caller caller) {
        Set<UUID> ids = new HashSet<>();
        chosen.forEach(l -> {
            ids.add(l.left());
            ids.add(l.right());
        });
        Map<UUID, Map<String, Object>> persons = queries.getAll(source.persons(), ids, caller);
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        source.records(new ArrayList<>(persons.values()), caller).forEach(r -> values.put(r.id(), r.values()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (PersonLinks.Link link : chosen) {
            Map<String, Object> left = persons.get(link.left());
            Map<String, Object> right = persons.get(link.right());
            if (left == null || right == null) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", link.id());
            item.put("status", link.status());
            item.put("origin", link.origin());
            item.put("suggested", link.suggested());
            item.put("weight", link.weight());
            item.put("probability", link.probability());
            item.put("left", left);
            item.put("right", right);
            item.put("explanation", waterfall(link, values.get(link.left().toString()),
                    values.get(link.right().toString())));
            items.add(item);
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private @Nullable Map<String, Object> waterfall(PersonLinks.Link link, @Nullable Map<String, String> left,
            @Nullable Map<String, String> right) {
        if (link.explanation() == null) {
            return null;
        }
        Map<String, Object> stored = json.readValue(link.explanation(), Map.class);
        if (stored.get("fields") instanceof List<?> fields) {
            for (Object field : fields) {
                Map<String, Object> step = (Map<String, Object>) field;
                Object name = step.get("field");
                step.put("left", left == null ? null : left.get(String.valueOf(name)));
                step.put("right", right == null ? null : right.get(String.valueOf(name)));
            }
        }
        stored.put("weight", link.weight());
        stored.put("probability", link.probability());
        return stored;
    }
}
