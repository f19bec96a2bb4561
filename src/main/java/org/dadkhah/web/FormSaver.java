package org.dadkhah.web;

import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.records.RecordStore;
import org.dadkhah.records.RecordType;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saves a generated form through {@link RecordStore} (the API's one validation path) and, when the form names a
 * source, the citation of the saved record, in one transaction: a refused citation leaves the record unsaved too.
 */
@Service
class FormSaver {

    private final RecordStore store;
    private final RecordTypes types;
    private final JsonMapper json;

    FormSaver(RecordStore store, RecordTypes types, JsonMapper json) {
        this.store = store;
        this.types = types;
        this.json = json;
    }

    /** Creates ({@code id} null) or updates the record at {@code version}; returns the saved record's id. */
    @Transactional
    UUID save(RecordType type, @Nullable UUID id, @Nullable Long version, Map<String, String> params, Caller caller) {
        ObjectNode body = FormBody.of(type, params, json);
        Map<String, Object> saved = id == null ? store.create(type, body, caller)
                : store.update(type, id, body, version, caller);
        UUID savedId = (UUID) saved.get("id");
        String source = params.getOrDefault("citation.source", "").strip();
        if (!source.isEmpty() && !type.path().equals("citations")) {
            RecordType citations = types.require("citations");
            ObjectNode citation = FormBody.of(citations, Map.of("source", source,
                    "locator", params.getOrDefault("citation.locator", ""),
                    "excerpt", params.getOrDefault("citation.excerpt", "")), json);
            citation.put("recordType", type.name());
            citation.put("recordId", savedId.toString());
            citation.put("confidentiality", String.valueOf(saved.get("confidentiality")));
            try {
                store.create(citations, citation, caller);
            } catch (InvalidRecordException e) {
                throw new InvalidRecordException(e.problems().stream().map(p -> new InvalidRecordException.FieldProblem(
                        "citation." + p.field(), p.message())).toList());
            }
        }
        return savedId;
    }
}
