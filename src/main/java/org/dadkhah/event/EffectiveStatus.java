package org.dadkhah.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Adds to every person {@code effectiveStatus}: the status recorded for them, or, when none was recorded
 * ({@code UNKNOWN}), the status their acts imply — an execution or killing the caller may see shows the person as
 * deceased, an enforced disappearance as disappeared — with that act as its source ({@code fromAct}).
 */
@Component
class EffectiveStatus implements RecordEmbed {

    /** Act types that leave the victim deceased. */
    static final Set<String> FATAL = Set.of("EXECUTION", "EXTRAJUDICIAL_KILLING", "KILLING", "DEATH_IN_CUSTODY");

    private static final String UNKNOWN = "UNKNOWN";

    /** Act types that imply a status: the fatal ones and enforced disappearance (the only acts read here). */
    private static final List<String> IMPLYING = java.util.stream.Stream.concat(FATAL.stream(),
            java.util.stream.Stream.of("ENFORCED_DISAPPEARANCE")).sorted().toList();

    private final RecordQueries queries;
    private final RelatedRecords related;
    private final RecordType persons;
    private final RecordType acts;

    EffectiveStatus(@Lazy RecordQueries queries, @Lazy RelatedRecords related, @Qualifier("persons") RecordType persons,
            @Qualifier("acts") RecordType acts) {
        this.queries = queries;
        this.related = related;
        this.persons = persons;
        this.acts = acts;
    }

    @Override
    public String path() {
        return "persons";
    }

    @Override
    public String json() {
        return "effectiveStatus";
    }

    @Override
    public Object load(UUID id, Caller caller) {
        return loadAll(List.of(id), caller).get(id);
    }

    @Override
    public Map<UUID, Object> loadAll(List<UUID> ids, Caller caller) {
        return loadAllFor(List.copyOf(queries.getAll(persons, ids, caller, false).values()), caller);
    }

    @Override
    public Map<UUID, Object> loadAllFor(List<Map<String, Object>> people, Caller caller) {
        List<UUID> ids = people.stream().map(p -> (UUID) p.get("id")).toList();
        Map<UUID, List<Map<String, Object>>> suffered = related.relatedAllWith(acts, "victim_id", ids, "type", IMPLYING,
                caller);
        Map<UUID, Object> result = new LinkedHashMap<>();
        for (Map<String, Object> person : people) {
            UUID id = (UUID) person.get("id");
            result.put(id, of(person, suffered.getOrDefault(id, List.of())));
        }
        return result;
    }

    /**
     * The effective status of {@code person} given the acts against them the caller may see ({@code acts}, in id
     * order; any types, those that imply nothing are passed over).
     */
    static Map<String, Object> of(Map<String, Object> person, List<Map<String, Object>> acts) {
        String recorded = String.valueOf(person.get("status"));
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("status", recorded);
        status.put("fromAct", null);
        if (UNKNOWN.equals(recorded)) {
            implied(acts, status);
        }
        return status;
    }

    private static void implied(List<Map<String, Object>> acts, Map<String, Object> status) {
        for (Map<String, Object> act : acts) {
            String type = String.valueOf(act.get("type"));
            if (FATAL.contains(type) || ("ENFORCED_DISAPPEARANCE".equals(type) && UNKNOWN.equals(status.get("status")))) {
                status.put("status", FATAL.contains(type) ? "DECEASED" : "DISAPPEARED");
                status.put("fromAct", act.get("id"));
                status.put("actType", type);
                if (FATAL.contains(type)) {
                    return;
                }
            }
        }
    }
}
