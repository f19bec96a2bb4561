package org.dadkhah.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.RecordNotFoundException;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.records.RelatedRecords;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's timeline: acts against them, acts they were involved in, proceedings they were party to and posts they
 * held, ordered by date, each with its citations; only what the caller may see (read through {@link RecordQueries}).
 * Served by the API ({@code /api/v1/persons/{id}/timeline}) and the person page.
 */
@Service
public class PersonTimeline {

    private final RecordTypes types;
    private final RecordQueries queries;
    private final RelatedRecords related;

    PersonTimeline(RecordTypes types, RecordQueries queries, RelatedRecords related) {
        this.types = types;
        this.queries = queries;
        this.related = related;
    }

    /**
     * A person's page, read once: the person (with the embeds named in {@code embeds}, not its effective status), the
     * timeline {@link #entries} and the effective status from the timeline's acts, each only as far as the caller may
     * see; 404 when the caller may not see the person.
     *
     * @param person the person's representation
     * @param entries the timeline
     * @param effectiveStatus as the {@code effectiveStatus} embed gives it
     */
    public record Story(Map<String, Object> person, List<Map<String, Object>> entries,
            Map<String, Object> effectiveStatus) {
    }

    /** The story of a person the caller may see (see {@link Story}); 404 otherwise. */
    @Transactional
    public Story story(UUID id, Caller caller, Set<String> embeds) {
        Set<String> wanted = new HashSet<>(embeds);
        wanted.remove("effectiveStatus");
        Map<String, Object> person = queries.get(type("persons"), id, caller, wanted);
        List<Map<String, Object>> suffered = related.relatedTo(type("acts"), "victim_id", type("persons"), person,
                caller);
        return new Story(person, entries(id, suffered, caller), EffectiveStatus.of(person, suffered));
    }

    /**
     * The entries ({@code kind}: ACT, INVOLVEMENT, PROCEEDING or POST; {@code sortDate}; {@code record}; for
     * INVOLVEMENT also {@code involvement}, for ACT the {@code involvements} in it) of a person the caller may see; 404
     * otherwise.
     */
    @Transactional
    public List<Map<String, Object>> entries(UUID id, Caller caller) {
        if (!queries.visible(type("persons"), id, caller)) {
            throw new RecordNotFoundException("person", id);
        }
        return entries(id, related.related(type("acts"), "victim_id", id, caller), caller);
    }

    private List<Map<String, Object>> entries(UUID id, List<Map<String, Object>> suffered, Caller caller) {
        List<Map<String, Object>> entries = new ArrayList<>();
        Map<UUID, List<Map<String, Object>>> involved = related.relatedAll(type("involvements"), "act_id",
                suffered.stream().map(a -> (UUID) a.get("id")).toList(), caller);
        for (Map<String, Object> act : suffered) {
            Map<String, Object> entry = entry("ACT", "date", act);
            entry.put("involvements", involved.get((UUID) act.get("id")));
            entries.add(entry);
        }
        List<Map<String, Object>> involvements = related.related(type("involvements"), "perpetrator_person_id", id,
                caller);
        Map<UUID, Map<String, Object>> acts = queries.getAll(type("acts"),
                involvements.stream().map(inv -> (UUID) inv.get("act")).distinct().toList(), caller);
        for (Map<String, Object> inv : involvements) {
            Map<String, Object> act = acts.get((UUID) inv.get("act"));
            if (act != null) {
                Map<String, Object> entry = entry("INVOLVEMENT", "date", act);
                entry.put("involvement", inv);
                entries.add(entry);
            }
        }
        related.relatedThroughChild(type("proceedings"), "parties", "person", id, caller)
                .forEach(p -> entries.add(entry("PROCEEDING", "date", p)));
        related.related(type("posts"), "person_id", id, caller).forEach(p -> entries.add(entry("POST", "from", p)));
        entries.sort(Comparator.comparing((Map<String, Object> e) -> (LocalDate) e.get("sortDate"),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    private static Map<String, Object> entry(String kind, String dateField, Map<String, Object> record) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kind", kind);
        entry.put("sortDate", earliest(record.get(dateField + "Detail")));
        entry.put("record", record);
        return entry;
    }

    private static @Nullable LocalDate earliest(@Nullable Object date) {
        return date instanceof Map<?, ?> map && map.get("earliest") instanceof LocalDate d ? d : null;
    }

    private RecordType type(String path) {
        return types.require(path);
    }
}
