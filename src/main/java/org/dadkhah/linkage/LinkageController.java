package org.dadkhah.linkage;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/linkage}: run linkage over the persons one may read, the review queue (most uncertain pairs first,
 * both records side by side with the waterfall), decisions (accept, reject, skip) and their undoing, and the group
 * of records linked into one person.
 */
@RestController
@RequestMapping("/api/v1/linkage")
class LinkageController {

    private static final Set<String> QUEUE_PARAMS = Set.of("limit", "person");

    private final PersonLinking linking;
    private final ReviewQueue queue;
    private final PersonGroups groups;

    LinkageController(PersonLinking linking, ReviewQueue queue, PersonGroups groups) {
        this.linking = linking;
        this.queue = queue;
        this.groups = groups;
    }

    @PostMapping("/runs")
    Map<String, Object> run(@RequestBody(required = false) @Nullable JsonNode body) {
        String name = body != null && body.hasNonNull("name") ? body.get("name").asString() : null;
        PersonLinking.Outcome outcome = linking.run(caller(), name);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("persons", outcome.persons());
        out.put("candidates", outcome.candidates());
        out.put("links", outcome.links());
        out.put("review", outcome.review());
        out.put("newPairs", outcome.newPairs());
        out.put("seconds", outcome.seconds());
        return out;
    }

    @GetMapping("/review")
    Map<String, Object> review(@RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) @Nullable UUID person) {
        for (String name : params.keySet()) {
            if (!QUEUE_PARAMS.contains(name)) {
                throw InvalidRecordException.of(name, "Unknown parameter; use limit and person");
            }
        }
        if (limit < 1 || limit > 200) {
            throw InvalidRecordException.of("limit", "Must be between 1 and 200");
        }
        return Map.of("items", queue.queue(person, limit, caller()));
    }

    @PostMapping("/pairs")
    ResponseEntity<Map<String, Object>> propose(@RequestBody JsonNode body) {
        UUID left = uuid(body, "left");
        UUID right = uuid(body, "right");
        Caller caller = caller();
        UUID id = linking.propose(left, right, caller);
        return ResponseEntity.created(URI.create("/api/v1/linkage/pairs/" + id))
                .body(queue.pair(linking.readable(id, caller), caller));
    }

    @GetMapping("/pairs/{id}")
    Map<String, Object> pair(@PathVariable UUID id) {
        Caller caller = caller();
        return queue.pair(linking.readable(id, caller), caller);
    }

    @PostMapping("/pairs/{id}/decision")
    Map<String, Object> decide(@PathVariable UUID id, @RequestBody JsonNode body) {
        if (!body.hasNonNull("decision")) {
            throw InvalidRecordException.of("decision", "Give a decision: accept, reject or skip");
        }
        Caller caller = caller();
        linking.decide(id, body.get("decision").asString(), note(body), caller);
        return queue.pair(linking.readable(id, caller), caller);
    }

    @PostMapping("/pairs/{id}/undo")
    Map<String, Object> undo(@PathVariable UUID id, @RequestBody(required = false) @Nullable JsonNode body) {
        Caller caller = caller();
        linking.undo(id, body == null ? null : note(body), caller);
        return queue.pair(linking.readable(id, caller), caller);
    }

    @GetMapping("/persons/{id}/group")
    Map<String, Object> group(@PathVariable UUID id) {
        Caller caller = caller();
        List<UUID> members = List.copyOf(groups.group(id, caller));
        if (members.isEmpty()) {
            throw new org.dadkhah.records.RecordNotFoundException("persons", id);
        }
        return Map.of("person", id, "members", members);
    }

    private static @Nullable String note(JsonNode body) {
        return body.hasNonNull("note") ? body.get("note").asString() : null;
    }

    private static UUID uuid(JsonNode body, String field) {
        try {
            if (body.hasNonNull(field)) {
                return UUID.fromString(body.get(field).asString());
            }
        } catch (IllegalArgumentException e) {
            throw InvalidRecordException.of(field, "Not a record id");
        }
        throw InvalidRecordException.of(field, "Give the id of a person");
    }

    private static Caller caller() {
        return CurrentCaller.orUnauthorized();
    }
}
