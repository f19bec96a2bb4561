package org.dadkhah.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dadkhah.security.Role;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/estimates} against the real database.
 *
 * <p>The fixture (built once per test, with fresh sources): three LIST sources A, B, C and an ARTICLE source.
 * Persons p1..p12 (INTERNAL) are cited so that
 * <pre>
 *   A = {p1..p8}            (p1 is cited twice by A: still one person on A)
 *   B = {p1, p2, p3, p9, p10, p11}
 *   C = {p1, p4, p9, p12}
 * </pre>
 * plus p13 (SECRET) cited by A and B, which an analyst (count ceiling RESTRICTED) must not count, and p14 cited by
 * A through a citation that was then deleted, which nobody counts.
 *
 * <p>For an analyst, lists A and B: n1 = 8, n2 = 6, m = |A and B| = 3, observed = 8 + 6 - 3 = 11.
 * Lincoln-Petersen N = n1 n2 / m = 48 / 3 = 16; Chapman N = (n1 + 1)(n2 + 1)/(m + 1) - 1 = 63 / 4 - 1 = 14.75.
 * For an admin (who counts p13): n1 = 9, n2 = 7, m = 4, Chapman = 10 * 8 / 5 - 1 = 15.
 *
 * <p>Stratum EXECUTION acts dated within 1988-07-01 .. 1988-09-30: p1, p2, p3, p4, p5 and p9 have one, p6 has one in
 * 1989 and p7 one of another type. Then A = {p1..p5} (5), B = {p1, p2, p3, p9} (4), m = 3 and Chapman
 * = 6 * 5 / 4 - 1 = 6.5.
 */
class EstimateApiTests extends ApiTest {

    private static final String SHORT_LCMCR = """
            "lcmcr":{"classes":3,"chains":2,"burnIn":200,"samples":200,"thinning":1}""";

    @Autowired
    JdbcClient jdbc;

    private String a;
    private String b;
    private String c;
    private String article;
    private final List<String> names = new ArrayList<>();
    private final List<String> p = new ArrayList<>();

    @BeforeEach
    void fixture() throws Exception {
        a = list("A");
        b = list("B");
        c = list("C");
        article = create("/api/v1/sources", "{\"kind\":\"ARTICLE\",\"title\":\"Article\"}");
        p.clear();
        p.add(null);
        for (int i = 1; i <= 14; i++) {
            p.add(person(i == 13 ? "SECRET" : "INTERNAL"));
        }
        for (int i = 1; i <= 8; i++) {
            cite(a, p.get(i));
        }
        cite(a, p.get(1));
        for (int i : new int[] {1, 2, 3, 9, 10, 11}) {
            cite(b, p.get(i));
        }
        for (int i : new int[] {1, 4, 9, 12}) {
            cite(c, p.get(i));
        }
        cite(a, p.get(13));
        cite(b, p.get(13));
        String gone = cite(a, p.get(14));
        assertThat(deleteJson("/api/v1/citations/" + gone, admin()).status()).isEqualTo(204);
        for (int i : new int[] {1, 2, 3, 4, 5, 9}) {
            act(p.get(i), "EXECUTION", "1988-08-0" + (i % 9 + 1));
        }
        act(p.get(6), "EXECUTION", "1989-01-10");
        act(p.get(7), "ARBITRARY_ARREST", "1988-08-01");
    }

    @Test
    void chapmanOnTwoListsFromTheDatabase() throws Exception {
        var response = postJson("/api/v1/estimates", token(Role.ANALYST), """
                {"lists":["%s","%s"],"method":"chapman"}""".formatted(a, b));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(response.header("Location")).endsWith("/api/v1/estimates/" + response.body().get("id").asString());
        JsonNode result = response.body().get("result");
        assertThat(result.get("observed").asLong()).isEqualTo(11);
        assertThat(estimate(result, "chapman")).isCloseTo(14.75, within(1e-9));
        assertThat(estimate(result, "lincoln-petersen")).isCloseTo(16.0, within(1e-9));
        assertThat(response.body().get("table").asString()).contains("1,1,3").contains("1,0,5").contains("0,1,3");
        assertThat(response.body().get("lists").get(0).get("size").asLong()).isEqualTo(8);
        String statement = response.body().get("methodStatement").asString();
        assertThat(statement).contains("linkage module").contains("person record").contains("Chapman")
                .contains("Assumptions").contains("Caveats").contains(a).contains("seed");
        noNames(response.text());

        var asAdmin = postJson("/api/v1/estimates", admin(), """
                {"lists":["%s","%s"],"method":"chapman"}""".formatted(a, b));
        assertThat(estimate(asAdmin.body().get("result"), "chapman")).isCloseTo(15.0, within(1e-9));
        assertThat(asAdmin.body().get("confidentiality").asString()).isEqualTo("SECRET");
        String secretRun = asAdmin.body().get("id").asString();
        assertThat(getJson("/api/v1/estimates/" + secretRun, token(Role.ANALYST)).status()).isEqualTo(404);
    }

