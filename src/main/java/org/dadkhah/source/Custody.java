package org.dadkhah.source;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dadkhah.records.ForbiddenException;
import org.dadkhah.records.Ids;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordType;
import org.dadkhah.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The chain of custody of a source's file: received from whom, by whom, when, how, transferred to whom. */
@Service
public class Custody {

    /** One step in the chain; {@code receivedBy} defaults to the caller. */
    public record Entry(@Nullable String receivedFrom, @Nullable String receivedBy, @Nullable String method,
            @Nullable String transferredTo, @Nullable String notes) {
    }

    private final JdbcClient jdbc;
    private final RecordQueries queries;
    private final RecordType sources;

    Custody(JdbcClient jdbc, RecordQueries queries, @Qualifier("sources") RecordType sources) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.sources = sources;
    }

    /** Appends a step to the chain of the source's file. */
    @Transactional
    public void record(UUID sourceId, String sha256, Entry entry, Caller caller) {
        if (!caller.mayWrite()) {
            throw new ForbiddenException("Your role or token does not allow changes");
        }
        queries.get(sources, sourceId, caller);
        jdbc.sql("""
                insert into file_custody (id, sha256, source_id, received_from, received_by, method, transferred_to, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.next(), sha256, sourceId, entry.receivedFrom(),
                        entry.receivedBy() == null ? caller.username() : entry.receivedBy(), entry.method(),
                        entry.transferredTo(), entry.notes())
                .update();
    }

    /** The chain, oldest first, if the caller may see the source. */
    @Transactional
    public List<Map<String, Object>> of(UUID sourceId, Caller caller) {
        queries.get(sources, sourceId, caller);
        return jdbc.sql("""
                select sha256, at, received_from as "receivedFrom", received_by as "receivedBy", method,
                       transferred_to as "transferredTo", notes
                from file_custody where source_id = ? order by at, id""").param(sourceId).query().listOfRows();
    }
}
