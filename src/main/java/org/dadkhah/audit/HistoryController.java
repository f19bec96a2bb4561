package org.dadkhah.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A record's history as the caller may see it, and restoring an earlier version as a new change. */
@RestController
class HistoryController {

    private final RecordTypes types;
    private final RecordHistories histories;

    HistoryController(RecordTypes types, RecordHistories histories) {
        this.types = types;
        this.histories = histories;
    }

    @GetMapping("/api/v1/{type}/{id}/history")
    List<Map<String, Object>> history(@PathVariable String type, @PathVariable UUID id) {
        return histories.visible(types.require(type), id, CurrentCaller.orUnauthorized());
    }

    @PostMapping("/api/v1/{type}/{id}/history/{version}/restore")
    Map<String, Object> restore(@PathVariable String type, @PathVariable UUID id, @PathVariable long version) {
        return histories.restore(types.require(type), id, version, CurrentCaller.orUnauthorized());
    }
}
