package org.dadkhah.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Role;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Counts read the read condition in its two disjoint parts ({@code Visibility.readableParts}: the levels the caller
 * reads, and the records above them shared with the caller): each record the caller could list counts once, a hidden
 * one never, in {@link RecordQueries#count} and in {@link RecordSummaries#countByYear} alike.
 */
class ReadableCountsTests extends ApiTest {

    @Autowired
    RecordQueries queries;

    @Autowired
    RecordSummaries summaries;

    @Autowired
    RecordTypes types;

    @Test
    void aRecordSharedAboveTheCallersLevelCountsOnceAndAHiddenOneNever() throws Exception {
        token(Role.VIEWER);
        Caller viewer = new Caller("test-viewer", Role.VIEWER, Set.of(), false);
        RecordType acts = types.require("acts");
        Map<Integer, Long> before = summaries.countByYear(acts, "date", viewer);
        String victim = create("/api/v1/persons", "{\"confidentiality\":\"PUBLIC\",\"names\":[{\"text\":\""
                + unique("Counted") + "\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}]}");
        act(victim, "PUBLIC", "1367-05-01");
        String shared = act(victim, "RESTRICTED", "1367-05-02");
        act(victim, "RESTRICTED", "1368-05-01");
        act(victim, "INTERNAL", "1360-01-01");
        assertThat(putJson("/api/v1/acts/" + shared + "/shares", admin(), null,
                "{\"grantees\":[\"user:test-viewer\"]}").status()).isEqualTo(200);

        Map<String, String> byVictim = Map.of("victim", victim);
        assertThat(queries.count(acts, byVictim, viewer)).isEqualTo(2)
                .isEqualTo(queries.listPlain(acts, byVictim, null, 50, viewer).items().size());
        Map<Integer, Long> after = summaries.countByYear(acts, "date", viewer);
        assertThat(after.getOrDefault(1988, 0L) - before.getOrDefault(1988, 0L)).isEqualTo(2);
        assertThat(after.getOrDefault(1989, 0L)).isEqualTo(before.getOrDefault(1989, 0L));
        assertThat(after.getOrDefault(1981, 0L)).isEqualTo(before.getOrDefault(1981, 0L));
    }

    private String act(String victim, String level, String date) throws Exception {
        return create("/api/v1/acts", "{\"confidentiality\":\"" + level + "\",\"type\":\"ARBITRARY_ARREST\",\"victim\":\""
                + victim + "\",\"date\":\"" + date + "\"}");
    }
}
