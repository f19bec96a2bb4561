package org.dadkhah.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.security.Caller;

/**
 * Adds related data to the representation of another module's records (a person's posts, contributed by the
 * organisation module), so that the owning module need not depend on the contributor.
 */
public interface RecordEmbed {

    /** The record type path this embed applies to ({@code persons}). */
    String path();

    /** The JSON field name of the embedded data. */
    String json();

    /** The data for one record, already filtered for what {@code caller} may see. */
    Object load(UUID id, Caller caller);

    /** The data for several records at once (one query where the embed can); by default one load per record. */
    default Map<UUID, Object> loadAll(List<UUID> ids, Caller caller) {
        Map<UUID, Object> all = new LinkedHashMap<>();
        ids.forEach(id -> all.put(id, load(id, caller)));
        return all;
    }

    /**
     * The data for several records given their representations as the caller sees them (fields, children and the
     * labels of references), for embeds that build on a record's own fields; by default {@link #loadAll}.
     */
    default Map<UUID, Object> loadAllFor(List<Map<String, Object>> items, Caller caller) {
        return loadAll(items.stream().map(item -> (UUID) item.get("id")).toList(), caller);
    }
}