    @Test
    void stratumCountsOnlyVictimsOfMatchingActs() throws Exception {
        var response = postJson("/api/v1/estimates", token(Role.EDITOR), """
                {"lists":["%s","%s"],"method":"chapman",
                 "stratum":{"actType":"EXECUTION","from":"1988-07-01","to":"1988-09-30"}}""".formatted(a, b));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(response.body().get("result").get("observed").asLong()).isEqualTo(6);
        assertThat(estimate(response.body().get("result"), "chapman")).isCloseTo(6.5, within(1e-9));
        assertThat(response.body().get("methodStatement").asString()).contains("EXECUTION").contains("1988-09-30");
    }

    @Test
    void strataFromTheDatabaseAreEstimatedSeparatelyAddedUpAndTheirOverlapIsStated() throws Exception {
        for (int i : new int[] {2, 10, 11, 12}) {
            act(p.get(i), "DETENTION", "1989-03-0" + i % 9);
        }
        var response = postJson("/api/v1/estimates", token(Role.ANALYST), """
                {"lists":["%s","%s"],"method":"chapman","strata":[
                 {"name":"executed, summer 1988","actType":"EXECUTION","from":"1988-07-01","to":"1988-09-30"},
                 {"name":"1989","from":"1989-01-01","to":"1989-12-31"}]}""".formatted(a, b));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        JsonNode result = response.body().get("result");
        // Summer 1988: 3 on both lists, 2 on A only, 1 on B only: Chapman (5+1)(4+1)/(3+1) - 1 = 6.5.
        // 1989: p2 on both, p6 on A only, p10 and p11 on B only (p12 is on neither list): (2+1)(3+1)/2 - 1 = 5.
        assertThat(result.get("strata").findValuesAsString("stratum")).containsExactly("executed, summer 1988", "1989");
        assertThat(estimate(result.get("strata").get(0), "chapman")).isCloseTo(6.5, within(1e-9));
        assertThat(estimate(result.get("strata").get(1), "chapman")).isCloseTo(5.0, within(1e-9));
        assertThat(estimate(result, "chapman")).isCloseTo(11.5, within(1e-9));
        assertThat(response.body().get("table").asString()).startsWith(response.body().get("lists").get(0)
                .get("name").asString()).contains(",stratum,count").contains("1989");
        String statement = response.body().get("methodStatement").asString();
        assertThat(statement).contains("**1989**").contains("executed, summer 1988").contains("EXECUTION")
                .contains("1 counted person(s) fall in more than one stratum");
        noNames(response.text());
        String id = response.body().get("id").asString();
        var rerun = postJson("/api/v1/estimates/" + id + "/rerun", token(Role.ANALYST), "");
        assertThat(rerun.body().get("reproduces").asBoolean()).as(rerun.text()).isTrue();

        problem("{\"lists\":[\"%s\",\"%s\"],\"strata\":[{\"name\":\"x\",\"from\":\"1950\",\"to\":\"1950\"},"
                .formatted(a, b) + "{\"name\":\"y\",\"actType\":\"EXECUTION\"}]}", "strata[0]");
        problem("{\"lists\":[\"%s\",\"%s\"],\"strata\":[{\"name\":\"x\"},{\"name\":\"X\"}]}".formatted(a, b),
                "strata[1].name");
        problem("{\"lists\":[\"%s\",\"%s\"],\"strata\":[{\"name\":\"x\",\"to\":\"summer\"},{\"name\":\"y\"}]}"
                .formatted(a, b), "strata[0].to");
        problem("{\"lists\":[\"%s\",\"%s\"],\"strata\":[{\"name\":\"x\"}]}".formatted(a, b), "strata");
        problem("{\"lists\":[\"%s\",\"%s\"],\"stratum\":{},\"strata\":[{\"name\":\"x\"},{\"name\":\"y\"}]}"
                .formatted(a, b), "strata");
    }

