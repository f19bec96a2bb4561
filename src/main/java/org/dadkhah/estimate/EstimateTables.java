package org.dadkhah.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dadkhah.records.InvalidRecordException;
import org.dadkhah.records.InvalidRecordException.FieldProblem;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Role;
import org.dadkhah.security.Visibility;
import org.dadkhah.shared.Confidentiality;
import org.dadkhah.shared.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds capture-history tables from the database: list {@code L} is the set of persons that a live citation of
 * source {@code L} (a source of kind LIST) points at, and people are matched across lists by person record id.
 * Everything is counted through {@link Visibility#countable}, in SQL, so no person id or name leaves the database.
 */
@Service
@Transactional(readOnly = true)
public class EstimateTables {

    private static final String LEVELS = Arrays.stream(Confidentiality.values()).map(Enum::name)
            .collect(Collectors.joining(","));

    private final JdbcClient jdbc;

    EstimateTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One list of a table built from the database.
     *
     * @param source the source id
     * @param name the column name: the source's title when it is at most INTERNAL, else {@code source ID}
     * @param size how many counted persons the list records (within the stratum)
     */
    public record ListInfo(UUID source, String name, long size) {
    }

    /**
     * A table built from the database.
     *
     * @param history the capture-history table
     * @param lists the lists, in column order
     * @param level the most confidential level of anything counted
     */
    public record Built(CaptureHistory history, List<ListInfo> lists, Confidentiality level) {
    }

    /**
     * @param request a request naming lists
     * @param caller who asks; only what they may count is counted
     * @return the table
     * @throws InvalidRecordException when a list or the stratum is invalid or nobody is counted
     */
    public Built build(EstimateRequest request, Caller caller) {
        List<Map<String, Object>> sources = sources(request.lists(), caller);
        checkStratum(request.stratum(), caller);
        Confidentiality level = Confidentiality.PUBLIC;
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Map<String, Object> s : sources) {
            Confidentiality l = Confidentiality.valueOf((String) s.get("confidentiality"));
            level = max(level, l);
            String title = ((String) s.get("title")).strip();
            String name = l.atMost(Role.ANALYST.readCeiling()) && !title.isEmpty() ? title : "source " + s.get("id");
            if (name.equalsIgnoreCase(CaptureHistoryCsv.COUNT_COLUMN) || !taken.add(name.toLowerCase(Locale.ROOT))) {
                name = name + " [" + s.get("id") + "]";
                taken.add(name.toLowerCase(Locale.ROOT));
            }
            names.add(name);
        }
        long[] counts = new long[1 << names.size()];
        for (Map<String, Object> row : patterns(request, caller)) {
            counts[((Number) row.get("mask")).intValue()] = ((Number) row.get("n")).longValue();
            level = max(level, Confidentiality.values()[((Number) row.get("lvl")).intValue() - 1]);
        }
        CaptureHistory history;
        try {
            history = CaptureHistory.ofMasks(names, counts);
        } catch (CaptureHistoryException e) {
            throw InvalidRecordException.of("lists", "No person you may count is cited by these lists"
                    + (request.stratum() == null ? "" : " within the stratum") + " (" + e.getMessage() + ")");
        }
        List<ListInfo> lists = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            lists.add(new ListInfo(request.lists().get(j), names.get(j), history.listSize(j)));
        }
        return new Built(history, lists, level);
    }

    private List<Map<String, Object>> sources(List<UUID> ids, Caller caller) {
        Visibility.Condition v = Visibility.countable(caller, "s");
        List<Object> params = new ArrayList<>(v.params());
        params.add(ids.stream().map(UUID::toString).collect(Collectors.joining(",")));
        Map<UUID, Map<String, Object>> found = new LinkedHashMap<>();
        jdbc.sql("select s.id, s.kind, s.title, s.confidentiality from source s where s.deleted_at is null and "
                        + v.sql() + " and s.id = any(string_to_array(?, ',')::uuid[])")
                .params(params).query().listOfRows().forEach(r -> found.put((UUID) r.get("id"), r));
        List<FieldProblem> problems = new ArrayList<>();
        List<Map<String, Object>> ordered = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Map<String, Object> s = found.get(ids.get(i));
            if (s == null) {
                problems.add(new FieldProblem("lists[" + i + "]", "No source with id " + ids.get(i)));
            } else if (!"LIST".equals(s.get("kind"))) {
                problems.add(new FieldProblem("lists[" + i + "]", "Source " + ids.get(i) + " is of kind "
                        + s.get("kind") + "; only sources of kind LIST (lists of victims) can be used"));
            } else {
                ordered.add(s);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        return ordered;
    }

    private void checkStratum(EstimateRequest.Stratum stratum, Caller caller) {
        if (stratum == null) {
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (stratum.actType() != null && jdbc.sql("select count(*) from vocabulary_term where vocabulary = "
                + "'ACT_TYPE' and code = ?").param(stratum.actType()).query(Long.class).single() == 0) {
            problems.add(new FieldProblem("stratum.actType", "Unknown act type " + stratum.actType()));
        }
        if (stratum.place() != null) {
            Visibility.Condition v = Visibility.countable(caller, "t");
            List<Object> params = new ArrayList<>(v.params());
            params.add(stratum.place());
            if (jdbc.sql("select count(*) from place t where t.deleted_at is null and " + v.sql() + " and t.id = ?")
                    .params(params).query(Long.class).single() == 0) {
                problems.add(new FieldProblem("stratum.place", "No place with id " + stratum.place()));
            }
        }
        if (stratum.from() != null && stratum.to() != null
                && PartialDate.parse(stratum.from()).earliest().isAfter(PartialDate.parse(stratum.to()).latest())) {
            problems.add(new FieldProblem("stratum.to", "The period ends before it starts"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
    }

    /** Rows (mask, n, lvl): how many persons have each pattern of lists, and the highest level counted. */
    private List<Map<String, Object>> patterns(EstimateRequest request, Caller caller) {
        EstimateRequest.Stratum stratum = request.stratum();
        List<Object> params = new ArrayList<>();
        StringBuilder with = new StringBuilder("with recursive types(code) as (select ?::text union select v.code "
                + "from vocabulary_term v join types on v.vocabulary = 'ACT_TYPE' and v.parent_code = types.code), "
                + "places(id) as (select ?::uuid union select p.id from place p join places on p.parent_id = places.id) ");
        params.add(stratum == null ? null : stratum.actType());
        params.add(stratum == null ? null : stratum.place());
        String ids = request.lists().stream().map(UUID::toString).collect(Collectors.joining(","));
        StringBuilder inner = new StringBuilder("select c.record_id, bit_or(1 << (array_position(string_to_array(?, ',')"
                + "::uuid[], c.source_id) - 1)) as mask, greatest(max(" + rank("c") + "), max(" + rank("p") + ")");
        params.add(ids);
        inner.append(stratum != null && stratum.needsAct() ? ", max(a.lvl)) as lvl" : ") as lvl");
        inner.append(" from citation c join person p on p.id = c.record_id");
        if (stratum != null && stratum.needsAct()) {
            Visibility.Condition va = Visibility.countable(caller, "a");
            inner.append(" join lateral (select max(").append(rank("a")).append(") as lvl from act a where ")
                    .append("a.victim_id = p.id and a.deleted_at is null and ").append(va.sql());
            params.addAll(va.params());
            if (stratum.actType() != null) {
                inner.append(" and a.type in (select code from types)");
            }
            if (stratum.place() != null) {
                inner.append(" and a.place_id in (select id from places)");
            }
            if (stratum.from() != null) {
                inner.append(" and a.date_earliest >= ?");
                params.add(PartialDate.parse(stratum.from()).earliest());
            }
            if (stratum.to() != null) {
                inner.append(" and a.date_latest <= ?");
                params.add(PartialDate.parse(stratum.to()).latest());
            }
            inner.append(") a on a.lvl is not null");
        }
        Visibility.Condition vc = Visibility.countable(caller, "c");
        Visibility.Condition vp = Visibility.countable(caller, "p");
        inner.append(" where c.record_type = 'person' and c.deleted_at is null and p.deleted_at is null")
                .append(" and c.source_id = any(string_to_array(?, ',')::uuid[]) and ").append(vc.sql())
                .append(" and ").append(vp.sql());
        params.add(ids);
        params.addAll(vc.params());
        params.addAll(vp.params());
        if (stratum != null && stratum.sex() != null) {
            inner.append(" and p.sex = ?");
            params.add(stratum.sex());
        }
        inner.append(" group by c.record_id");
        String sql = with + "select m.mask, count(*) as n, max(m.lvl) as lvl from (" + inner + ") m group by m.mask";
        return jdbc.sql(sql).params(params).query().listOfRows();
    }

    /** SQL for the 1-based rank of a row's confidentiality (PUBLIC = 1). */
    private static String rank(String alias) {
        return "array_position(string_to_array('" + LEVELS + "', ','), " + alias + ".confidentiality)";
    }

    private static Confidentiality max(Confidentiality a, Confidentiality b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
