package org.dadkhah.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dadkhah.audit.AuditLog;
import org.dadkhah.security.Caller;
import org.dadkhah.vocabulary.Vocabularies;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of the controlled vocabularies (administrators only; anyone else gets a 404): each vocabulary's terms
 * as a tree (indented by depth), each with both labels, its parent, note, position and whether it is in use, editable
 * in place; and a new term. Checked by {@link Vocabularies#problems} (the API's rules: both labels, an existing
 * parent, no cycle, at most five levels), the messages next to their fields; every change is audited.
 */
@Controller
class AdminVocabulariesPage {

    /** A term with its depth in the tree (0 for a top term). */
    record Row(Vocabularies.Term term, int depth) {
    }

    private static final String VOCABULARIES = "/admin/vocabularies";

    private final Vocabularies vocabularies;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    AdminVocabulariesPage(Vocabularies vocabularies, AuditLog audit, PlatformTransactionManager transactions) {
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
    }

    @GetMapping(VOCABULARIES)
    String names(Model model) {
        AdminAccountsPage.admin();
        model.addAttribute("names", vocabularies.names());
        return "admin/vocabularies";
    }

    @GetMapping(VOCABULARIES + "/{name}")
    String terms(@PathVariable String name, Model model) {
        AdminAccountsPage.admin();
        return page(name, null, false, Map.of(), Map.of(), model);
    }

    @PostMapping(VOCABULARIES + "/{name}")
    String save(@PathVariable String name, @RequestParam String code, @RequestParam(defaultValue = "") String parentCode,
            @RequestParam(defaultValue = "") String labelEn, @RequestParam(defaultValue = "") String labelFa,
            @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String position,
            @RequestParam(defaultValue = "false") boolean active, @RequestParam(defaultValue = "false") boolean added,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        Caller caller = AdminAccountsPage.admin();
        String key = code.strip();
        Map<String, String> values = Map.of("code", key, "parentCode", parentCode, "labelEn", labelEn, "labelFa",
                labelFa, "note", note, "position", position);
        Map<String, String> errors = new HashMap<>();
        int at = 1000;
        try {
            at = position.isBlank() ? 1000 : Integer.parseInt(position.strip());
        } catch (NumberFormatException e) {
            errors.put("position", "A whole number");
        }
        if (added && vocabularies.term(name, key).isPresent()) {
            errors.put("code", "A term " + key + " exists already");
        }
        Vocabularies.Term term = new Vocabularies.Term(name, key, blank(parentCode), labelEn.strip(), labelFa.strip(),
                blank(note), at, active || added);
        errors.putAll(vocabularies.problems(term));
        if (errors.containsKey("vocabulary")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(name, key, added, values, errors, model);
        }
        String before = vocabularies.term(name, key).map(Vocabularies.Term::toString).orElse("new");
        transactions.executeWithoutResult(s -> {
            vocabularies.save(term);
            audit.append(caller.username(), "VOCABULARY_TERM_SAVE", "vocabulary", null,
                    name + "/" + key + ": " + before + " -> " + term);
        });
        flash.addFlashAttribute("done", "admin.saved");
        return "redirect:" + VOCABULARIES + "/" + name + "#term-" + key;
    }

    private String page(String name, @Nullable String failed, boolean adding, Map<String, String> values,
            Map<String, String> errors, Model model) {
        List<Vocabularies.Term> terms = vocabularies.terms(name);
        if (terms.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("name", name);
        model.addAttribute("rows", tree(terms));
        model.addAttribute("failed", failed);
        model.addAttribute("adding", adding);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "admin/vocabulary";
    }

    /** The terms in tree order (each parent followed by its children, by position), with their depths. */
    static List<Row> tree(List<Vocabularies.Term> terms) {
        Map<String, List<Vocabularies.Term>> children = new HashMap<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        terms.forEach(t -> codes.add(t.code()));
        List<Vocabularies.Term> roots = new ArrayList<>();
        for (Vocabularies.Term t : terms) {
            if (t.parentCode() == null || !codes.contains(t.parentCode())) {
                roots.add(t);
            } else {
                children.computeIfAbsent(t.parentCode(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Row> rows = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        roots.forEach(t -> walk(t, 0, children, rows, seen));
        terms.stream().filter(t -> !seen.contains(t.code())).forEach(t -> rows.add(new Row(t, 0)));
        return rows;
    }

    private static void walk(Vocabularies.Term term, int depth, Map<String, List<Vocabularies.Term>> children,
            List<Row> rows, java.util.Set<String> seen) {
        if (!seen.add(term.code())) {
            return;
        }
        rows.add(new Row(term, depth));
        children.getOrDefault(term.code(), List.of()).forEach(c -> walk(c, depth + 1, children, rows, seen));
    }

    private static @Nullable String blank(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
