package org.dadkhah.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Visibility;
import org.dadkhah.shared.Confidentiality;
import org.dadkhah.shared.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * SQL giving one row per counted person of a stratum: {@code record_id} (the person's identity: for records joined by
 * accepted links ({@link PersonIdentities}), the smallest id of the group), the bit {@code mask} of the lists that
 * cite any record of the person, {@code lvl}, the rank of the most confidential row counted, and {@code records},
 * how many counted records the person has. Links are followed only through counted records, so a record the caller
 * may not count never joins two others. Everything is filtered through {@link Visibility#countable}, so no person id
 * leaves the database except into an aggregate.
 *
 * @param with the recursive CTEs the query needs (act types and places within the stratum's)
 * @param withParams their parameters
 * @param inner the select
 * @param innerParams its parameters
 */
record PersonPatterns(String with, List<Object> withParams, String inner, List<Object> innerParams) {

    private static final String LEVELS = Arrays.stream(Confidentiality.values()).map(Enum::name)
            .collect(Collectors.joining(","));

    /**
     * @param lists the sources whose citations make the lists
     * @param stratum whom to count, or null for everyone cited
     * @param caller who asks; only what they may count is counted
     * @param suffix appended to the CTE names, so that several queries can share one statement
     * @param links accepted links between person records
     * @return the query
     */
    static PersonPatterns of(List<UUID> lists, EstimateRequest.@Nullable Stratum stratum,
                             Caller caller, String suffix, List<PersonIdentities.Link> links) {
        String types = "types" + suffix;
        String places = "places" + suffix;
        String with = types + "(code) as (select ?::text union select v.code from vocabulary_term v join " + types
                + " on v.vocabulary = 'ACT_TYPE' and v.parent_code = " + types + ".code), " + places + "(id) as "
                + "(select ?::uuid union select p.id from place p join " + places + " on p.parent_id = " + places
                + ".id)";
        List<Object> withParams = new ArrayList<>();
        withParams.add(stratum == null ? null : stratum.actType());
        withParams.add(stratum == null ? null : stratum.place());
        List<Object> params = new ArrayList<>();
        String ids = lists.stream().map(UUID::toString).collect(Collectors.joining(","));
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
                inner.append(" and a.type in (select code from ").append(types).append(")");
            }
            if (stratum.place() != null) {
                inner.append(" and a.place_id in (select id from ").append(places).append(")");
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
        return linked(with, withParams, inner.toString(), params, suffix, links);
    }

    /**
     * Groups the counted records of {@code cited} by identity: connected components of the accepted links among
     * counted records (recursive, through counted records only), each named by its smallest id.
     */
    private static PersonPatterns linked(String with, List<Object> withParams, String cited, List<Object> citedParams,
            String suffix, List<PersonIdentities.Link> links) {
        String c = "cited" + suffix;
        String e = "edges" + suffix;
        String r = "reach" + suffix;
        String all = with + ", " + c + " as (" + cited + "), " + e + "(a, b) as (select l.a, l.b from unnest(?::uuid[], "
                + "?::uuid[]) as l(a, b) union select l.b, l.a from unnest(?::uuid[], ?::uuid[]) as l(a, b)), " + r
                + "(id, root) as (select k.record_id, k.record_id from " + c + " k where k.record_id in (select a from "
                + e + ") union select x.b, q.root from " + r + " q join " + e + " x on x.a = q.id join " + c
                + " y on y.record_id = x.b)";
        List<Object> params = new ArrayList<>(withParams);
        params.addAll(citedParams);
        UUID[] lefts = links.stream().map(PersonIdentities.Link::left).toArray(UUID[]::new);
        UUID[] rights = links.stream().map(PersonIdentities.Link::right).toArray(UUID[]::new);
        params.addAll(List.of(lefts, rights, lefts, rights));
        String inner = "select coalesce(g.root, k.record_id) as record_id, bit_or(k.mask) as mask, max(k.lvl) as lvl, "
                + "count(*) as records from " + c + " k left join (select id, min(root::text)::uuid as root from " + r
                + " group by id) g on g.id = k.record_id group by coalesce(g.root, k.record_id)";
        return new PersonPatterns(all, params, inner, List.of());
    }

    /** SQL for the 1-based rank of a row's confidentiality (PUBLIC = 1). */
    static String rank(String alias) {
        return "array_position(string_to_array('" + LEVELS + "', ','), " + alias + ".confidentiality)";
    }
}
