package org.dadkhah.records;

import java.util.List;
import java.util.UUID;
import org.dadkhah.security.Caller;
import org.dadkhah.security.CurrentCaller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Per-record sharing beyond the confidentiality level: named users ({@code user:NAME}) and groups
 * ({@code group:NAME}). Only editors and admins who can read the record may change whom it is shared with.
 */
@RestController
class ShareController {

    /** The grantees of a record. */
    record Shares(List<String> grantees) {
    }

    private final RecordTypes types;
    private final RecordQueries queries;
    private final JdbcClient jdbc;

    ShareController(RecordTypes types, RecordQueries queries, JdbcClient jdbc) {
        this.types = types;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/{type}/{id}/shares")
    Shares shares(@PathVariable String type, @PathVariable UUID id) {
        queries.get(type(type), id, caller());
        return new Shares(jdbc.sql("select grantee from record_share where record_id = ? order by grantee").param(id)
                .query(String.class).list());
    }

    @PutMapping("/api/v1/{type}/{id}/shares")
    @Transactional
    Shares share(@PathVariable String type, @PathVariable UUID id, @RequestBody Shares body) {
        Caller caller = caller();
        queries.get(type(type), id, caller);
        if (!caller.mayWrite() || caller.readCeiling().compareTo(org.dadkhah.shared.Confidentiality.RESTRICTED) < 0) {
            throw new ForbiddenException("Only editors and admins share records");
        }
        for (String grantee : body.grantees()) {
            if (!grantee.matches("(user|group):[A-Za-z0-9._@-]{1,100}")) {
                throw InvalidRecordException.of("grantees", "Each grantee is user:NAME or group:NAME");
            }
        }
        jdbc.sql("delete from record_share where record_id = ?").param(id).update();
        body.grantees().forEach(g -> jdbc.sql("insert into record_share (record_id, grantee) values (?, ?)")
                .params(id, g).update());
        return new Shares(List.copyOf(body.grantees()));
    }

    private RecordType type(String path) {
        return types.require(path);
    }

    private static Caller caller() {
        return CurrentCaller.orUnauthorized();
    }
}
