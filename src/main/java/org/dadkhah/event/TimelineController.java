package org.dadkhah.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.security.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A person's timeline over the API ({@link PersonTimeline}). */
@RestController
class TimelineController {

    private final PersonTimeline timeline;

    TimelineController(PersonTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/v1/persons/{id}/timeline")
    public Map<String, Object> timeline(@PathVariable UUID id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person", id);
        body.put("entries", timeline.entries(id, CurrentCaller.orUnauthorized()));
        return body;
    }
}
