package org.dadkhah.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.event.PersonTimeline;
import org.dadkhah.records.RelatedRecords;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's whole story on one page: names in both scripts with their kinds, status, the timeline (acts, involvements,
 * proceedings, posts, each date in both calendars, each with its citations), relatives and posts held.
 */
@Controller
class PersonPage {

    private final RecordTypes types;
    private final RelatedRecords related;
    private final PersonTimeline timeline;
    private final RecordLabels labels;
    private final RecordPages pages;
    private final Display display;
    private final PerpetratorView perpetrator;

    PersonPage(RecordTypes types, RelatedRecords related, PersonTimeline timeline, RecordLabels labels,
            RecordPages pages, Display display, PerpetratorView perpetrator) {
        this.types = types;
        this.related = related;
        this.timeline = timeline;
        this.labels = labels;
        this.pages = pages;
        this.display = display;
        this.perpetrator = perpetrator;
    }

    @GetMapping("/persons" + RecordPages.ID)
    @Transactional
    String person(@PathVariable UUID id, Model model) {
        Caller caller = CurrentCaller.require();
        RecordType persons = types.require("persons");
        PersonTimeline.Story story = timeline.story(id, caller, Set.of("citations"));
        Map<String, Object> person = story.person();
        pages.show(persons, person, model);
        List<Map<String, Object>> entries = story.entries();
        Map<UUID, String> refs = new HashMap<>(labels.references(types.require("acts"),
                records(entries, "ACT", "INVOLVEMENT"), caller, Map.of(id, labels.label(persons, person))));
        refs.putAll(labels.references(types.require("posts"), records(entries, "POST"), caller));
        model.addAttribute("names", RecordLabels.list(person.get("names")));
        Display.Formats formats = display.formats();
        model.addAttribute("timelineHtml", TimelineHtml.of(entries.stream().map(e -> entry(e, refs, formats)).toList(),
                new TimelineHtml.Words(formats.message("person.involvedInAct"), formats.message("record.citations"),
                        formats::digits)));
        model.addAttribute("relatives", relatives(id, caller));
        model.addAttribute("status", status(person, story.effectiveStatus()));
        perpetrator.add(id, entries, caller, formats, refs, model);
        return "person";
    }

    private static TimelineHtml.Entry entry(Map<String, Object> entry, Map<UUID, String> refs, Display.Formats formats) {
        String kind = (String) entry.get("kind");
        Map<String, Object> record = RecordLabels.cast(entry.get("record"));
        List<Map<String, Object>> citations = RecordLabels.list(record.get("citations"));
        String label = formats.message("timeline." + kind);
        return switch (kind) {
            case "POST" -> new TimelineHtml.Entry("timeline." + kind, label,
                    held(record.get("fromDetail"), record.get("toDetail"), formats),
                    record.get("title") + " · " + refs.getOrDefault((UUID) record.get("organisation"),
                            String.valueOf(record.get("organisation"))),
                    "/posts/" + record.get("id"), null, List.of(), citations);
            case "PROCEEDING" -> new TimelineHtml.Entry("timeline." + kind, label,
                    formats.date(record.get("dateDetail")), String.valueOf(record.get("title")),
                    "/proceedings/" + record.get("id"), null, List.of(), citations);
            default -> {
                String title = formats.term("ACT_TYPE", record.get("type"));
                if ("INVOLVEMENT".equals(kind)) {
                    title += " · " + refs.getOrDefault((UUID) record.get("victim"), String.valueOf(record.get("victim")))
                            + " · " + formats.message("timeline.role",
                            formats.term("INVOLVEMENT_ROLE", RecordLabels.cast(entry.get("involvement")).get("role")));
                } else if (record.get("victimStatusAfter") != null) {
                    title += " · " + record.get("victimStatusAfter");
                }
                yield new TimelineHtml.Entry("timeline." + kind, label, formats.date(record.get("dateDetail")), title,
                        "/acts/" + record.get("id"),
                        record.get("place") == null ? null : refs.get((UUID) record.get("place")),
                        involved(entry.get("involvements"), formats), citations);
            }
        };
    }

    /** When a post was held: "from – to", or one date when it ended when it began or has no end given. */
    private static String held(@Nullable Object from, @Nullable Object to, Display.Formats formats) {
        return to == null || PostBars.sameSpan(from, to) ? formats.date(from)
                : formats.date(from) + " – " + formats.date(to);
    }

    /** Who was involved in an act against the person (as the timeline gives them), with their roles. */
    private static List<TimelineHtml.Involved> involved(@Nullable Object involvements, Display.Formats formats) {
        List<TimelineHtml.Involved> shown = new ArrayList<>();
        for (Map<String, Object> inv : RecordLabels.list(involvements)) {
            boolean person = inv.get("perpetratorPerson") != null;
            String field = person ? "perpetratorPerson" : "perpetratorOrganisation";
            Object label = inv.get(field + "Label");
            shown.add(new TimelineHtml.Involved(label != null ? label.toString() : String.valueOf(inv.get(field)),
                    label == null ? null : (person ? "/persons/" : "/organisations/") + inv.get(field),
                    formats.term("INVOLVEMENT_ROLE", inv.get("role"))));
        }
        return shown;
    }

    /** The effective status: the recorded one, or the one an act implies, with that act as its source. */
    private Map<String, Object> status(Map<String, Object> person, Map<String, Object> effective) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("text", display.value(effective.getOrDefault("status", person.get("status"))));
        Object act = effective.get("fromAct");
        shown.put("actHref", act == null ? null : "/acts/" + act);
        shown.put("actType", act == null ? null : display.term("ACT_TYPE", effective.get("actType")));
        return shown;
    }

    private List<Map<String, Object>> relatives(UUID id, Caller caller) {
        RecordType relationships = types.require("relationships");
        List<Map<String, Object>> found = related.relatedByAny(relationships, List.of("person_id", "related_person_id"),
                id, caller);
        Map<UUID, String> refs = labels.references(relationships, found, caller);
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Map<String, Object> r : found) {
            UUID other = id.equals(r.get("person")) ? (UUID) r.get("relatedPerson") : (UUID) r.get("person");
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", display.term("RELATIONSHIP_KIND", r.get("kind")));
            item.put("name", refs.getOrDefault(other, other.toString()));
            item.put("href", refs.containsKey(other) ? "/persons/" + other : null);
            shown.add(item);
        }
        return shown;
    }

    private static List<Map<String, Object>> records(List<Map<String, Object>> entries, String... kinds) {
        List<String> wanted = List.of(kinds);
        return entries.stream().filter(e -> wanted.contains(e.get("kind")))
                .map(e -> RecordLabels.cast(e.get("record"))).toList();
    }
}
