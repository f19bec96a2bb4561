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
    private final RecordLabels labels;
    private final Display display;

    PerpetratorView(RecordTypes types, RelatedRecords related, RecordLabels labels, Display display) {
        this.types = types;
        this.related = related;
        this.labels = labels;
        this.display = display;
    }

    /**
     * Puts {@code postBars}, {@code byEvent} and {@code coMembers} into {@code model} from the timeline entries;
     * {@code refs} are the labels (in the page's script) of the records the entries refer to, as the timeline shows
     * them, so that an organisation, event or person reads the same in every part of the page.
     */
    void add(UUID person, List<Map<String, Object>> entries, Caller caller, Display.Formats formats,
            Map<UUID, String> refs, Model model) {
        List<Map<String, Object>> posts = records(entries, "POST");
        model.addAttribute("postBars", PostBars.of(posts, display, refs));
        model.addAttribute("byEvent", byEvent(entries, formats, refs));
        model.addAttribute("coMembers", coMembers(person, posts, caller, refs));
    }

    private static List<Map<String, Object>> byEvent(List<Map<String, Object>> entries, Display.Formats formats,
            Map<UUID, String> refs) {
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
                Object label = labelOr(act, "event", refs, null);
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
            Object victim = labelOr(act, "victim", refs, null);
            item.put("victim", victim != null ? victim : String.valueOf(act.get("victim")));
            item.put("victimHref", victim == null ? null : "/persons/" + act.get("victim"));
            item.put("role", formats.term("INVOLVEMENT_ROLE", involvement.get("role")));
            List<Map<String, Object>> citations = new ArrayList<>(RecordLabels.list(involvement.get("citations")));
            citations.addAll(RecordLabels.list(act.get("citations")));
            item.put("citations", citations);
            listOf(group.get("acts")).add(item);
        }
        return List.copyOf(groups.values());
    }

    private List<Map<String, Object>> coMembers(UUID person, List<Map<String, Object>> posts, Caller caller,
            Map<UUID, String> refs) {
        Collection<UUID> organisations = posts.stream().map(p -> (UUID) p.get("organisation"))
                .filter(Objects::nonNull).distinct().toList();
        Map<UUID, List<Map<String, Object>>> byOrganisation = related.relatedAll(types.require("posts"),
                "organisation_id", organisations, caller);
        List<Map<String, Object>> others = byOrganisation.values().stream().flatMap(List::stream)
                .filter(other -> other.get("person") != null && !person.equals(other.get("person"))
                        && posts.stream().anyMatch(mine -> Objects.equals(mine.get("organisation"),
                                other.get("organisation")) && overlap(mine, other)))
                .toList();
        Map<UUID, String> names = others.isEmpty() ? refs
                : labels.references(types.require("posts"), others, caller, refs);
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Map<String, Object> other : others) {
            Object who = other.get("person");
            Object name = labelOr(other, "person", names, null);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", name != null ? name : String.valueOf(who));
            item.put("href", name == null ? null : "/persons/" + who);
            item.put("organisation", String.valueOf(labelOr(other, "organisation", names, other.get("organisation"))));
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

    /**
     * The label of the record {@code field} refers to: the page's (in its script) when it has one, else the one in the
     * representation; {@code otherwise} when there is neither (a record the caller may not see).
     */
    private static @Nullable Object labelOr(Map<String, Object> record, String field, Map<UUID, String> refs,
            @Nullable Object otherwise) {
        Object id = record.get(field);
        if (id instanceof UUID uuid && refs.containsKey(uuid)) {
            return refs.get(uuid);
        }
        Object label = record.get(field + "Label");
        return label != null ? label : otherwise;
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
