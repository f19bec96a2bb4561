package org.dadkhah.linkage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dadkhah.estimate.PersonIdentities;
import org.dadkhah.records.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The linkage module's own tables: candidate pairs of persons with their status, and each status change. */
@Repository
class PersonLinks {

    /** A stored pair. */
    record Link(UUID id, UUID left, UUID right, @Nullable Double weight, @Nullable Double probability,
            @Nullable String suggested, @Nullable String explanation, String status, String origin) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PersonLinks(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a run's pairs: new pairs wait for review; known ones get the new score and keep their status. */
    int saveScores(List<ScoredPair> pairs, Map<ScoredPair, Explanation> explanations, String actor) {
        int added = 0;
        for (ScoredPair pair : pairs) {
            String waterfall = json.writeValueAsString(stripValues(explanations.get(pair)));
            UUID id = Ids.next();
            int inserted = jdbc.sql("""
                    insert into person_link (id, left_id, right_id, weight, probability, suggested, explanation, origin,
                        created_by)
                    values (?, least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid), ?, ?, ?, ?::jsonb, 'RUN', ?)
                    on conflict (left_id, right_id) do update set weight = excluded.weight,
                        probability = excluded.probability, suggested = excluded.suggested,
                        explanation = excluded.explanation, updated_at = now()
                    where person_link.origin = 'RUN' or person_link.weight is null""")
                    .params(id, pair.leftId(), pair.rightId(), pair.leftId(), pair.rightId(), pair.weight(),
                            pair.probability(), pair.decision(), waterfall, actor)
                    .update();
            if (inserted > 0 && find(id).isPresent()) {
                event(id, "PENDING", actor, "proposed by a linkage run");
                added++;
            }
        }
        return added;
    }

    private static Map<String, Object> stripValues(@Nullable Explanation explanation) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (explanation == null) {
            return out;
        }
        out.put("priorWeight", explanation.priorWeight());
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Explanation.Contribution c : explanation.contributions()) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("field", c.field());
            field.put("comparator", c.comparator());
            field.put("level", c.level());
            field.put("weight", c.weight());
            field.put("frequencyAdjusted", c.frequencyAdjusted());
            fields.add(field);
        }
        out.put("fields", fields);
        return out;
    }

    /** Adds a pair a person proposed (or returns the existing one). */
    Link propose(UUID a, UUID b, String actor) {
        UUID id = Ids.next();
        int inserted = jdbc.sql("""
                insert into person_link (id, left_id, right_id, origin, created_by)
                values (?, least(?, ?), greatest(?, ?), 'PROPOSED', ?) on conflict (left_id, right_id) do nothing""")
                .params(id, a, b, a, b, actor).update();
        if (inserted > 0) {
            event(id, "PENDING", actor, "proposed");
        }
        return jdbc.sql("select * from person_link where left_id = least(?, ?) and right_id = greatest(?, ?)")
                .params(a, b, a, b).query(PersonLinks::link).single();
    }

    Optional<Link> find(UUID id) {
        return jdbc.sql("select * from person_link where id = ?").param(id).query(PersonLinks::link).optional();
    }

    /** Pairs waiting for review (skipped ones last), most uncertain first, one batch at a time. */
    List<Link> queue(@Nullable UUID person, int offset, int limit) {
        String where = person == null ? "" : " and (left_id = ? or right_id = ?)";
        List<Object> params = new ArrayList<>();
        if (person != null) {
            params.add(person);
            params.add(person);
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select * from person_link where status in ('PENDING', 'SKIPPED')" + where
                + " order by status = 'SKIPPED', abs(coalesce(probability, 0.5) - 0.5), id limit ? offset ?")
                .params(params).query(PersonLinks::link).list();
    }

    /** Changes a pair's status and records who did it. */
    void setStatus(UUID id, String status, String actor, @Nullable String note) {
        jdbc.sql("update person_link set status = ?, updated_at = now() where id = ?").params(status, id).update();
        event(id, status, actor, note);
    }

    private void event(UUID id, String status, String actor, @Nullable String note) {
        jdbc.sql("insert into person_link_event (link_id, status, actor, note) values (?, ?, ?, ?)")
                .params(id, status, actor, note).update();
    }

    /** The status changes of a pair, oldest first. */
    List<Map<String, Object>> history(UUID id) {
        return jdbc.sql("select status, actor, at, note from person_link_event where link_id = ? order by id")
                .param(id).query().listOfRows();
    }

    /** Every reviewed pair, as labels for EM. */
    List<LinkageEngine.Label> labels() {
        return jdbc.sql("select left_id, right_id, status from person_link where status in ('ACCEPTED', 'REJECTED')")
                .query((rs, n) -> new LinkageEngine.Label(rs.getString(1), rs.getString(2),
                        rs.getString(3).equals("ACCEPTED"))).list();
    }

    /** Accepted pairs touching any of the persons. */
    List<Link> acceptedAround(Collection<UUID> persons) {
        UUID[] ids = persons.toArray(UUID[]::new);
        return jdbc.sql("select * from person_link where status = 'ACCEPTED' and (left_id = any(?) or right_id = any(?))")
                .params(ids, ids).query(PersonLinks::link).list();
    }

    /** Every accepted pair, as the records' ids. */
    List<PersonIdentities.Link> accepted() {
        return jdbc.sql("select left_id, right_id from person_link where status = 'ACCEPTED'")
                .query((rs, n) -> new PersonIdentities.Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
    }

    /** Pairs waiting for a decision (proposed or skipped). */
    long awaitingReview() {
        return jdbc.sql("select count(*) from person_link where status in ('PENDING', 'SKIPPED')").query(Long.class)
                .single();
    }

    private static Link link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Link(rs.getObject("id", UUID.class), rs.getObject("left_id", UUID.class),
                rs.getObject("right_id", UUID.class), (Double) rs.getObject("weight"),
                (Double) rs.getObject("probability"), rs.getString("suggested"), rs.getString("explanation"),
                rs.getString("status"), rs.getString("origin"));
    }
}
