package org.dadkhah.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dadkhah.shared.Confidentiality;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint x every role x every confidentiality level: a record at a level is revealed, counted or
 * changed exactly when the role allows it (a count by name counts only what the caller could list, so analysts too
 * count only up to what they read). An endpoint without a probe here fails the test. {@link ReadPathMatrixTests}
 * checks the bodies of every read path for anything beyond the caller's rights.
 */
class AccessMatrixTests extends ApiTest {

    /** What an endpoint does with a record: read it, count it, or change it. */
    enum Kind { READ, COUNT, WRITE, SHARE, ANY, ADMIN, ESTIMATES, SEALED_READ, SEALED_WRITE }

    /** Exercises one endpoint on the fixture of one level; returns whether the caller got at the record. */
    @FunctionalInterface
    interface Probe {
        boolean reaches(String token, Fixture f) throws Exception;
    }

    record Fixture(String person, String name, String source, String witness) {
    }

    record Endpoint(Kind kind, Probe probe) {
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

    AccessMatrixTests() {
        endpoints.put("GET /api/v1/{type}", new Endpoint(Kind.READ,
                (t, f) -> getJson("/api/v1/persons?name=" + f.name(), t).text().contains(f.person())));
        endpoints.put("GET /api/v1/search", new Endpoint(Kind.READ,
                (t, f) -> getJson("/api/v1/search?q=" + f.name(), t).text().contains(f.person())));
        endpoints.put("GET /api/v1/search/suggest", new Endpoint(Kind.READ,
                (t, f) -> getJson("/api/v1/search/suggest?q=" + f.name(), t).text().contains(f.person())));
        endpoints.put("GET /api/v1/{type}/count", new Endpoint(Kind.COUNT,
                (t, f) -> getJson("/api/v1/persons/count?name=" + f.name(), t).body().path("count").asLong() == 1));
        endpoints.put("GET /api/v1/{type}/aggregate", new Endpoint(Kind.ANY,
                (t, f) -> getJson("/api/v1/persons/aggregate?sex=UNKNOWN", t).status() == 200));
        endpoints.put("GET /api/v1/{type}/{id}", new Endpoint(Kind.READ,
                (t, f) -> getJson("/api/v1/persons/" + f.person(), t).status() == 200));
        endpoints.put("GET /api/v1/{type}/{id}/history", new Endpoint(Kind.READ,
                (t, f) -> getJson("/api/v1/persons/" + f.person() + "/history", t).status() == 200));
        endpoints.put("GET /api/v1/persons/{id}/timeline", new Endpoint(Kind.READ,
                (t, f) -> getJson("/api/v1/persons/" + f.person() + "/timeline", t).status() == 200));
        endpoints.put("POST /api/v1/{type}", new Endpoint(Kind.WRITE, (t, f) -> postJson("/api/v1/citations", t, """
                {"source":"%s","recordType":"person","recordId":"%s","confidentiality":"PUBLIC"}"""
                .formatted(f.source(), f.person())).status() == 201));
        endpoints.put("PUT /api/v1/{type}/{id}", new Endpoint(Kind.WRITE, (t, f) -> putJson("/api/v1/persons/" + f.person(),
                t, "\"" + version(f) + "\"", personBody(f.name(), level(f))).status() == 200));
        endpoints.put("DELETE /api/v1/{type}/{id}", new Endpoint(Kind.WRITE, (t, f) -> {
            boolean deleted = deleteJson("/api/v1/persons/" + f.person(), t).status() == 204;
            if (deleted) {
                postJson("/api/v1/persons/" + f.person() + "/restore", admin(), "");
            }
            return deleted;
        }));
        endpoints.put("POST /api/v1/{type}/{id}/restore", new Endpoint(Kind.WRITE,
                (t, f) -> postJson("/api/v1/persons/" + f.person() + "/restore", t, "").status() == 200));
        endpoints.put("POST /api/v1/{type}/{id}/history/{version}/restore", new Endpoint(Kind.WRITE,
                (t, f) -> postJson("/api/v1/persons/" + f.person() + "/history/0/restore", t, "").status() == 200));
        endpoints.put("GET /api/v1/sources/{id}/file", new Endpoint(Kind.READ,
                (t, f) -> getJson("/api/v1/sources/" + f.source() + "/file", t).status() == 200));
        endpoints.put("GET /api/v1/sources/{id}/custody", new Endpoint(Kind.READ,
                (t, f) -> getJson("/api/v1/sources/" + f.source() + "/custody", t).status() == 200));
        endpoints.put("POST /api/v1/sources/{id}/custody", new Endpoint(Kind.WRITE,
                (t, f) -> postJson("/api/v1/sources/" + f.source() + "/custody", t, "{\"transferredTo\":\"court\"}").status() == 200));
        endpoints.put("POST /api/v1/sources/{id}/file", new Endpoint(Kind.WRITE,
                (t, f) -> mvc.perform(multipart("/api/v1/sources/" + f.source() + "/file")
                        .file(new MockMultipartFile("file", "note.txt", "text/plain", "a statement".getBytes()))
                        .header("Authorization", "Bearer " + t)).andReturn().getResponse().getStatus() == 200));
        endpoints.put("GET /api/v1/{type}/{id}/shares", new Endpoint(Kind.READ,
                (t, f) -> getJson("/api/v1/persons/" + f.person() + "/shares", t).status() == 200));
        endpoints.put("PUT /api/v1/{type}/{id}/shares", new Endpoint(Kind.SHARE,
                (t, f) -> putJson("/api/v1/persons/" + f.person() + "/shares", t, null,
                        "{\"grantees\":[\"group:lawyers\"]}").status() == 200));
        endpoints.put("GET /api/v1/{type}/export", new Endpoint(Kind.READ,
                (t, f) -> getJson("/api/v1/persons/export?format=csv&name=" + f.name(), t).text().contains(f.person())));
        endpoints.put("POST /api/v1/imports", new Endpoint(Kind.WRITE, (t, f) -> {
            String level = level(f).name();
            String mapping = "list: {title: 'Matrix list', confidentiality: %s}\nperson: {confidentiality: %s, name: name}\n"
                    .formatted(level, level);
            return mvc.perform(multipart("/api/v1/imports")
                    .file(new MockMultipartFile("file", "list.csv", "text/csv", ("name\n" + f.name() + " " + t.hashCode()
                            + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .file(new MockMultipartFile("mapping", "m.yml", "application/yaml", mapping.getBytes()))
                    .header("Authorization", "Bearer " + t)).andReturn().getResponse().getStatus() == 200;
        }));
        endpoints.put("GET /api/v1/vocabularies", new Endpoint(Kind.ANY,
                (t, f) -> getJson("/api/v1/vocabularies", t).status() == 200));
        endpoints.put("GET /api/v1/vocabularies/{name}", new Endpoint(Kind.ANY,
                (t, f) -> getJson("/api/v1/vocabularies/ACT_TYPE", t).status() == 200));
        endpoints.put("PUT /api/v1/vocabularies/{name}/{code}", new Endpoint(Kind.ADMIN,
                (t, f) -> putJson("/api/v1/vocabularies/ACT_TYPE/MATRIX_TEST", t, null,
                        "{\"labelEn\":\"Test\",\"labelFa\":\"آزمون\",\"active\":false}").status() == 200));
        endpoints.put("GET /api/v1/testimonies/{id}/recordings", new Endpoint(Kind.SEALED_READ,
                (t, f) -> getJson("/api/v1/testimonies/" + f.witness() + "/recordings", t).status() == 200));
        endpoints.put("GET /api/v1/testimonies/{id}/recordings/{sha256}", new Endpoint(Kind.SEALED_READ,
                (t, f) -> getJson("/api/v1/testimonies/" + f.witness() + "/recordings/" + RECORDING_SHA, t).status() == 200));
        endpoints.put("POST /api/v1/testimonies/{id}/recordings", new Endpoint(Kind.SEALED_WRITE,
                (t, f) -> mvc.perform(multipart("/api/v1/testimonies/" + f.witness() + "/recordings")
                        .file(new MockMultipartFile("file", "r.txt", "text/plain", "another statement".getBytes()))
                        .header("Authorization", "Bearer " + t)).andReturn().getResponse().getStatus() == 201));
        endpoints.put("POST /api/v1/estimates", new Endpoint(Kind.ESTIMATES,
                (t, f) -> postJson("/api/v1/estimates", t, TABLE).status() == 201));
        endpoints.put("GET /api/v1/estimates", new Endpoint(Kind.ESTIMATES,
                (t, f) -> getJson("/api/v1/estimates", t).status() == 200));
        endpoints.put("GET /api/v1/estimates/{id}", new Endpoint(Kind.ESTIMATES,
                (t, f) -> getJson("/api/v1/estimates/" + run(), t).status() == 200));
        endpoints.put("POST /api/v1/estimates/{id}/rerun", new Endpoint(Kind.ESTIMATES,
                (t, f) -> postJson("/api/v1/estimates/" + run() + "/rerun", t, "").status() == 200));
        endpoints.put("POST /api/v1/linkage/runs", new Endpoint(Kind.WRITE, (t, f) -> {
            var ran = postJson("/api/v1/linkage/runs", t, "{\"name\":\"%s\"}".formatted(f.name()));
            return ran.status() == 200 && ran.body().get("persons").asInt() >= 1;
        }));
        endpoints.put("GET /api/v1/linkage/review", new Endpoint(Kind.READ, (t, f) -> {
            linkPair(f);
            return getJson("/api/v1/linkage/review?person=" + f.person(), t).text().contains(f.person());
        }));
        endpoints.put("POST /api/v1/linkage/pairs", new Endpoint(Kind.WRITE, (t, f) -> postJson("/api/v1/linkage/pairs", t,
                "{\"left\":\"%s\",\"right\":\"%s\"}".formatted(f.person(), twin())).status() == 201));
        endpoints.put("GET /api/v1/linkage/pairs/{id}", new Endpoint(Kind.READ,
                (t, f) -> getJson("/api/v1/linkage/pairs/" + linkPair(f), t).status() == 200));
        endpoints.put("POST /api/v1/linkage/pairs/{id}/decision", new Endpoint(Kind.WRITE, (t, f) -> postJson(
                "/api/v1/linkage/pairs/" + linkPair(f) + "/decision", t, "{\"decision\":\"accept\"}").status() == 200));
        endpoints.put("POST /api/v1/linkage/pairs/{id}/undo", new Endpoint(Kind.WRITE, (t, f) -> {
            String pair = linkPair(f);
            postJson("/api/v1/linkage/pairs/" + pair + "/decision", admin(), "{\"decision\":\"reject\"}");
            return postJson("/api/v1/linkage/pairs/" + pair + "/undo", t, "{}").status() == 200;
        }));
        endpoints.put("GET /api/v1/linkage/persons/{id}/group", new Endpoint(Kind.READ,
                (t, f) -> getJson("/api/v1/linkage/persons/" + f.person() + "/group", t).status() == 200));
    }

    /** A public person to pair fixtures with. */
    private String twin() throws Exception {
        return create("/api/v1/persons", personBody(unique("Twin").replace(" ", ""), Confidentiality.PUBLIC));
    }

    /** A review pair (proposed by an administrator) of the fixture's person and a public person. */
    private String linkPair(Fixture f) throws Exception {
        return postJson("/api/v1/linkage/pairs", admin(), "{\"left\":\"%s\",\"right\":\"%s\"}"
                .formatted(f.person(), twin())).body().get("id").asString();
    }

    private static final String TABLE = "{\"table\":\"a,b,count\\n1,0,5\\n0,1,4\\n1,1,3\\n\",\"method\":\"chapman\"}";

    private static final String RECORDING = "a recorded statement";
    private static final String RECORDING_SHA = sha256(RECORDING);

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String run;

    private String run() throws Exception {
        if (run == null) {
            var created = postJson("/api/v1/estimates", admin(), TABLE);
            run = created.body().get("id").asString();
        }
        return run;
    }

    @Test
    void everyApiEndpointHasAProbe() {
        Set<String> actual = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().forEach(pattern -> {
            if (pattern.startsWith("/api/")) {
                info.getMethodsCondition().getMethods().forEach(m -> actual.add(m.name() + " " + pattern));
            }
        }));
        assertThat(endpoints.keySet()).containsAll(actual);
        assertThat(actual).containsAll(endpoints.keySet());
    }

    @Test
    void eachRoleReachesExactlyTheLevelsItMayOnEveryEndpoint() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Confidentiality level : Confidentiality.values()) {
            for (Role role : Role.values()) {
                for (var endpoint : endpoints.entrySet()) {
                    Fixture f = fixture(level);
                    boolean expected = switch (endpoint.getValue().kind()) {
                        case READ -> level.atMost(role.readCeiling());
                        case COUNT -> level.atMost(role.readCeiling());
                        case WRITE -> role.writes() && level.atMost(role.readCeiling());
                        case SHARE -> role.writes() && level.atMost(role.readCeiling())
                                && role.readCeiling().compareTo(Confidentiality.RESTRICTED) >= 0;
                        case ANY -> true;
                        case ADMIN -> role == Role.ADMIN;
                        case SEALED_READ -> level.atMost(role.readCeiling())
                                && role.readCeiling().compareTo(Confidentiality.RESTRICTED) >= 0;
                        case SEALED_WRITE -> role.writes() && level.atMost(role.readCeiling())
                                && role.readCeiling().compareTo(Confidentiality.RESTRICTED) >= 0;
                        case ESTIMATES -> role == Role.ANALYST || role == Role.EDITOR || role == Role.ADMIN;
                    };
                    boolean actual = endpoint.getValue().probe().reaches(token(role), f);
                    if (actual != expected) {
                        wrong.add(endpoint.getKey() + " as " + role + " on " + level + ": got " + actual);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private Fixture fixture(Confidentiality level) throws Exception {
        String name = unique("Matrix").replace(" ", "");
        String source = create("/api/v1/sources", "{\"kind\":\"REPORT\",\"title\":\"Report\",\"confidentiality\":\"%s\"}".formatted(level));
        mvc.perform(multipart("/api/v1/sources/" + source + "/file")
                .file(new MockMultipartFile("file", "r.txt", "text/plain", ("report " + name).getBytes()))
                .header("Authorization", "Bearer " + admin()));
        String person = create("/api/v1/persons", personBody(name, level));
        String witness = create("/api/v1/testimonies", "{\"intervieweeName\":\"W\",\"confidentiality\":\"%s\"}".formatted(level));
        mvc.perform(multipart("/api/v1/testimonies/" + witness + "/recordings")
                .file(new MockMultipartFile("file", "w.txt", "text/plain", RECORDING.getBytes()))
                .header("Authorization", "Bearer " + admin()));
        return new Fixture(person, name, source, witness);
    }

    private static String personBody(String name, Confidentiality level) {
        return "{\"names\":[{\"text\":\"%s\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}],\"confidentiality\":\"%s\"}"
                .formatted(name, level);
    }

    private Confidentiality level(Fixture f) throws Exception {
        return Confidentiality.valueOf(getJson("/api/v1/persons/" + f.person(), admin()).body().get("confidentiality").asString());
    }

    private long version(Fixture f) throws Exception {
        return getJson("/api/v1/persons/" + f.person(), admin()).body().get("version").asLong();
    }
}
