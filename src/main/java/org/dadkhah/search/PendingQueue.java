package org.dadkhah.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records written by the bulk path wait in {@code search_pending} until the index has taken them in: queued in
 * one statement per batch, indexed a page at a time, and removed from the queue only after the index committed
 * them, so a crash loses nothing (the queue is drained again at the next start).
 */
@Component
class PendingQueue {

    private static final Logger log = LoggerFactory.getLogger(PendingQueue.class);

    private final JdbcClient jdbc;

    PendingQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String type, Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("insert into search_pending (record_type, record_id) select distinct ?, unnest(?::uuid[]) "
                    + "on conflict (record_type, record_id) do update set queued_at = now()")
                    .params(type, ids.toArray(UUID[]::new)).update();
        }
    }

    /** Forgets what was queued before a rebuild started reading (the rebuild took it in). */
    void forgetQueuedBefore(java.time.Instant started) {
        jdbc.sql("delete from search_pending where queued_at < ?").param(java.sql.Timestamp.from(started)).update();
    }

    /** Whether at most {@code n} records wait (without counting a long queue to its end). */
    boolean atMost(int n) {
        return jdbc.sql("select count(*) from (select 1 from search_pending limit ?) q").param(n + 1)
                .query(Long.class).single() <= n;
    }

    long size() {
        return jdbc.sql("select count(*) from search_pending").query(Long.class).single();
    }

    /** Indexes everything queued with {@code index}, a page at a time; returns how many records it took. */
    long drain(BiConsumer<String, List<UUID>> index) {
        long done = 0;
        while (true) {
            List<Map<String, Object>> rows = jdbc.sql("select record_type, record_id, queued_at from search_pending "
                    + "order by queued_at, record_id limit ?").param(IndexedRecords.PAGE).query().listOfRows();
            if (rows.isEmpty()) {
                return done;
            }
            Map<String, List<UUID>> byType = new LinkedHashMap<>();
            rows.forEach(r -> byType.computeIfAbsent((String) r.get("record_type"), t -> new java.util.ArrayList<>())
                    .add((UUID) r.get("record_id")));
            byType.forEach(index);
            Object last = rows.getLast().get("queued_at");
            byType.forEach((type, ids) -> jdbc.sql("delete from search_pending where record_type = ? "
                    + "and record_id = any(?) and queued_at <= ?").params(type, ids.toArray(UUID[]::new), last).update());
            done += rows.size();
            log.debug("Indexed {} imported records", done);
        }
    }
}
