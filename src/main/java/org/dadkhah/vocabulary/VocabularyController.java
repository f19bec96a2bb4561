package org.dadkhah.vocabulary;

import java.util.List;
import java.util.Map;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The controlled vocabularies: readable by every account, editable by admins. */
@RestController
class VocabularyController {

    /** A term as sent by an admin. */
    record TermBody(@Nullable String parentCode, String labelEn, String labelFa, @Nullable String note,
            @Nullable Integer position, @Nullable Boolean active) {
    }

    private final Vocabularies vocabularies;

    VocabularyController(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    @GetMapping("/api/v1/vocabularies")
    Map<String, Object> names() {
        caller();
        return Map.of("vocabularies", vocabularies.names());
    }

    @GetMapping("/api/v1/vocabularies/{name}")
    List<Vocabularies.Term> terms(@PathVariable String name) {
        caller();
        List<Vocabularies.Term> terms = vocabularies.terms(name);
        if (terms.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No vocabulary " + name);
        }
        return terms;
    }

    @PutMapping("/api/v1/vocabularies/{name}/{code}")
    Vocabularies.Term save(@PathVariable String name, @PathVariable String code, @RequestBody TermBody body) {
        Caller caller = caller();
        if (!caller.isAdmin() || !caller.mayWrite()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only admins edit vocabularies");
        }
        if (vocabularies.terms(name).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No vocabulary " + name);
        }
        Vocabularies.Term term = new Vocabularies.Term(name, code, body.parentCode(),
                body.labelEn() == null ? "" : body.labelEn(), body.labelFa() == null ? "" : body.labelFa(),
                body.note(), body.position() == null ? 1000 : body.position(), body.active() == null || body.active());
        Map<String, String> problems = vocabularies.problems(term);
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("; ", problems.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).toList()));
        }
        vocabularies.save(term);
        return term;
    }

    private static Caller caller() {
        return CurrentCaller.orUnauthorized();
    }
}
