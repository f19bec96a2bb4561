package org.dadkhah.estimate;

import java.util.ArrayList;
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
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds capture-history tables from the database: list {@code L} is the set of persons that a live citation of
 * source {@code L} (a source of kind LIST) points at, and people are matched across lists by person record, records
 * joined by accepted links ({@link PersonIdentities}) counting as one person.
 * Everything is counted through {@link Visibility#countable}, in SQL, so no person id or name leaves the database.
 */
@Service
@Transactional(readOnly = true)
public class EstimateTables {

    /** Column of the stratum name in the CSV text of a stratified table. */
    static final String STRATUM_COLUMN = "stratum";

    private final JdbcClient jdbc;
    private final ObjectProvider<PersonIdentities> identities;

    EstimateTables(JdbcClient jdbc, ObjectProvider<PersonIdentities> identities) {
        this.jdbc = jdbc;
        this.identities = identities;
    }

    private PersonIdentities identities() {
        return identities.getIfAvailable(() -> PersonIdentities.NONE);
    }

    /**
     * What record linkage did to a table: how many counted records were linked into how many persons, and how many
     * candidate pairs still wait for review (anywhere in the database).
     *
     * @param linkedRecords counted records that belong to a person with more than one counted record
     * @param linkedPersons persons with more than one counted record
     * @param pendingReview candidate pairs waiting for a decision
     */
    public record Linkage(long linkedRecords, long linkedPersons, long pendingReview) {
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
     * @param linkage what record linkage did to the table
     */
    public record Built(CaptureHistory history, List<ListInfo> lists, Confidentiality level, Linkage linkage) {
    }

    /**
     * @param request a request naming lists
     * @param caller who asks; only what they may count is counted
     * @return the table
     * @throws InvalidRecordException when a list or the stratum is invalid or nobody is counted
     */
    public Built build(EstimateRequest request, Caller caller) {
        return build(request.lists(), request.stratum(), "stratum", caller);
    }

    /**
     * Tables of a stratified request.
     *
     * @param strata the table of each stratum, in the request's order
     * @param overlap how many counted persons fall in more than one stratum (and are counted in each)
     */
    public record BuiltStrata(Map<String, Built> strata, long overlap) {
    }

    /**
     * @param request a request naming lists and strata
     * @param caller who asks; only what they may count is counted
     * @return one table per stratum and the overlap between strata
     * @throws InvalidRecordException when a list or a stratum is invalid or a stratum counts nobody
     */
    public BuiltStrata buildStrata(EstimateRequest request, Caller caller) {
        Map<String, Built> out = new LinkedHashMap<>();
        for (int i = 0; i < request.strata().size(); i++) {
            EstimateRequest.NamedStratum n = request.strata().get(i);
            out.put(n.name(), build(request.lists(), n.stratum(), "strata[" + i + "]", caller));
        }
        List<PersonPatterns> queries = new ArrayList<>();
        List<PersonIdentities.Link> links = identities().acceptedLinks();
        for (int i = 0; i < request.strata().size(); i++) {
            queries.add(PersonPatterns.of(request.lists(), request.strata().get(i).stratum(), caller, "_" + i,
                    links));
        }
        List<Object> params = new ArrayList<>();
        queries.forEach(q -> params.addAll(q.withParams()));
        queries.forEach(q -> params.addAll(q.innerParams()));
        String sql = "with recursive " + String.join(", ", queries.stream().map(PersonPatterns::with).toList())
                + " select count(*) from (select u.record_id from ("
                + String.join(" union all ", queries.stream().map(q -> "select q.record_id from (" + q.inner()
                + ") q").toList()) + ") u group by u.record_id having count(*) > 1) o";
        long overlap = jdbc.sql(sql).params(params).query(Long.class).single();
        return new BuiltStrata(out, overlap);
    }

    private Built build(List<UUID> ids, EstimateRequest.@Nullable Stratum stratum, String field, Caller caller) {
        List<Map<String, Object>> sources = sources(ids, caller);
        checkStratum(stratum, field, caller);
        Confidentiality level = Confidentiality.PUBLIC;
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Map<String, Object> s : sources) {
            Confidentiality l = Confidentiality.valueOf((String) s.get("confidentiality"));
            level = max(level, l);
            String title = ((String) s.get("title")).strip();
            String name = l.atMost(Role.ANALYST.readCeiling()) && !title.isEmpty() ? title : "source " + s.get("id");
            if (name.equalsIgnoreCase(CaptureHistoryCsv.COUNT_COLUMN) || name.equalsIgnoreCase(STRATUM_COLUMN)
                    || !taken.add(name.toLowerCase(Locale.ROOT))) {
                name = name + " [" + s.get("id") + "]";
                taken.add(name.toLowerCase(Locale.ROOT));
            }
            names.add(name);
        }
        long[] counts = new long[1 << names.size()];
        long linkedRecords = 0;
        long linkedPersons = 0;
        for (Map<String, Object> row : patterns(ids, stratum, caller)) {
            counts[((Number) row.get("mask")).intValue()] = ((Number) row.get("n")).longValue();
            level = max(level, Confidentiality.values()[((Number) row.get("lvl")).intValue() - 1]);
            linkedRecords += ((Number) row.get("linked_records")).longValue();
            linkedPersons += ((Number) row.get("linked_persons")).longValue();
        }
        CaptureHistory history;
        try {
            history = CaptureHistory.ofMasks(names, counts);
        } catch (CaptureHistoryException e) {
            throw InvalidRecordException.of(stratum == null ? "lists" : field, "No person you may count is cited by "
                    + "these lists" + (stratum == null ? "" : " within the stratum") + " (" + e.getMessage() + ")");
        }
        List<ListInfo> lists = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            lists.add(new ListInfo(ids.get(j), names.get(j), history.listSize(j)));
        }
        return new Built(history, lists, level,
                new Linkage(linkedRecords, linkedPersons, identities().pendingReview()));
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

    private void checkStratum(EstimateRequest.@Nullable Stratum stratum, String field, Caller caller) {
        if (stratum == null) {
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (stratum.actType() != null && jdbc.sql("select count(*) from vocabulary_term where vocabulary = "
                + "'ACT_TYPE' and code = ?").param(stratum.actType()).query(Long.class).single() == 0) {
            problems.add(new FieldProblem(field + ".actType", "Unknown act type " + stratum.actType()));
        }
        if (stratum.place() != null) {
            Visibility.Condition v = Visibility.countable(caller, "t");
            List<Object> params = new ArrayList<>(v.params());
            params.add(stratum.place());
            if (jdbc.sql("select count(*) from place t where t.deleted_at is null and " + v.sql() + " and t.id = ?")
                    .params(params).query(Long.class).single() == 0) {
                problems.add(new FieldProblem(field + ".place", "No place with id " + stratum.place()));
            }
        }
        if (stratum.from() != null && stratum.to() != null
                && PartialDate.parse(stratum.from()).earliest().isAfter(PartialDate.parse(stratum.to()).latest())) {
            problems.add(new FieldProblem(field + ".to", "The period ends before it starts"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
    }

    /**
     * Rows (mask, n, lvl, linked_records, linked_persons): how many persons have each pattern of lists, the highest
     * level counted, and how many of them are several linked records.
     */
    private List<Map<String, Object>> patterns(List<UUID> lists, EstimateRequest.@Nullable Stratum stratum,
                                               Caller caller) {
        PersonPatterns q = PersonPatterns.of(lists, stratum, caller, "", identities().acceptedLinks());
        List<Object> params = new ArrayList<>(q.withParams());
        params.addAll(q.innerParams());
        String sql = "with recursive " + q.with() + " select m.mask, count(*) as n, max(m.lvl) as lvl, "
                + "coalesce(sum(m.records) filter (where m.records > 1), 0) as linked_records, "
                + "count(*) filter (where m.records > 1) as linked_persons from (" + q.inner() + ") m group by m.mask";
        return jdbc.sql(sql).params(params).query().listOfRows();
    }

    /** @return the more confidential of the two levels */
    static Confidentiality max(Confidentiality a, Confidentiality b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
