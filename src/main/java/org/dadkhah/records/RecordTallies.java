package org.dadkhah.records;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dadkhah.security.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many live records a record table holds at the levels a caller reads, from the tallies statement triggers keep
 * on every record table (V20: a row of deltas per level and statement, acts also per year), instead of counting the
 * table. The levels come from {@link Visibility} like every read's; only a type without a read filter of its own is
 * answered here (a filter may depend on any column). A serving application folds the deltas together every few
 * minutes.
 */
@Component
class RecordTallies implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RecordTallies.class);
    static final Duration FOLD_EVERY = Duration.ofMinutes(5);

    /** The date field whose starting year the tallies keep, by table (V20's act_tally triggers). */
    private static final Map<String, String> YEARS = Map.of("act", "date");

    private final JdbcClient jdbc;
    private final boolean serving;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "record-tallies");
        thread.setDaemon(true);
        return thread;
    });

    RecordTallies(JdbcClient jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.serving = environment.getProperty("dadkhah.serve", Boolean.class, false);
    }

    /** The records of {@code type} at the levels of {@code atLevels} (alias {@code t}), when the tallies know them. */
    Optional<Long> count(RecordType type, Visibility.Condition atLevels) {
        if (type.readFilter() != null) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select coalesce(sum(t.n), 0) from record_tally t where t.tbl = ? and "
                + atLevels.sql()).params(params(type, atLevels)).query(Long.class).single());
    }

    /**
     * The records of {@code type} at the levels of {@code atLevels} whose {@code dateField} starts in each year, when
     * the tallies keep that field's years.
     */
    Optional<Map<Integer, Long>> countByYear(RecordType type, String dateField, Visibility.Condition atLevels) {
        if (type.readFilter() != null || !dateField.equals(YEARS.get(type.table()))) {
            return Optional.empty();
        }
        Map<Integer, Long> counts = new TreeMap<>();
        jdbc.sql("select t.year, sum(t.n) as n from record_tally t where t.tbl = ? and t.year is not null and "
                + atLevels.sql() + " group by t.year having sum(t.n) <> 0").params(params(type, atLevels))
                .query((rs, i) -> Map.entry(rs.getInt("year"), rs.getLong("n"))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return Optional.of(counts);
    }

    /**
     * Folds the deltas into one row per table, level and year. Concurrent writers are not held up: deltas they add
     * meanwhile are not seen by the delete and stay as they are.
     */
    int fold() {
        return jdbc.sql("with gone as (delete from record_tally returning *) insert into record_tally"
                + " (tbl, confidentiality, year, n) select tbl, confidentiality, year, sum(n) from gone"
                + " group by tbl, confidentiality, year having sum(n) <> 0").update();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (serving) {
            scheduler.scheduleWithFixedDelay(this::safely, 0, FOLD_EVERY.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private void safely() {
        try {
            fold();
        } catch (RuntimeException e) {
            log.warn("Folding the record tallies failed; they are folded again in {} ({})", FOLD_EVERY,
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }

    private static List<Object> params(RecordType type, Visibility.Condition atLevels) {
        List<Object> params = new ArrayList<>();
        params.add(type.table());
        params.addAll(atLevels.params());
        return params;
    }
}
