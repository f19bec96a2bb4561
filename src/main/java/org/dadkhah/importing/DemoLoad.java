package org.dadkhah.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One run of the demo load: maps the data set's keyed entries onto API bodies, parents before children. */
final class DemoLoad {

    private final DemoData demo;
    private final JsonNode data;
    private int created;
    private int unchanged;

    DemoLoad(DemoData demo, JsonNode data) {
        this.demo = demo;
        this.data = data;
    }

    int created() {
        return created;
    }

    int unchanged() {
        return unchanged;
    }

    void run() {
        for (JsonNode s : items("sources")) {
            ObjectNode body = copy(s, "kind", "title", "publisher", "author", "date", "language", "reliability");
            UUID id = DemoData.id("source", s.get("key").asString());
            if (count(demo.createIfAbsent("source", id, body))) {
                demo.attachFile(id, s.get("file").asString());
            }
        }
        hierarchy("organisations", "organisation", "name", "nameFa", "kind", "description");
        hierarchy("places", "place", "name", "nameFa", "kind", "latitude", "longitude");
        for (JsonNode p : items("persons")) {
            ObjectNode body = copy(p, "names", "sex", "status", "fatherName", "birthDate");
            ArrayNode affiliations = body.putArray("affiliations");
            for (JsonNode org : p.path("affiliations").values()) {
                affiliations.addObject().put("organisation", ref("organisation", org));
            }
            keyed("person", p, body);
        }
        hierarchy("events", "event", "title", "titleFa", "start", "end", "description");
        posts();
        acts();
        for (JsonNode r : items("relationships")) {
            ObjectNode body = copy(r, "kind", "notes");
            body.put("person", ref("person", r.get("person")));
            body.put("relatedPerson", ref("person", r.get("relatedPerson")));
            String key = r.get("person").asString() + "~" + r.get("relatedPerson").asString() + "~" + r.get("kind").asString();
            create("relationship", DemoData.id("relationship", key), body, r);
        }
        proceedings();
        claims();
    }

    private void posts() {
        int i = 0;
        for (JsonNode p : items("posts")) {
            ObjectNode body = copy(p, "title", "from", "to");
            body.put("person", ref("person", p.get("person")));
            body.put("organisation", ref("organisation", p.get("organisation")));
            create("post", DemoData.id("post", i++ + ":" + p.get("person").asString()), body, p);
        }
    }

    private void acts() {
        for (JsonNode a : items("acts")) {
            ObjectNode body = copy(a, "type", "date", "description");
            body.put("victim", ref("person", a.get("victim")));
            optionalRef(body, "event", "event", a);
            optionalRef(body, "place", "place", a);
            UUID actId = keyed("act", a, body);
            int i = 0;
            for (JsonNode inv : a.path("involvements").values()) {
                ObjectNode ib = demo.object();
                ib.put("act", actId.toString());
                ib.put("role", inv.get("role").asString());
                if (inv.has("person")) {
                    ib.put("perpetratorPerson", ref("person", inv.get("person")));
                } else {
                    ib.put("perpetratorOrganisation", ref("organisation", inv.get("organisation")));
                }
                count(demo.createIfAbsent("involvement", DemoData.id("involvement", a.get("key").asString() + ":" + i++), ib));
            }
        }
    }

    private void proceedings() {
        for (JsonNode p : items("proceedings")) {
            ObjectNode body = copy(p, "title", "kind", "date", "charges", "verdict", "sentence");
            optionalRef(body, "court", "organisation", p);
            optionalRef(body, "place", "place", p);
            ArrayNode parties = body.putArray("parties");
            for (String role : List.of("defendants", "judges")) {
                for (JsonNode person : p.path(role).values()) {
                    parties.addObject().put("person", ref("person", person))
                            .put("role", role.equals("judges") ? "JUDGE" : "DEFENDANT");
                }
            }
            keyed("proceeding", p, body);
        }
    }

    private void claims() {
        int i = 0;
        for (JsonNode c : items("claims")) {
            ObjectNode body = copy(c, "subjectType", "counted", "low", "high", "attributedTo", "statement", "claimDate",
                    "confidence");
            body.put("subjectId", ref(c.get("subjectType").asString().toLowerCase(), c.get("subject")));
            body.put("source", ref("source", c.path("citation").get("source")));
            body.put("excerpt", c.path("citation").path("excerpt").asString());
            count(demo.createIfAbsent("claim", DemoData.id("claim", i++ + ":" + c.get("subject").asString()), body));
        }
    }

    private void hierarchy(String array, String type, String... fields) {
        List<JsonNode> pending = new ArrayList<>(items(array));
        while (!pending.isEmpty()) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode item : pending) {
                boolean parentPending = item.has("parent") && pending.stream()
                        .anyMatch(o -> o.get("key").asString().equals(item.get("parent").asString()));
                if (parentPending) {
                    next.add(item);
                    continue;
                }
                ObjectNode body = copy(item, fields);
                optionalRef(body, "parent", type, item);
                optionalRef(body, "place", "place", item);
                keyed(type, item, body);
            }
            if (next.size() == pending.size()) {
                throw new IllegalStateException("Cycle among the parents of " + array);
            }
            pending = next;
        }
    }

    private UUID keyed(String type, JsonNode item, ObjectNode body) {
        UUID id = DemoData.id(type, item.get("key").asString());
        create(type, id, body, item);
        return id;
    }

    private void create(String type, UUID id, ObjectNode body, JsonNode item) {
        count(demo.createIfAbsent(type, id, body));
        int i = 0;
        for (JsonNode c : item.path("citations").values()) {
            ObjectNode citation = demo.object();
            citation.put("source", ref("source", c.get("source")));
            citation.put("recordType", type);
            citation.put("recordId", id.toString());
            citation.put("excerpt", c.get("excerpt").asString());
            count(demo.createIfAbsent("citation", DemoData.id("citation", type + ":" + id + ":" + i++), citation));
        }
    }

    private boolean count(boolean wasCreated) {
        if (wasCreated) {
            created++;
        } else {
            unchanged++;
        }
        return wasCreated;
    }

    private void optionalRef(ObjectNode body, String field, String type, JsonNode item) {
        if (item.has(field)) {
            body.put(field, ref(type, item.get(field)));
        }
    }

    private static String ref(String type, JsonNode key) {
        return DemoData.id(type, key.asString()).toString();
    }

    private ObjectNode copy(JsonNode item, String... fields) {
        ObjectNode body = demo.object();
        for (String f : fields) {
            if (item.has(f)) {
                body.set(f, item.get(f));
            }
        }
        return body;
    }

    private List<JsonNode> items(String array) {
        List<JsonNode> list = new ArrayList<>();
        data.path(array).values().forEach(list::add);
        return list;
    }
}
