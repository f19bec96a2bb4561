package org.dadkhah.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dadkhah.records.Field;
import org.dadkhah.records.ListFilter;
import org.dadkhah.records.RecordEmbed;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.MatrixWorld.Made;
import org.dadkhah.security.MatrixWorld.Secret;
import org.dadkhah.shared.Confidentiality;
import org.dadkhah.support.ApiTest;
import org.dadkhah.vocabulary.Vocabularies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The generated access matrix: every read path of the API (by id, list, every filter, count, history, shares,
 * timeline, files, recordings, and every embed, since every record is read whole) over every role, on records of
 * every declared type at every level, behind PUBLIC fronts, with sealed fields, a withdrawn consent and a share.
 * Nothing beyond the caller's rights may appear in any response body; counts are the size of what the caller could
 * list. A GET endpoint under {@code /api} without an entry in {@link #paths} fails the registry test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadPathMatrixTests extends ApiTest {

    /** Reads what one path returns for one caller on the world; returns the response bodies. */
    @FunctionalInterface
    interface ReadPath {
        List<String> read(String token, Role role) throws Exception;
    }

    @Autowired
    RecordTypes types;

    @Autowired
    Vocabularies vocabularies;

    @Autowired
    List<ListFilter> filters;

    @Autowired
    List<RecordEmbed> embeds;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private MatrixWorld world;
    private final Map<String, ReadPath> paths = new LinkedHashMap<>();
    private final List<String> countMismatches = new ArrayList<>();

    @BeforeAll
    void buildWorld() throws Exception {
        world = new MatrixWorld(types, vocabularies, json, embeds.stream().map(RecordEmbed::path)
                .filter(p -> !p.equals("*")).collect(java.util.stream.Collectors.toSet()));
        world.build(this::create);
        for (Made m : world.made) {
            if (m.type().path().equals("sources")) {
                upload("/api/v1/sources/" + m.id() + "/file", "file " + world.marker(secretOf(m)));
            }
            if (m.type().path().equals("testimonies")) {
                upload("/api/v1/testimonies/" + m.id() + "/recordings", "said " + world.marker(Secret.SEALED));
            }
        }
        String withdrawn = create("/api/v1/testimonies", "{\"notes\":\"%s\",\"consentWithdrawn\":true,\"confidentiality\":\"PUBLIC\"}"
                .formatted(world.marker(Secret.WITHDRAWN)));
        world.made.add(new Made(types.require("testimonies"), withdrawn, Confidentiality.PUBLIC, false));
        var persons = types.require("persons");
        String shared = create("/api/v1/persons", world.body(persons, Confidentiality.SECRET, Secret.SHARED, Map.of())
                .toString());
        putJson("/api/v1/persons/" + shared + "/shares", admin(), null, "{\"grantees\":[\"user:test-researcher\"]}");
        world.made.add(new Made(persons, shared, Confidentiality.SECRET, false));
        for (Confidentiality level : Confidentiality.values()) {
            String gone = create("/api/v1/persons", world.body(persons, level, Secret.valueOf(level.name()), Map.of()).toString());
            deleteJson("/api/v1/persons/" + gone, admin());
            deleted.add(new Made(persons, gone, level, false));
        }
        linkPersons();
        registerPaths();
    }

    private final List<Made> deleted = new ArrayList<>();

    private final List<String> linkPairs = new ArrayList<>();

    /** Review pairs between every two persons of the world; consecutive ones accepted, so groups cross levels. */
    private void linkPersons() throws Exception {
        List<Made> persons = of("persons");
        for (int i = 0; i < persons.size(); i++) {
            for (int j = i + 1; j < persons.size(); j++) {
                var pair = postJson("/api/v1/linkage/pairs", admin(), "{\"left\":\"%s\",\"right\":\"%s\"}"
                        .formatted(persons.get(i).id(), persons.get(j).id()));
                String id = pair.body().get("id").asString();
                linkPairs.add(id);
                if (j == i + 1) {
                    postJson("/api/v1/linkage/pairs/" + id + "/decision", admin(), "{\"decision\":\"accept\"}");
                }
            }
        }
    }

    private void registerPaths() {
        paths.put("GET /api/v1/{type}", (t, r) -> {
            List<String> bodies = each(t, types.all().stream().map(ty -> "/api/v1/" + ty.path() + "?limit=500").toList());
            bodies.addAll(each(t, types.all().stream().map(ty -> "/api/v1/" + ty.path() + "?deleted=true&limit=500").toList()));
            return bodies;
        });
        paths.put("GET /api/v1/{type}/{id}", (t, r) -> each(t, java.util.stream.Stream.concat(world.made.stream(),
                deleted.stream()).map(m -> url(m, "")).toList()));
        paths.put("GET /api/v1/{type}/{id}/history", (t, r) -> each(t, java.util.stream.Stream.concat(world.made.stream(),
                deleted.stream()).map(m -> url(m, "/history")).toList()));
        paths.put("GET /api/v1/{type}/{id}/shares", (t, r) -> each(t, world.made.stream().map(m -> url(m, "/shares")).toList()));
        paths.put("GET /api/v1/persons/{id}/timeline", (t, r) -> each(t, of("persons").stream().map(m -> url(m, "/timeline")).toList()));
        paths.put("GET /api/v1/sources/{id}/file", (t, r) -> each(t, of("sources").stream().map(m -> url(m, "/file")).toList()));
        paths.put("GET /api/v1/sources/{id}/custody", (t, r) -> each(t, of("sources").stream().map(m -> url(m, "/custody")).toList()));
        paths.put("GET /api/v1/testimonies/{id}/recordings", (t, r) -> each(t, of("testimonies").stream().map(m -> url(m, "/recordings")).toList()));
        paths.put("GET /api/v1/testimonies/{id}/recordings/{sha256}", (t, r) -> each(t, of("testimonies").stream()
                .map(m -> url(m, "/recordings/" + sha("said " + world.marker(Secret.SEALED)))).toList()));
        paths.put("GET /api/v1/{type}/count", this::filtersAndCounts);
        paths.put("GET /api/v1/{type}/aggregate", (t, r) -> each(t, types.all().stream().map(ty -> "/api/v1/" + ty.path() + "/aggregate").toList()));
        paths.put("GET /api/v1/{type}/export", (t, r) -> each(t, types.all().stream().flatMap(ty -> java.util.stream.Stream.of(
                "/api/v1/" + ty.path() + "/export?format=csv", "/api/v1/" + ty.path() + "/export?format=jsonl")).toList()));
        paths.put("GET /api/v1/search", this::searches);
        paths.put("GET /api/v1/search/suggest", (t, r) -> each(t, java.util.Arrays.stream(Secret.values())
                .flatMap(s -> java.util.stream.Stream.of(world.marker(s), world.marker(s).substring(0, 6)))
                .map(q -> "/api/v1/search/suggest?q=" + q).toList()));
        paths.put("GET /api/v1/vocabularies", (t, r) -> each(t, List.of("/api/v1/vocabularies")));
        paths.put("GET /api/v1/vocabularies/{name}", (t, r) -> each(t, List.of("/api/v1/vocabularies/ACT_TYPE")));
        paths.put("GET /api/v1/estimates", (t, r) -> each(t, List.of("/api/v1/estimates")));
        paths.put("GET /api/v1/estimates/{id}", (t, r) -> List.of());
        paths.put("GET /api/v1/linkage/review", (t, r) -> each(t, java.util.stream.Stream.concat(
                java.util.stream.Stream.of("/api/v1/linkage/review?limit=200"),
                of("persons").stream().map(m -> "/api/v1/linkage/review?limit=200&person=" + m.id())).toList()));
        paths.put("GET /api/v1/linkage/pairs/{id}", (t, r) -> each(t, linkPairs.stream()
                .map(id -> "/api/v1/linkage/pairs/" + id).toList()));
        paths.put("GET /api/v1/linkage/persons/{id}/group", (t, r) -> each(t, of("persons").stream()
                .map(m -> "/api/v1/linkage/persons/" + m.id() + "/group").toList()));
    }

    @Test
    void everyReadEndpointOfTheApiIsARegisteredReadPath() {
        Set<String> actual = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().forEach(pattern -> {
            if (pattern.startsWith("/api/") && info.getMethodsCondition().getMethods().stream()
                    .anyMatch(m -> m.name().equals("GET"))) {
                actual.add("GET " + pattern);
            }
        }));
        assertThat(paths.keySet()).as("read paths registered in the matrix").containsAll(actual);
    }

    @Test
    void noReadPathShowsAnyRoleAnythingBeyondItsRights() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Role role : Role.values()) {
            Set<Secret> forbidden = MatrixWorld.forbidden(role);
            for (var path : paths.entrySet()) {
                for (String body : path.getValue().read(token(role), role)) {
                    for (Secret secret : forbidden) {
                        if (body.contains(world.marker(secret))) {
                            leaks.add(path.getKey() + " as " + role + " shows " + secret + ": " + excerpt(body, world.marker(secret)));
                        }
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(countMismatches).isEmpty();
    }

    @Test
    void eachRoleReadsEveryRecordItsRightsAllow() throws Exception {
        List<String> missing = new ArrayList<>();
        List<Made> ordinary = world.made.subList(0, world.made.size() - 2);
        for (Role role : Role.values()) {
            for (Made m : ordinary) {
                boolean allowed = m.level().atMost(role.readCeiling());
                if ((getJson(url(m, ""), token(role)).status() == 200) != allowed) {
                    missing.add(role + (allowed ? " cannot read " : " reads ") + m.type().name() + " at " + m.level());
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(getJson(url(world.made.getLast(), ""), token(Role.RESEARCHER)).status())
                .as("a share lets a researcher read a secret person").isEqualTo(200);
    }

    /** Searches for every marker, in every type: no hidden record shows, and the total is what the caller sees. */
    private List<String> searches(String token, Role role) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (Secret secret : Secret.values()) {
            List<String> urls = new ArrayList<>(List.of("/api/v1/search?limit=100&q=" + world.marker(secret)));
            for (String type : List.of("person", "organisation", "place", "event", "source", "claim", "proceeding")) {
                urls.add("/api/v1/search?limit=100&type=" + type + "&q=" + world.marker(secret));
            }
            for (String url : urls) {
                var found = getJson(url, token);
                bodies.add(found.text());
                boolean findable = secret != Secret.SEALED && secret != Secret.WITHDRAWN && !url.contains("&type=");
                if (role == Role.ADMIN && findable && found.body().path("hits").isEmpty()) {
                    countMismatches.add(url + " as ADMIN finds nothing: the search read path would test nothing");
                }
                if (found.status() == 200 && found.body().get("next").isNull()
                        && found.body().get("total").asLong() != found.body().get("hits").size()) {
                    countMismatches.add(url + " as " + role + ": total " + found.body().get("total") + " but "
                            + found.body().get("hits").size() + " hits");
                }
            }
        }
        return bodies;
    }

    /** Lists and counts with every filter a type has, using the values of hidden records: the count is the list size. */
    private List<String> filtersAndCounts(String token, Role role) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (Made m : world.made) {
            Map<String, Object> record = json.convertValue(getJson(url(m, ""), admin()).body(), Map.class);
            Map<String, String> queries = new LinkedHashMap<>();
            for (Field field : m.type().fields()) {
                Object value = record.get(field.json());
                if (field.filterable() && value != null) {
                    queries.put(field.json(), String.valueOf(value));
                }
            }
            filters.stream().filter(f -> f.path().equals(m.type().path()))
                    .forEach(f -> queries.put(f.parameter(), f.parameter().equals("name") ? world.marker(secretOf(m)) : "1367"));
            for (var q : queries.entrySet()) {
                String query = q.getKey() + "=" + java.net.URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8);
                var list = getJson("/api/v1/" + m.type().path() + "?limit=500&" + query, token);
                var count = getJson("/api/v1/" + m.type().path() + "/count?" + query, token);
                bodies.add(list.text());
                bodies.add(count.text());
                if (list.status() == 200 && list.body().get("next").isNull()
                        && count.body().path("count").asLong(-1) != list.body().get("items").size()) {
                    countMismatches.add(m.type().path() + "/count?" + query + " as " + role + ": "
                            + count.body().path("count") + " but the list has " + list.body().get("items").size());
                }
            }
        }
        return bodies;
    }

    private static Secret secretOf(Made m) {
        return Secret.valueOf(m.level().name());
    }

    private List<Made> of(String path) {
        return world.made.stream().filter(m -> m.type().path().equals(path)).toList();
    }

    private static String url(Made m, String suffix) {
        return "/api/v1/" + m.type().path() + "/" + m.id() + suffix;
    }

    private List<String> each(String token, List<String> urls) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (String url : urls) {
            bodies.add(getJson(url, token).text());
        }
        return bodies;
    }

    private void upload(String path, String content) throws Exception {
        mvc.perform(multipart(path).file(new MockMultipartFile("file", "f.txt", "text/plain",
                content.getBytes(StandardCharsets.UTF_8))).header("Authorization", "Bearer " + admin()));
    }

    private static String sha(String text) {
        return org.dadkhah.shared.Hashes.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String excerpt(String body, String marker) {
        int at = body.indexOf(marker);
        return body.substring(Math.max(0, at - 120), Math.min(body.length(), at + 40));
    }
}
