package org.dadkhah.estimate;

import java.net.URI;
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
 * {@code /api/v1/estimates}: run a multiple systems estimate on lists from the database or on an uploaded table,
 * read stored runs, and re-run them to check that they reproduce.
 */
@RestController
@RequestMapping("/api/v1/estimates")
class EstimateController {

    private static final Set<String> LIST_PARAMS = Set.of("limit", "after");

    private final EstimateRuns runs;

    EstimateController(EstimateRuns runs) {
        this.runs = runs;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> run(@RequestBody JsonNode body) {
        Map<String, Object> run = runs.run(body, caller());
        return ResponseEntity.created(URI.create("/api/v1/estimates/" + run.get("id"))).body(run);
    }

    @GetMapping
    Map<String, Object> list(@RequestParam Map<String, String> params,
            @RequestParam(required = false) @Nullable UUID after, @RequestParam(defaultValue = "50") int limit) {
        for (String name : params.keySet()) {
            if (!LIST_PARAMS.contains(name)) {
                throw InvalidRecordException.of(name, "Unknown parameter; use limit and after");
            }
        }
        if (limit < 1 || limit > 500) {
            throw InvalidRecordException.of("limit", "Must be between 1 and 500");
        }
        return runs.list(limit, after, caller());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable UUID id) {
        return runs.get(id, caller());
    }

    @PostMapping("/{id}/rerun")
    Map<String, Object> rerun(@PathVariable UUID id) {
        return runs.rerun(id, caller());
    }

    private static Caller caller() {
        return CurrentCaller.orUnauthorized();
    }
}