    @Test
    void storedRunIsReadableAndRerunReproducesIt() throws Exception {
        var response = postJson("/api/v1/estimates", token(Role.ANALYST), """
                {"lists":["%s","%s","%s"],"method":"lcmcr","seed":42,%s}""".formatted(a, b, c, SHORT_LCMCR));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        String id = response.body().get("id").asString();
        var stored = getJson("/api/v1/estimates/" + id, token(Role.ANALYST));
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body().get("request").get("seed").asLong()).isEqualTo(42);
        assertThat(stored.body().get("request").get("lcmcr").get("burnIn").asInt()).isEqualTo(200);
        assertThat(stored.body().get("result")).isEqualTo(response.body().get("result"));
        assertThat(stored.body().get("result").get("observed").asLong()).isEqualTo(12);
        assertThat(stored.body().get("createdBy").asString()).isEqualTo("test-analyst");
        assertThat(stored.body().get("methodStatement").asString()).contains("LCMCR").contains("seed 42");

        var rerun = postJson("/api/v1/estimates/" + id + "/rerun", token(Role.ANALYST), "");
        assertThat(rerun.status()).as(rerun.text()).isEqualTo(200);
        assertThat(rerun.body().get("reproduces").asBoolean()).isTrue();
        assertThat(estimate(rerun.body().get("result"), "lcmcr"))
                .isEqualTo(estimate(stored.body().get("result"), "lcmcr"));

        var listed = getJson("/api/v1/estimates?limit=500", token(Role.ANALYST));
        assertThat(listed.body().get("items").findValuesAsString("id")).contains(id);

