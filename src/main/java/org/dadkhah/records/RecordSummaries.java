package org.dadkhah.records;

import java.util.List;
import java.util.Map;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overviews of records for the home page (what changed last, how many per year), built with the same read condition
 * as {@link RecordQueries}: never more than the caller could list.
 */
@Service
@Transactional
public class RecordSummaries {

    private final JdbcClient jdbc;
    private final Representer representer;
    private final RecordTallies tallies;

    RecordSummaries(JdbcClient jdbc, Representer representer, RecordTallies tallies) {
        this.jdbc = jdbc;
        this.representer = representer;
        this.tallies = tallies;
    }

    /**
     * The records of {@code type} the caller may see that changed last (newest {@code updatedAt} first), at most
     * {@code limit}: the same records and representations {@link RecordQueries#list} gives the caller, in another order. For the
     * home page's recent changes; it never reads history, so a hidden record's changes never show.
     */
    public List<Map<String, Object>> recent(RecordType type, int limit, Caller caller) {
        Visibility.Condition v = type.readable(caller, "t");
        List<Map<String, Object>> rows = jdbc.sql("select t.* from " + type.table() + " t where t.deleted_at is null and "
                + v.sql() + " order by t.updated_at desc, t.id desc limit " + Math.max(0, limit))
                .params(v.params()).query(Rows.mapper()).list();
        return representer.plainAll(type, rows, caller);
    }

    /**
     * How many records of {@code type} the caller may see have the date field {@code dateField} starting in each
     * Gregorian year (by the first day the date may be; records without that date are left out), by year: each count
     * the size of what the caller could list of that type, so charts never count beyond the caller's rights.
     */
    public Map<Integer, Long> countByYear(RecordType type, String dateField, Caller caller) {
        Field field = type.field(dateField).filter(f -> f.kind() == Field.Kind.DATE)
                .orElseThrow(() -> new IllegalArgumentException(type.name() + " has no date " + dateField));
        String year = "extract(year from t." + field.column() + "_earliest)::int";
        Visibility.Parts parts = type.readableParts(caller, "t");
        Map<Integer, Long> tallied = tallies.countByYear(type, dateField, parts.atLevels()).orElse(null);
        Map<Integer, Long> counts = new java.util.TreeMap<>(tallied == null ? Map.of() : tallied);
        for (Visibility.Condition v : tallied == null ? List.of(parts.atLevels(), parts.sharedBeyond())
                : List.of(parts.sharedBeyond())) {
            jdbc.sql("select " + year + " as y, count(*) as n from " + type.table() + " t where t.deleted_at is null and "
                    + v.sql() + " and t." + field.column() + "_earliest is not null group by 1")
                    .params(v.params()).query((rs, i) -> Map.entry(rs.getInt("y"), rs.getLong("n"))).list()
                    .forEach(e -> counts.merge(e.getKey(), e.getValue(), Long::sum));
        }
        return counts;
    }
}
