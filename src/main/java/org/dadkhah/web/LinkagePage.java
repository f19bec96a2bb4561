package org.dadkhah.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.linkage.PersonLinking;
import org.dadkhah.linkage.ReviewQueue;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The linkage review page: a button that runs linkage over the persons the caller may read ({@link PersonLinking},
 * as {@code POST /api/v1/linkage/runs}), and the review queue ({@link ReviewQueue}: most uncertain first, only pairs
 * both of whose persons the caller may read) with both records side by side and the waterfall of each field's
 * contribution; accept, reject or skip, and undo. Roles that do not write see the queue without the buttons.
 */
@Controller
class LinkagePage {

    private static final String LINKAGE = "/linkage";

    private final PersonLinking linking;
    private final ReviewQueue queue;
    private final RecordTypes types;
    private final RecordLabels labels;
    private final Display display;

    LinkagePage(PersonLinking linking, ReviewQueue queue, RecordTypes types, RecordLabels labels, Display display) {
        this.linking = linking;
        this.queue = queue;
        this.types = types;
        this.labels = labels;
        this.display = display;
    }

    @GetMapping(LINKAGE)
    String review(@RequestParam(defaultValue = "10") int limit, Model model) {
        Caller caller = CurrentCaller.require();
        model.addAttribute("writes", caller.mayWrite());
        model.addAttribute("pairs", queue.queue(null, Math.max(1, Math.min(limit, 50)), caller).stream()
                .map(this::pair).toList());
        return "linkage/review";
    }

    @PostMapping(LINKAGE + "/runs")
    String run(@RequestParam(defaultValue = "") String name, RedirectAttributes flash) {
        PersonLinking.Outcome outcome = linking.run(CurrentCaller.require(), name.isBlank() ? null : name.strip());
        flash.addFlashAttribute("outcome", outcome);
        return "redirect:" + LINKAGE;
    }

    @GetMapping(LINKAGE + "/pairs/{id}")
    String pair(@PathVariable UUID id, Model model) {
        Caller caller = CurrentCaller.require();
        model.addAttribute("writes", caller.mayWrite());
        model.addAttribute("pair", pair(queue.pair(id, caller)));
        return "linkage/pair";
    }

    @PostMapping(LINKAGE + "/pairs/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam String decision, RedirectAttributes flash) {
        linking.decide(id, decision, null, CurrentCaller.require());
        flash.addFlashAttribute("decided", id);
        flash.addFlashAttribute("decision", decision.toLowerCase(Locale.ROOT));
        return "redirect:" + LINKAGE;
    }

    @PostMapping(LINKAGE + "/pairs/{id}/undo")
    String undo(@PathVariable UUID id) {
        linking.undo(id, null, CurrentCaller.require());
        return "redirect:" + LINKAGE + "/pairs/" + id;
    }

    /** A pair for the templates: both sides' labels and facts, and the waterfall with a bar per step. */
    private Map<String, Object> pair(Map<String, Object> item) {
        Map<String, Object> out = new LinkedHashMap<>(item);
        RecordType persons = types.require("persons");
        out.put("leftSide", side(persons, RecordLabels.cast(item.get("left"))));
        out.put("rightSide", side(persons, RecordLabels.cast(item.get("right"))));
        out.put("probabilityText", number(item.get("probability"), "%.3f"));
        out.put("weightText", number(item.get("weight"), "%.2f"));
        Map<String, Object> explanation = RecordLabels.cast(item.get("explanation"));
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Map<String, Object> step : RecordLabels.list(explanation.get("fields"))) {
            Map<String, Object> s = new LinkedHashMap<>(step);
            double weight = step.get("weight") instanceof Number n ? n.doubleValue() : 0;
            s.put("weightText", number(weight, "%+.2f"));
            s.put("bar", "bar w-" + Math.min(20, (int) Math.round(Math.abs(weight) * 2)) + (weight < 0 ? " against" : ""));
            steps.add(s);
        }
        out.put("steps", steps);
        out.put("priorText", number(explanation.get("priorWeight"), "%+.2f"));
        return out;
    }

    private Map<String, Object> side(RecordType persons, Map<String, Object> person) {
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("id", person.get("id"));
        side.put("label", person.isEmpty() ? "" : labels.label(persons, person));
        List<String> names = new ArrayList<>();
        RecordLabels.list(person.get("names")).forEach(n -> names.add(String.valueOf(n.get("text"))));
        side.put("names", names);
        side.put("father", person.get("fatherName") == null ? "" : person.get("fatherName"));
        side.put("birth", person.get("birthDateDetail") == null ? "" : display.date(person.get("birthDateDetail")));
        side.put("status", display.value(person.get("status")));
        return side;
    }

    private String number(@Nullable Object value, String format) {
        return value instanceof Number n ? display.digits(String.format(Locale.ROOT, format, n.doubleValue())) : "";
    }
}
