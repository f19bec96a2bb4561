package org.dadkhah.records;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/** The REST API of every record type: {@code /api/v1/{type}}. */
@RestController
@RequestMapping("/api/v1/{type}")
class RecordController {

    private static final Set<String> PAGING = Set.of("after", "limit");

    private final RecordTypes types;
    private final RecordStore store;
    private final RecordQueries queries;
    private final RecordAggregates aggregates;

    RecordController(RecordTypes types, RecordStore store, RecordQueries queries, RecordAggregates aggregates) {
        this.types = types;
        this.store = store;
        this.queries = queries;
        this.aggregates = aggregates;
    }

    @GetMapping
    Map<String, Object> list(@PathVariable String type, @RequestParam Map<String, String> params,
            @RequestParam(required = false) @Nullable UUID after, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw InvalidRecordException.of("limit", "Must be between 1 and 500");
        }
        Map<String, String> criteria = criteria(params);
        boolean deleted = Boolean.parseBoolean(criteria.remove("deleted"));
        RecordPage page = deleted ? queries.listDeleted(type(type), criteria, after, limit, caller())
                : queries.list(type(type), criteria, after, limit, caller());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items());
        body.put("next", page.next());
        return body;
    }

    @GetMapping("/count")
    Map<String, Object> count(@PathVariable String type, @RequestParam Map<String, String> params) {
        return Map.of("count", queries.count(type(type), criteria(params), caller()));
    }

    /**
     * An aggregate count for analysts: at the caller's counting level (which may exceed what they may read), only
     * with vocabulary, enumeration and yes/no filters, and with small cells (fewer than 5 records beyond what the
     * caller may read) suppressed.
     */
    @GetMapping("/aggregate")
    Map<String, Object> aggregate(@PathVariable String type, @RequestParam Map<String, String> params) {
        RecordAggregates.Aggregate result = aggregates.count(type(type), criteria(params), caller());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", result.count());
        body.put("suppressed", result.suppressed());
        body.put("minimumCell", RecordAggregates.MINIMUM_CELL);
        return body;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@PathVariable String type, @RequestBody JsonNode body) {
        Map<String, Object> created = store.create(type(type), body, caller());
        return ResponseEntity.created(URI.create("/api/v1/" + type + "/" + created.get("id")))
                .eTag(etag(created)).body(created);
    }

    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> get(@PathVariable String type, @PathVariable UUID id) {
        Map<String, Object> record = queries.get(type(type), id, caller());
        return ResponseEntity.ok().eTag(etag(record)).body(record);
    }

    @PutMapping("/{id}")
    ResponseEntity<Map<String, Object>> update(@PathVariable String type, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody JsonNode body) {
        boolean anyVersion = ifMatch != null && ifMatch.strip().equals("*");
        Long version = anyVersion ? null : version(ifMatch);
        if (version == null && !anyVersion && body.has("version") && body.get("version").canConvertToLong()) {
            version = body.get("version").longValue();
        }
        if (version == null && !anyVersion) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
                    "Send the version you read in If-Match (the ETag of your GET), or If-Match: * for any version");
        }
        Map<String, Object> updated = store.update(type(type), id, body, version, caller());
        return ResponseEntity.ok().eTag(etag(updated)).body(updated);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String type, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        store.delete(type(type), id, version(ifMatch), caller());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<Map<String, Object>> restore(@PathVariable String type, @PathVariable UUID id) {
        Map<String, Object> restored = store.restore(type(type), id, caller());
        return ResponseEntity.ok().eTag(etag(restored)).body(restored);
    }

    private RecordType type(String path) {
        return types.require(path);
    }

    private static Map<String, String> criteria(Map<String, String> params) {
        Map<String, String> criteria = new LinkedHashMap<>(params);
        criteria.keySet().removeAll(PAGING);
        return criteria;
    }

    private static Caller caller() {
        return CurrentCaller.orUnauthorized();
    }

    private static String etag(Map<String, Object> record) {
        return "\"" + record.get("version") + "\"";
    }

    private static @Nullable Long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw InvalidRecordException.of("If-Match", "Must be the ETag of your GET, such as \"3\", or *");
        }
    }
}
