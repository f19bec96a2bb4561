package org.dadkhah.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.ForbiddenException;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.records.VersionConflictException;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The generated forms of every record type: {@code /{type}/new} and {@code /{type}/{id}/edit}, posted back to
 * {@code /{type}} and {@code /{type}/{id}}. A save goes through the record store; a refused one shows the form again
 * with what was typed and the API's messages next to their fields; a stale version shows the conflict.
 */
@Controller
class FormPages {

    private final RecordTypes types;
    private final RecordQueries queries;
    private final FormFields forms;
    private final FormSaver saver;
    private final RecordLabels labels;

    FormPages(RecordTypes types, RecordQueries queries, FormFields forms, FormSaver saver, RecordLabels labels) {
        this.types = types;
        this.queries = queries;
        this.forms = forms;
        this.saver = saver;
        this.labels = labels;
    }

    @GetMapping(RecordPages.TYPE + "/new")
    String create(@PathVariable String type, @RequestParam Map<String, String> params, Model model) {
        return form(types.require(type), null, null, new LinkedHashMap<>(params), Map.of(), null, model);
    }

    @GetMapping(RecordPages.TYPE + RecordPages.ID + "/edit")
    @Transactional
    String edit(@PathVariable String type, @PathVariable UUID id, Model model) {
        RecordType recordType = types.require(type);
        Caller caller = CurrentCaller.require();
        Map<String, Object> record = queries.get(recordType, id, caller);
        Map<UUID, String> refs = labels.references(recordType, List.of(record), caller);
        Map<String, String> values = FormFields.values(recordType, record, v -> v instanceof UUID u ? refs.get(u) : null);
        return form(recordType, id, ((Number) record.get("version")).longValue(), values, Map.of(), null, model);
    }

    @PostMapping(RecordPages.TYPE)
    String saveNew(@PathVariable String type, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response) {
        return save(types.require(type), null, params, model, response);
    }

    @PostMapping(RecordPages.TYPE + RecordPages.ID)
    String saveExisting(@PathVariable String type, @PathVariable UUID id, @RequestParam Map<String, String> params,
            Model model, HttpServletResponse response) {
        return save(types.require(type), id, params, model, response);
    }

    private String save(RecordType type, @Nullable UUID id, Map<String, String> params, Model model,
            HttpServletResponse response) {
        Long version = id == null ? null : parseVersion(params.get("version"));
        Map<String, String> values = new LinkedHashMap<>(params);
        try {
            UUID saved = saver.save(type, id, version, params, CurrentCaller.require());
            return "redirect:/" + type.path() + "/" + saved;
        } catch (InvalidRecordException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
            return form(type, id, version, values, errors, null, model);
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("currentVersion", e.current());
            return form(type, id, version, values, Map.of(), "form.conflict", model);
        } catch (ForbiddenException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return form(type, id, version, values, Map.of(), "form.forbidden", model);
        }
    }

    private String form(RecordType type, @Nullable UUID id, @Nullable Long version, Map<String, String> values,
            Map<String, String> errors, @Nullable String problem, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("version", version);
        model.addAttribute("inputs", forms.fields(type, values, errors));
        model.addAttribute("lists", forms.lists(type, values, errors));
        model.addAttribute("citation", forms.fields(types.require("citations"), prefixed(values), prefixed(errors))
                .stream().filter(f -> List.of("source", "locator", "excerpt").contains(f.name()))
                .map(f -> new FormField("citation." + f.name(), f.label(), f.widget(), f.value(), false, f.choices(),
                        f.pick(), f.error())).toList());
        model.addAttribute("problem", problem);
        model.addAttribute("others", errors.entrySet().stream().filter(e -> !shown(e.getKey(), type)).toList());
        return "form";
    }

    private static boolean shown(String field, RecordType type) {
        String root = field.replaceAll("\\[.*", "").replaceAll("\\..*", "");
        return field.startsWith("citation.") ? List.of("citation.source", "citation.locator", "citation.excerpt")
                .contains(field) : root.equals("confidentiality") || type.field(root).isPresent()
                || type.children().stream().anyMatch(c -> c.json().equals(root) && field.contains("."));
    }

    private static Map<String, String> prefixed(Map<String, String> values) {
        Map<String, String> citation = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("citation.")) {
                citation.put(k.substring("citation.".length()), v);
            }
        });
        return citation;
    }

    /** The version the form was read at; a form without one can only conflict (never "any version"). */
    private static long parseVersion(@Nullable String version) {
        try {
            return version == null ? -1 : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
