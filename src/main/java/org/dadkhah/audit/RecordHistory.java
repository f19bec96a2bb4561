package org.dadkhah.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.RecordChanged;
import org.dadkhah.records.RecordRead;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every record's history and the audit log, written in the same transaction as the change itself, so
 * that a change without its history cannot exist.
 */
@Component
class RecordHistory {

    private final JdbcClient jdbc;
    private final AuditLog log;
    private final JsonMapper json;

    RecordHistory(JdbcClient jdbc, AuditLog log, JsonMapper json) {
        this.jdbc = jdbc;
        this.log = log;
        this.json = json;
    }

    @EventListener
    void on(RecordChanged change) {
        jdbc.sql("""
                insert into record_history (record_type, record_id, version, action, actor, at, before_state, after_state)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""")
                .params(change.type(), change.id(), change.version(), change.action().name(), change.actor(),
                        Timestamp.from(change.at()), change.before() == null ? null : json.writeValueAsString(change.before()),
                        json.writeValueAsString(change.after()))
                .update();
        log.append(change.actor(), change.action().name(), change.type(), change.id(), "version " + change.version());
    }

    @EventListener
    void on(RecordRead read) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            log.append(read.actor(), "READ", read.type(), read.id(), read.confidentiality().name());
        } else {
            log.appendSeparately(read.actor(), "READ", read.type(), read.id(), read.confidentiality().name());
        }
    }

    List<Map<String, Object>> of(String type, UUID id) {
        return jdbc.sql("""
                select version, action, actor, at, before_state::text as before, after_state::text as after
                from record_history where record_type = ? and record_id = ? order by seq""")
                .params(type, id).query().listOfRows().stream().map(row -> {
                    Map<String, Object> entry = new java.util.LinkedHashMap<>();
                    entry.put("version", row.get("version"));
                    entry.put("action", row.get("action"));
                    entry.put("actor", row.get("actor"));
                    entry.put("at", ((Timestamp) row.get("at")).toInstant());
                    entry.put("before", row.get("before") == null ? null : json.readTree((String) row.get("before")));
                    entry.put("after", json.readTree((String) row.get("after")));
                    return entry;
                }).toList();
    }
}
