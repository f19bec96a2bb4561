package org.dadkhah.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.dadkhah.shared.InvalidPartialDateException;
import org.dadkhah.shared.PartialDate;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the forms ask while one types (htmx): the choices of a picker ({@code /pick/{type}}, the records the caller
 * may see whose label contains the text, persons by the API's name search) and the reading of a partial date in both
 * calendars, with the exact Gregorian days it stands for ({@code /date-preview}). The typed text comes in the parameter
 * named by {@code field}.
 */
@Controller
class FormHelpers {

    private static final int CHOICES = 20;
    private static final int SCANNED = 500;

    private final RecordTypes types;
    private final RecordQueries queries;
    private final RecordLabels labels;
    private final Display display;

    FormHelpers(RecordTypes types, RecordQueries queries, RecordLabels labels, Display display) {
        this.types = types;
        this.queries = queries;
        this.labels = labels;
        this.display = display;
    }

    @GetMapping("/pick" + RecordPages.TYPE)
    @Transactional
    String pick(@PathVariable String type, @RequestParam String field, @RequestParam Map<String, String> params,
            Model model) {
        RecordType recordType = types.require(type);
        Caller caller = CurrentCaller.require();
        String typed = params.getOrDefault(field, "").replaceAll("·.*$", "").strip();
        List<Map<String, Object>> found;
        if (type.equals("persons") && typed.codePoints().anyMatch(Character::isLetter)) {
            found = queries.list(recordType, Map.of("name", typed), null, CHOICES, caller).items();
        } else {
            String wanted = typed.toLowerCase(Locale.ROOT);
            found = queries.list(recordType, Map.of(), null, SCANNED, caller).items().stream()
                    .filter(r -> labels.label(recordType, r).toLowerCase(Locale.ROOT).contains(wanted))
                    .limit(CHOICES).toList();
        }
        model.addAttribute("choices", found.stream().map(r -> labels.label(recordType, r) + " · " + r.get("id")).toList());
        return "fragments :: choices";
    }

    @GetMapping("/date-preview")
    String datePreview(@RequestParam String field, @RequestParam Map<String, String> params, Model model) {
        String typed = params.getOrDefault(field, "").strip();
        if (typed.isEmpty()) {
            model.addAttribute("preview", "");
        } else {
            try {
                PartialDate date = PartialDate.parse(typed);
                String preview = display.date(date);
                String days = display.digits(date.toGregorianString());
                model.addAttribute("preview", preview.contains(days) ? preview : preview + " = " + days);
            } catch (InvalidPartialDateException e) {
                model.addAttribute("problem", e.getMessage());
            }
        }
        return "fragments :: datePreview";
    }
}
