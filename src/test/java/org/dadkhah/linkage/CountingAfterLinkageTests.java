package org.dadkhah.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.dadkhah.security.Role;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Multiple systems estimation after record linkage: accepted links make one person of several records, cited by
 * every list that cites any of them.
 *
 * <p>Lists A = {p1..p5} and B = {p1, p2, p6, p7}, all INTERNAL, plus p8 (SECRET, cited by neither). For an analyst:
 * n1 = 5, n2 = 4, m = 2, observed 7, Chapman = 6 * 5 / 3 - 1 = 9. Once p5 (on A only) and p7 (on B only) are linked,
 * they are one person on both lists: n1 = 5, n2 = 4, m = 3, observed 6, Chapman = 6 * 5 / 4 - 1 = 6.5. Links through
 * p8, which the analyst may not count (p3 - p8 - p6), do not join p3 and p6.
 */
class CountingAfterLinkageTests extends ApiTest {

    @Test
    void linkingDuplicatesAcrossListsCountsThemAsOnePersonAndTheStatementSaysSo() throws Exception {
        String a = create("/api/v1/sources", "{\"kind\":\"LIST\",\"title\":\"%s\"}".formatted(unique("List A")));
        String b = create("/api/v1/sources", "{\"kind\":\"LIST\",\"title\":\"%s\"}".formatted(unique("List B")));
        List<String> p = new ArrayList<>();
        p.add(null);
        for (int i = 1; i <= 8; i++) {
            p.add(create("/api/v1/persons", """
                    {"names":[{"text":"%s","script":"LATIN","kind":"BIRTH_NAME"}],"confidentiality":"%s"}"""
                    .formatted(unique("Victim"), i == 8 ? "SECRET" : "INTERNAL")));
        }
        for (int i = 1; i <= 5; i++) {
            cite(a, p.get(i));
        }
        for (int i : new int[] {1, 2, 6, 7}) {
            cite(b, p.get(i));
        }
        String request = "{\"lists\":[\"%s\",\"%s\"],\"method\":\"chapman\"}".formatted(a, b);

        JsonNode before = estimate(request);
        assertThat(before.get("result").get("observed").asLong()).isEqualTo(7);
        assertThat(chapman(before)).isCloseTo(9.0, within(1e-9));

        String duplicate = accept(p.get(5), p.get(7));
        accept(p.get(3), p.get(8));
        accept(p.get(8), p.get(6));
        JsonNode after = estimate(request);
        assertThat(after.get("result").get("observed").asLong()).isEqualTo(6);
        assertThat(chapman(after)).isCloseTo(6.5, within(1e-9));
        assertThat(after.get("table").asString()).contains("1,1,3");
        assertThat(after.get("methodStatement").asString())
                .contains("2 counted records were linked into 1 person.");

        var undone = postJson("/api/v1/linkage/pairs/" + duplicate + "/undo", token(Role.EDITOR), "{}");
        assertThat(undone.status()).as(undone.text()).isEqualTo(200);
        JsonNode undoneRun = estimate(request);
        assertThat(chapman(undoneRun)).isCloseTo(9.0, within(1e-9));
        assertThat(undoneRun.get("methodStatement").asString())
                .contains("No counted records were linked").containsPattern("\\d+ candidate pairs? of person records "
                        + "awaits? review");
    }

    private JsonNode estimate(String request) throws Exception {
        var response = postJson("/api/v1/estimates", token(Role.ANALYST), request);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body();
    }

    private static double chapman(JsonNode run) {
        for (JsonNode r : run.get("result").get("results")) {
            if (r.get("method").asString().equals("chapman")) {
                return r.get("estimate").asDouble();
            }
        }
        throw new AssertionError("no chapman in " + run);
    }

    private String accept(String left, String right) throws Exception {
        var created = postJson("/api/v1/linkage/pairs", admin(), "{\"left\":\"%s\",\"right\":\"%s\"}"
                .formatted(left, right));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String pair = created.body().get("id").asString();
        var decided = postJson("/api/v1/linkage/pairs/" + pair + "/decision", admin(), "{\"decision\":\"accept\"}");
        assertThat(decided.status()).as(decided.text()).isEqualTo(200);
        return pair;
    }

    private void cite(String source, String person) throws Exception {
        create("/api/v1/citations", """
                {"source":"%s","recordType":"person","recordId":"%s"}""".formatted(source, person));
    }
}