        String row = jdbc.sql("select row_to_json(r)::text from estimate_run r where id = ?::uuid").param(id)
                .query(String.class).single();
        noNames(row);
        noNames(stored.text());
    }

    @Test
    void uploadedTableWorksAndIsStored() throws Exception {
        // n1 = 5 + 3 = 8, n2 = 4 + 3 = 7, m = 3: Chapman = 9 * 8 / 4 - 1 = 17.
        var response = postJson("/api/v1/estimates", token(Role.ANALYST), """
                {"table":"first,second,count\\n1,0,5\\n0,1,4\\n1,1,3\\n","method":"chapman","seed":7}""");
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(estimate(response.body().get("result"), "chapman")).isCloseTo(17.0, within(1e-9));
        assertThat(response.body().get("methodStatement").asString()).contains("uploaded");
        String id = response.body().get("id").asString();
        var rerun = postJson("/api/v1/estimates/" + id + "/rerun", token(Role.ADMIN), "");
        assertThat(rerun.body().get("reproduces").asBoolean()).isTrue();
        // One short chain: R-hat is not a number; the run must still be stored and reproduce (no seed given).
        var one = postJson("/api/v1/estimates", token(Role.ANALYST), """
                {"table":"first,second,third,count\\n1,0,0,5\\n0,1,0,4\\n1,1,0,3\\n0,0,1,2\\n1,0,1,1\\n","method":"all",
                 "lcmcr":{"chains":1,"burnIn":10,"samples":5,"thinning":1}}""");
        assertThat(one.status()).as(one.text()).isEqualTo(201);
        var again = postJson("/api/v1/estimates/" + one.body().get("id").asString() + "/rerun", token(Role.ANALYST), "");
        assertThat(again.body().get("reproduces").asBoolean()).as(again.text()).isTrue();
    }

    @Test
    void badInputsAreRefusedWithProblemDetails() throws Exception {
        problem("{\"lists\":[\"%s\"]}".formatted(a), "lists");
        problem("{\"lists\":[\"%s\",\"%s\"]}".formatted(a, article), "lists[1]");
        problem("{\"lists\":[\"%s\",\"%s\"]}".formatted(a, UUID.randomUUID()), "lists[1]");
        var table = problem("{\"table\":\"a,b,count\\n1,2,5\\n\"}", "table");
        assertThat(table.text()).contains("must be 0 or 1");
        problem("{\"table\":\"a,count\\n1,5\\n\"}", "table");
        problem("{\"lists\":[\"%s\",\"%s\"],\"colour\":\"red\"}".formatted(a, b), "colour");
        problem("{\"lists\":[\"%s\",\"%s\"],\"stratum\":{\"sex\":\"X\"}}".formatted(a, b), "stratum.sex");
        problem("{\"lists\":[\"%s\",\"%s\"],\"method\":\"magic\"}".formatted(a, b), "method");
        problem("{\"lists\":[\"%s\",\"%s\"],\"lcmcr\":{\"chains\":0}}".formatted(a, b), "lcmcr.chains");
        problem("{\"lists\":[\"%s\",\"%s\"],\"lcmcr\":{\"chains\":8,\"samples\":20000,\"thinning\":1000}}"
                .formatted(a, b), "lcmcr");
        problem("{\"lists\":[\"%s\",\"%s\"],\"lcmcr\":{\"samples\":500,\"maxSamples\":100}}".formatted(a, b),
                "lcmcr.maxSamples");
        StringBuilder wide = new StringBuilder("L0,L1,L2,L3,L4,L5,L6,L7,L8,L9,L10,L11,L12,L13,L14,L15,count\\n");
        for (int mask = 1; mask <= 600; mask++) {
            for (int j = 0; j < 16; j++) {
                wide.append((mask >> j) & 1).append(',');
            }
            wide.append("1\\n");
        }
        problem("{\"table\":\"" + wide + "\"}", "lcmcr");
    }

    @Test
    void onlyAnalystsEditorsAndAdminsMayRunEstimates() throws Exception {
        String body = "{\"lists\":[\"%s\",\"%s\"],\"method\":\"chapman\"}".formatted(a, b);
        assertThat(postJson("/api/v1/estimates", token(Role.VIEWER), body).status()).isEqualTo(403);
        assertThat(postJson("/api/v1/estimates", token(Role.RESEARCHER), body).status()).isEqualTo(403);
        assertThat(getJson("/api/v1/estimates", token(Role.VIEWER)).status()).isEqualTo(403);
        var run = postJson("/api/v1/estimates", token(Role.EDITOR), body);
        assertThat(run.status()).isEqualTo(201);
        assertThat(getJson("/api/v1/estimates/" + run.body().get("id").asString(), token(Role.VIEWER)).status())
                .isEqualTo(403);
        var anonymous = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/estimates").contentType("application/json").content(body)).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
    }

    private ApiTest.Response problem(String body, String field) throws Exception {
        var response = postJson("/api/v1/estimates", token(Role.ANALYST), body);
        assertThat(response.status()).as(body + " -> " + response.text()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("errors").findValuesAsString("field")).as(response.text()).contains(field);
        return response;
    }

    private static double estimate(JsonNode result, String method) {
        for (JsonNode r : result.get("results")) {
            if (r.get("method").asString().equals(method)) {
                return r.get("estimate").asDouble();
            }
        }
        throw new AssertionError("no " + method + " in " + result);
    }

    private void noNames(String text) {
        for (String name : names) {
            assertThat(text).doesNotContain(name);
        }
    }

    private String list(String name) throws Exception {
        return create("/api/v1/sources", "{\"kind\":\"LIST\",\"title\":\"%s\"}".formatted(unique("List " + name)));
    }

    private String person(String level) throws Exception {
        String name = unique("Victim");
        names.add(name);
        return create("/api/v1/persons", """
                {"names":[{"text":"%s","script":"LATIN","kind":"BIRTH_NAME"}],"sex":"MALE","confidentiality":"%s"}"""
                .formatted(name, level));
    }

    private String cite(String source, String person) throws Exception {
        return create("/api/v1/citations", """
                {"source":"%s","recordType":"person","recordId":"%s"}""".formatted(source, person));
    }

    private void act(String victim, String type, String date) throws Exception {
        create("/api/v1/acts", """
                {"type":"%s","victim":"%s","date":"%s"}""".formatted(type, victim, date));
    }
}
