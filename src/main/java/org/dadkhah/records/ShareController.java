package org.dadkhah.records;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.InvalidRecordException.FieldProblem;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.dadkhah.shared.Confidentiality;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Per-record sharing beyond the confidentiality level: named users ({@code user:NAME}) and groups
 * ({@code group:NAME}). {@code grantees} may read the record; {@code editors} (also grantees) may edit its fields.
 * No share allows changing the level, deleting or restoring. Only editors and admins whose role reads the record
 * may change whom it is shared with.
 */
@RestController
class ShareController {

    /** The grantees of a record, and those of them who may edit its fields. */
    record Shares(@Nullable List<String> grantees, @Nullable List<String> editors) {
    }

    private final RecordTypes types;
    private final RecordQueries queries;
    private final RecordRows stored;
    private final JdbcClient jdbc;

    ShareController(RecordTypes types, RecordQueries queries, JdbcClient jdbc, RecordRows stored) {
        this.types = types;
        this.queries = queries;
        this.stored = stored;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/{type}/{id}/shares")
    @Transactional
    Shares shares(@PathVariable String type, @PathVariable UUID id) {
        stored.visibleRaw(types.require(type), id, CurrentCaller.orUnauthorized());
        return current(id);
    }

    @PutMapping("/api/v1/{type}/{id}/shares")
    @Transactional
    Shares share(@PathVariable String type, @PathVariable UUID id, @RequestBody Shares body) {
        Caller caller = CurrentCaller.orUnauthorized();
        Map<String, Object> row = stored.visibleRaw(types.require(type), id, caller);
        if (!caller.mayWrite() || caller.readCeiling().compareTo(Confidentiality.RESTRICTED) < 0
                || !caller.mayRead(Confidentiality.valueOf((String) row.get("confidentiality")))) {
            throw new ForbiddenException("Only editors and admins whose role reads this record may share it");
        }
        Set<String> grantees = new LinkedHashSet<>(body.grantees() == null ? List.of() : body.grantees());
        Set<String> editors = new LinkedHashSet<>(body.editors() == null ? List.of() : body.editors());
        List<FieldProblem> problems = new ArrayList<>();
        if (body.grantees() == null && body.editors() == null) {
            problems.add(new FieldProblem("grantees", "Required: a list of user:NAME or group:NAME (may be empty)"));
        }
        check("grantees", grantees, problems);
        check("editors", editors, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        grantees.addAll(editors);
        jdbc.sql("delete from record_share where record_id = ?").param(id).update();
        grantees.forEach(g -> jdbc.sql("insert into record_share (record_id, grantee, may_edit) values (?, ?, ?)")
                .params(id, g, editors.contains(g)).update());
        return current(id);
    }

    private static void check(String field, Set<String> names, List<FieldProblem> problems) {
        for (String grantee : names) {
            if (grantee == null || !grantee.matches("(user|group):[A-Za-z0-9._@-]{1,100}")) {
                problems.add(new FieldProblem(field, "Each entry is user:NAME or group:NAME"));
                return;
            }
        }
    }

    private Shares current(UUID id) {
        List<Map<String, Object>> rows = jdbc.sql("select grantee, may_edit from record_share where record_id = ? "
                + "order by grantee").param(id).query().listOfRows();
        return new Shares(rows.stream().map(r -> (String) r.get("grantee")).toList(),
                rows.stream().filter(r -> Boolean.TRUE.equals(r.get("may_edit"))).map(r -> (String) r.get("grantee"))
                        .toList());
    }
}
