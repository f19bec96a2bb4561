package org.dadkhah.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.dadkhah.shared.Confidentiality;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns rows the caller may see into their representation: fields, child lists, sealed fields opened or masked,
 * and the embeds other modules contribute, each loaded once for all rows (no query per row). Rows reach it only
 * from {@link RecordQueries}, after the visibility check.
 */
@Component
class Representer {

    private final JdbcClient jdbc;
    private final List<RecordEmbed> embeds;
    private final ApplicationEventPublisher events;
    private final Sealing sealing;
    private final ReferenceLabels labels;

    Representer(JdbcClient jdbc, List<RecordEmbed> embeds, ApplicationEventPublisher events, Sealing sealing,
            ReferenceLabels labels) {
        this.jdbc = jdbc;
        this.embeds = embeds;
        this.events = events;
        this.sealing = sealing;
        this.labels = labels;
    }

    /** Representations of visible rows, in the order given, with their embeds and the labels of their references. */
    List<Map<String, Object>> representAll(RecordType type, List<Map<String, Object>> rows, Caller caller) {
        return represent(type, rows, caller, null, Map.of());
    }

    /**
     * As {@link #representAll(RecordType, List, Caller)}, with only the embeds named in {@code wanted} (all when
     * null) and the labels in {@code knownLabels} (by id, of records the caller has read) taken as given.
     */
    List<Map<String, Object>> represent(RecordType type, List<Map<String, Object>> rows, Caller caller,
            @Nullable Set<String> wanted, Map<UUID, String> knownLabels) {
        List<RecordEmbed> chosen = embedsOf(type).stream().filter(e -> wanted == null || wanted.contains(e.json()))
                .toList();
        List<Map<String, Object>> items = plainAll(type, rows, caller);
        labels.label(type, items, caller, knownLabels);
        List<UUID> ids = rows.stream().map(r -> (UUID) r.get("id")).toList();
        if (!ids.isEmpty()) {
            List<Map<String, Object>> views = items.stream().map(Collections::unmodifiableMap).toList();
            Map<RecordEmbed, Map<UUID, Object>> loaded = new LinkedHashMap<>();
            for (RecordEmbed embed : chosen) {
                loaded.put(embed, embed.loadAllFor(views, caller));
            }
            loaded.forEach((embed, byId) -> {
                for (int i = 0; i < ids.size(); i++) {
                    items.get(i).put(embed.json(), byId.get(ids.get(i)));
                }
            });
        }
        return items;
    }

    /** Representations without embeds: fields, children, sealed fields opened or hidden; reads are audited. */
    List<Map<String, Object>> plainAll(RecordType type, List<Map<String, Object>> rows, Caller caller) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> states = snapshots(type, rows);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            noteRead(type, row, caller);
            Map<String, Object> json = states.get(i);
            boolean clear = type.sealedPolicy().test(row, caller);
            for (Field field : type.fields()) {
                if (field.kind() == Field.Kind.SEALED && json.get(field.json()) instanceof String stored) {
                    json.put(field.json(), clear ? sealing.openForReader(type.table(), field.column(), (UUID) row.get("id"), stored)
                            : RecordReader.SEALED_PLACEHOLDER);
                }
            }
            items.add(json);
        }
        return items;
    }

    /** The stored state of rows (fields and children, sealed fields as stored), as kept in their history. */
    List<Map<String, Object>> snapshots(RecordType type, List<Map<String, Object>> rows) {
        List<Map<String, Object>> states = new ArrayList<>();
        rows.forEach(row -> states.add(RecordJson.record(type, row)));
        if (rows.isEmpty()) {
            return states;
        }
        UUID[] ids = rows.stream().map(r -> (UUID) r.get("id")).toArray(UUID[]::new);
        for (ChildList list : type.children()) {
            Map<UUID, List<Map<String, Object>>> byParent = new LinkedHashMap<>();
            for (UUID id : ids) {
                byParent.put(id, new ArrayList<>());
            }
            IdCondition parent = IdCondition.of("parent_id", List.of(ids));
            jdbc.sql("select * from " + list.table() + " where " + parent.sql() + " order by parent_id, position")
                    .param(parent.param()).query(Rows.mapper()).list()
                    .forEach(child -> byParent.get((UUID) child.get("parent_id"))
                            .add(RecordJson.fields(list.fields(), child)));
            for (int i = 0; i < ids.length; i++) {
                states.get(i).put(list.json(), byParent.get(ids[i]));
            }
        }
        return states;
    }

    private List<RecordEmbed> embedsOf(RecordType type) {
        return embeds.stream().filter(e -> e.path().equals(type.path()) || e.path().equals("*")).toList();
    }

    private void noteRead(RecordType type, Map<String, Object> row, Caller caller) {
        Confidentiality level = Confidentiality.valueOf((String) row.get("confidentiality"));
        if (level.compareTo(Confidentiality.RESTRICTED) >= 0 && !caller.isSystem()) {
            events.publishEvent(new RecordRead(type.name(), (UUID) row.get("id"), level, caller.username(), Instant.now()));
        }
    }
}
