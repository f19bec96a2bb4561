package org.dadkhah.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.dadkhah.records.Ids;
import org.dadkhah.records.RecordPage;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Places by normalised name: every place the importer may see, by its name and its Persian name (read once through
 * the read layer); a name not found gets its id here, is handed once per file to {@code create} (which the import
 * creates in its final step) and is then found like the rest.
 */
final class ListPlaces {

    private final Map<String, UUID> byKey = new HashMap<>();
    private BiConsumer<UUID, String> create = (id, name) -> {
        throw new IllegalStateException("No way to create places was given");
    };

    /**
     * Reads the places before the import's writer starts: a read of a restricted place is audited, in a
     * transaction of its own, before the import's transaction (which takes the audit chain's lock in its final step).
     */
    ListPlaces(RecordQueries queries, RecordType places, Caller caller) {
        UUID after = null;
        do {
            RecordPage page = queries.list(places, Map.of(), after, 500, caller);
            for (Map<String, Object> place : page.items()) {
                UUID id = (UUID) place.get("id");
                remember(place.get("name"), id);
                remember(place.get("nameFa"), id);
            }
            after = page.next();
        } while (after != null);
    }

    /** What is told of a name not found: its new id and the name (created in the import's final step). */
    ListPlaces creatingWith(BiConsumer<UUID, String> creator) {
        this.create = creator;
        return this;
    }

    private void remember(@Nullable Object name, UUID id) {
        if (name instanceof String s && !s.isBlank()) {
            byKey.putIfAbsent(ListColumns.key(s), id);
        }
    }

    /** The place's id; {@code created[0]} is set when this call created it. */
    UUID resolve(String name, boolean[] created) {
        String key = ListColumns.key(name);
        UUID id = byKey.get(key);
        if (id != null) {
            created[0] = false;
            return id;
        }
        id = Ids.next();
        byKey.put(key, id);
        create.accept(id, name.strip());
        created[0] = true;
        return id;
    }
}
