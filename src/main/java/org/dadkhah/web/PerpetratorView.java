package org.dadkhah.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.dadkhah.records.RelatedRecords;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the person page adds for a perpetrator, from the timeline the caller may see: the posts held over time as
 * Gantt-style bars ({@link PostBars}), the acts they were involved in grouped by event, and the co-members of the
 * same bodies (other persons holding posts the caller may see in the same organisations, possibly overlapping in
 * time; a post's unknown start or end counts as open, as for {@code ?at=}). Read through {@link RelatedRecords}.
 */
@Component
class PerpetratorView {

    private final RecordTypes types;
    private final RelatedRecords related;
    private final Display display;

    PerpetratorView(RecordTypes types, RelatedRecords related, Display display) {
        this.types = types;
        this.related = related;
        this.display = display;
    }

    /** Puts {@code postBars}, {@code byEvent} and {@code coMembers} into {@code model} from the timeline entries. */
    void add(UUID person, List<Map<String, Object>> entries, Caller caller, Display.Formats formats, Model model) {
        List<Map<String, Object>> posts = records(entries, "POST");
        model.addAttribute("postBars", PostBars.of(posts, display));
        model.addAttribute("byEvent", byEvent(entries, formats));
        model.addAttribute("coMembers", coMembers(person, posts, caller));
    }

    private static List<Map<String, Object>> byEvent(List<Map<String, Object>> entries, Display.Formats formats) {
        Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
        for (Map<String, Object> entry : entries) {
            if (!"INVOLVEMENT".equals(entry.get("kind"))) {
                continue;
            }
            Map<String, Object> act = RecordLabels.cast(entry.get("record"));
            Map<String, Object> involvement = RecordLabels.cast(entry.get("involvement"));
            Object event = act.get("event");
            Map<String, Object> group = groups.computeIfAbsent(String.valueOf(event), key -> {
                Map<String, Object> g = new LinkedHashMap<>();
                Object label = act.get("eventLabel");
                g.put("title", event == null ? formats.message("person.noEvent")
                        : label == null ? event.toString() : label.toString());
                g.put("href", event != null && label != null ? "/events/" + event : null);
                g.put("acts", new ArrayList<Map<String, Object>>());
                return g;
            });
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("date", formats.date(act.get("dateDetail")));
            item.put("type", formats.term("ACT_TYPE", act.get("type")));
            item.put("href", "/acts/" + act.get("id"));
            item.put("victim", labelOr(act, "victim"));
            item.put("victimHref", act.get("victimLabel") == null ? null : "/persons/" + act.get("victim"));
            item.put("role", formats.term("INVOLVEMENT_ROLE", involvement.get("role")));
            List<Map<String, Object>> citations = new ArrayList<>(RecordLabels.list(involvement.get("citations")));
            citations.addAll(RecordLabels.list(act.get("citations")));
            item.put("citations", citations);
            listOf(group.get("acts")).add(item);
        }
        return List.copyOf(groups.values());
    }

    private List<Map<String, Object>> coMembers(UUID person, List<Map<String, Object>> posts, Caller caller) {
        Collection<UUID> organisations = posts.stream().map(p -> (UUID) p.get("organisation"))
                .filter(Objects::nonNull).distinct().toList();
        Map<UUID, List<Map<String, Object>>> byOrganisation = related.relatedAll(types.require("posts"),
                "organisation_id", organisations, caller);
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Map<String, Object> other : byOrganisation.values().stream().flatMap(List::stream).toList()) {
            Object who = other.get("person");
            if (who == null || person.equals(who) || posts.stream().noneMatch(mine ->
                    Objects.equals(mine.get("organisation"), other.get("organisation")) && overlap(mine, other))) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", labelOr(other, "person"));
            item.put("href", other.get("personLabel") == null ? null : "/persons/" + who);
            item.put("organisation", labelOr(other, "organisation"));
            item.put("title", other.get("title"));
            item.put("span", PostBars.span(other, display));
            item.put("post", "/posts/" + other.get("id"));
            shown.add(item);
        }
        return shown;
    }

    /** Whether two posts may have been held at the same time (an unknown start or end is open). */
    static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        return before(day(a, "from", "earliest"), day(b, "to", "latest"))
                && before(day(b, "from", "earliest"), day(a, "to", "latest"));
    }

    private static boolean before(@Nullable LocalDate start, @Nullable LocalDate end) {
        return start == null || end == null || !start.isAfter(end);
    }

    static @Nullable LocalDate day(Map<String, Object> post, String field, String bound) {
        return RecordLabels.cast(post.get(field + "Detail")).get(bound) instanceof LocalDate d ? d : null;
    }

    private static String labelOr(Map<String, Object> record, String field) {
        Object label = record.get(field + "Label");
        return label != null ? label.toString() : String.valueOf(record.get(field));
    }

    static List<Map<String, Object>> records(List<Map<String, Object>> entries, String kind) {
        return entries.stream().filter(e -> kind.equals(e.get("kind")))
                .map(e -> RecordLabels.cast(e.get("record"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOf(@Nullable Object value) {
        return (List<Map<String, Object>>) Objects.requireNonNull(value);
    }
}
