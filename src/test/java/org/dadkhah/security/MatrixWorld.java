package org.dadkhah.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.dadkhah.records.ChildList;
import org.dadkhah.records.Field;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.shared.Confidentiality;
import org.dadkhah.vocabulary.Vocabularies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The records the generated access matrix reads: for every level, one record of every declared type (each text field
 * holding a marker of that level, each sealed field the sealed marker), references within the same level; and for
 * every level above PUBLIC a PUBLIC "front" of every type whose references point at that level's records (except
 * references to the types that carry embeds, such as persons, which stay in the front), so that any embed, label or
 * timeline entry that shows a hidden record's fields leaks a marker. Built from the record-type registry: a new
 * type is covered without being listed here.
 */
public final class MatrixWorld {

    /** What a marker stands for, and so who may see it. */
    public enum Secret { PUBLIC, INTERNAL, RESTRICTED, SECRET, SEALED, WITHDRAWN, SHARED }

    /** One created record. */
    public record Made(RecordType type, String id, Confidentiality level, boolean front) {
    }

    /** Creates a record as an admin from a JSON body; returns its id. */
    @FunctionalInterface
    public interface Creator {
        String create(String path, String body) throws Exception;
    }

    private static final Object SKIP = new Object();

    /** Per type and field: a value the generic filling cannot guess (fields with cross-field rules). */
    private static final Map<String, Function<Map<String, String>, Object>> OVERRIDES = Map.of(
            "citations.recordType", g -> "person",
            "citations.recordId", g -> g.get("person"),
            "claims.subjectType", g -> "PERSON",
            "claims.subjectId", g -> g.get("person"),
            "relationships.relatedPerson", g -> g.get("person2"),
            "involvements.perpetratorOrganisation", g -> SKIP,
            "sources.url", g -> SKIP);

    final String run = UUID.randomUUID().toString().substring(0, 6);
    public final List<Made> made = new ArrayList<>();

    private final RecordTypes types;
    private final Vocabularies vocabularies;
    private final JsonMapper json;
    private final Set<String> embedded;

    /**
     * @param embedded the types other modules embed data into ({@code RecordEmbed#path}): in a front, references to
     *     them stay in the front, so that the visible record shows (or must hide) what is embedded in it
     */
    public MatrixWorld(RecordTypes types, Vocabularies vocabularies, JsonMapper json, Set<String> embedded) {
        this.types = types;
        this.vocabularies = vocabularies;
        this.json = json;
        this.embedded = embedded;
    }

    /** The markers a role must never see. */
    public static Set<Secret> forbidden(Role role) {
        Set<Secret> forbidden = java.util.EnumSet.noneOf(Secret.class);
        for (Confidentiality level : Confidentiality.values()) {
            if (!level.atMost(role.readCeiling())) {
                forbidden.add(Secret.valueOf(level.name()));
            }
        }
        if (role.readCeiling().compareTo(Confidentiality.RESTRICTED) < 0) {
            forbidden.add(Secret.SEALED);
        }
        if (role != Role.ADMIN) {
            forbidden.add(Secret.WITHDRAWN);
        }
        if (role != Role.ADMIN && role != Role.RESEARCHER) {
            forbidden.add(Secret.SHARED);
        }
        return forbidden;
    }

    public String marker(Secret secret) {
        return "zq" + secret.name() + run;
    }

    /** Every level's graph, and a PUBLIC front onto every level above PUBLIC. */
    public void build(Creator creator) throws Exception {
        Map<Confidentiality, Map<String, String>> graphs = new LinkedHashMap<>();
        for (Confidentiality level : Confidentiality.values()) {
            graphs.put(level, graph(creator, level, level, null, false));
        }
        for (Confidentiality level : Confidentiality.values()) {
            if (level != Confidentiality.PUBLIC) {
                graph(creator, Confidentiality.PUBLIC, Confidentiality.PUBLIC, graphs.get(level), true);
            }
        }
    }

    private Map<String, String> graph(Creator creator, Confidentiality level, Confidentiality markerLevel,
            Map<String, String> targets, boolean front) throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, String> refs = targets == null ? ids : new LinkedHashMap<>(targets);
        for (RecordType type : ordered()) {
            if (type.name().equals("person")) {
                ids.put("person2", creator.create("/api/v1/persons", body(type, level, Secret.valueOf(markerLevel.name()), refs).toString()));
            }
            String id = creator.create("/api/v1/" + type.path(), body(type, level, Secret.valueOf(markerLevel.name()), refs).toString());
            ids.put(type.name(), id);
            if (front && embedded.contains(type.path())) {
                refs.put(type.name(), id);
            }
            made.add(new Made(type, id, level, front));
        }
        return ids;
    }

    public ObjectNode body(RecordType type, Confidentiality level, Secret secret, Map<String, String> refs) {
        ObjectNode body = json.createObjectNode();
        body.put("confidentiality", level.name());
        fill(type.path(), type.fields(), body, marker(secret), refs);
        for (ChildList list : type.children()) {
            ArrayNode items = body.putArray(list.json());
            fill(type.path(), list.fields(), items.addObject(), marker(secret), refs);
        }
        return body;
    }

    private void fill(String path, List<Field> fields, ObjectNode body, String text, Map<String, String> refs) {
        for (Field field : fields) {
            Function<Map<String, String>, Object> override = OVERRIDES.get(path + "." + field.json());
            if (field.generated() || (override != null && override.apply(refs) == SKIP)) {
                continue;
            }
            if (override != null) {
                body.put(field.json(), String.valueOf(override.apply(refs)));
                continue;
            }
            switch (field.kind()) {
                case TEXT -> body.put(field.json(), text);
                case SEALED -> body.put(field.json(), marker(Secret.SEALED));
                case INTEGER -> body.put(field.json(), 7);
                case DECIMAL -> body.put(field.json(), 35.5);
                case BOOLEAN -> body.put(field.json(), false);
                case DATE -> body.put(field.json(), "1367");
                case ENUM -> body.put(field.json(), field.values().get(0));
                case VOCAB -> body.put(field.json(), vocabularies.terms(field.target()).stream()
                        .filter(t -> vocabularies.contains(field.target(), t.code())).findFirst().orElseThrow().code());
                case REF -> {
                    String target = refs.get(field.target());
                    if (target != null) {
                        body.put(field.json(), target);
                    }
                }
                case UUID -> throw new IllegalStateException("Field " + path + "." + field.json()
                        + " holds an id of another record: add an override to MatrixWorld");
            }
        }
    }

    /** The record types, each after the types its references point to (self references left empty). */
    List<RecordType> ordered() {
        List<RecordType> pending = new ArrayList<>(types.all());
        List<RecordType> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            RecordType next = pending.stream().filter(t -> dependencies(t).stream().allMatch(d -> d.equals(t.name())
                    || ordered.stream().anyMatch(o -> o.name().equals(d)))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Cyclic references among " + pending));
            ordered.add(next);
            pending.remove(next);
        }
        return ordered;
    }

    private static List<String> dependencies(RecordType type) {
        List<String> deps = new ArrayList<>();
        type.fields().stream().filter(f -> f.kind() == Field.Kind.REF).forEach(f -> deps.add(f.target()));
        type.children().forEach(c -> c.fields().stream().filter(f -> f.kind() == Field.Kind.REF)
                .forEach(f -> deps.add(f.target())));
        if (type.fields().stream().anyMatch(f -> f.kind() == Field.Kind.UUID)) {
            deps.add("person");
        }
        return deps;
    }
}
