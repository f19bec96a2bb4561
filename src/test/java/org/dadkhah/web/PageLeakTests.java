package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dadkhah.records.RecordEmbed;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.MatrixWorld;
import org.dadkhah.security.MatrixWorld.Made;
import org.dadkhah.security.MatrixWorld.Secret;
import org.dadkhah.security.Role;
import org.dadkhah.shared.Confidentiality;
import org.dadkhah.vocabulary.Vocabularies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The pages' read paths over every role, on records of every type at every level (behind PUBLIC fronts), with sealed
 * fields, a withdrawn consent and a share: no page body (lists, searches, record pages, person pages, home counts)
 * may contain a marker beyond the role's rights. A GET page of the web module without an entry in {@link #paths}
 * fails the registry test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageLeakTests extends PageTest {

    /** Reads what one page path shows a role on the world; returns the bodies. */
    @FunctionalInterface
    interface PageRead {
        List<String> read(Role role) throws Exception;
    }

    @Autowired
    RecordTypes types;

    @Autowired
    Vocabularies vocabularies;

    @Autowired
    List<RecordEmbed> embeds;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private MatrixWorld world;
    private List<String> linkagePairs;
    private String importJob;
    private final Map<String, PageRead> paths = new LinkedHashMap<>();

    @BeforeAll
    void buildWorld() throws Exception {
        world = new MatrixWorld(types, vocabularies, json, embeds.stream().map(RecordEmbed::path)
                .filter(p -> !p.equals("*")).collect(java.util.stream.Collectors.toSet()));
        world.build(this::create);
        String withdrawn = create("/api/v1/testimonies", "{\"notes\":\"%s\",\"consentWithdrawn\":true,\"confidentiality\":\"PUBLIC\"}"
                .formatted(world.marker(Secret.WITHDRAWN)));
        world.made.add(new Made(types.require("testimonies"), withdrawn, Confidentiality.PUBLIC, false));
        var persons = types.require("persons");
        String shared = create("/api/v1/persons", world.body(persons, Confidentiality.SECRET, Secret.SHARED, Map.of())
                .toString());
        putJson("/api/v1/persons/" + shared + "/shares", admin(), null, "{\"grantees\":[\"user:test-researcher\"]}");
        world.made.add(new Made(persons, shared, Confidentiality.SECRET, false));
        linkagePairs = proposePairs();
        importJob = uploadAsAdmin();
        registerPaths();
    }

    private void registerPaths() {
        paths.put("GET /", r -> List.of(body("/", r)));
        paths.put("GET /login", r -> List.of(body("/login", r)));
        paths.put("GET " + RecordPages.TYPE, r -> each(r, java.util.stream.Stream.concat(
                types.all().stream().flatMap(t -> java.util.stream.Stream.of("/" + t.path(),
                        "/" + t.path() + "?from=1000&to=2100")),
                world.made.stream().filter(m -> m.type().path().equals("organisations"))
                        .map(m -> "/persons?organisation=" + m.id())).toList()));
        paths.put("GET " + RecordPages.TYPE + RecordPages.ID, r -> each(r, world.made.stream()
                .map(m -> "/" + m.type().path() + "/" + m.id()).toList()));
        paths.put("GET " + RecordPages.TYPE + "/new", r -> each(r, types.all().stream().map(t -> "/" + t.path() + "/new").toList()));
        paths.put("GET " + RecordPages.TYPE + RecordPages.ID + "/edit", r -> each(r, world.made.stream()
                .map(m -> "/" + m.type().path() + "/" + m.id() + "/edit").toList()));
        paths.put("GET " + RecordPages.TYPE + RecordPages.ID + "/history", r -> each(r, world.made.stream()
                .map(m -> "/" + m.type().path() + "/" + m.id() + "/history").toList()));
        paths.put("GET /pick" + RecordPages.TYPE, r -> each(r, types.all().stream()
                .flatMap(t -> java.util.stream.Stream.of("/pick/" + t.path() + "?field=q&q=",
                        "/pick/" + t.path() + "?field=q&q=zq")).toList()));
        paths.put("GET /date-preview", r -> each(r, List.of("/date-preview?field=d&d=Mordad%201367")));
        paths.put("GET /events" + RecordPages.ID, r -> each(r, world.made.stream()
                .filter(m -> m.type().path().equals("events")).map(m -> "/events/" + m.id()).toList()));
        paths.put("GET /sources" + RecordPages.ID, r -> each(r, world.made.stream()
                .filter(m -> m.type().path().equals("sources")).map(m -> "/sources/" + m.id()).toList()));
        paths.put("GET /places" + RecordPages.ID, r -> each(r, world.made.stream()
                .filter(m -> m.type().path().equals("places")).map(m -> "/places/" + m.id()).toList()));
        paths.put("GET /estimates", r -> List.of(body("/estimates", r)));
        paths.put("GET /estimates" + RecordPages.ID, r -> List.of());
        paths.put("GET /persons" + RecordPages.ID, r -> each(r, world.made.stream()
                .filter(m -> m.type().path().equals("persons")).map(m -> "/persons/" + m.id()).toList()));
        paths.put("GET /admin/accounts", r -> List.of(body("/admin/accounts", r)));
        paths.put("GET /admin/accounts/{username}", r -> each(r, List.of("/admin/accounts/test-researcher",
                "/admin/accounts/test-admin")));
        paths.put("GET /admin/vocabularies", r -> List.of(body("/admin/vocabularies", r)));
        paths.put("GET /admin/vocabularies/{name}", r -> each(r, vocabularies.names().stream()
                .map(n -> "/admin/vocabularies/" + n).toList()));
        paths.put("GET /imports", r -> List.of(body("/imports", r)));
        paths.put("GET /imports/{id}", r -> each(r, List.of(importJob)));
        paths.put("GET /imports/{id}/progress", r -> each(r, List.of(importJob + "/progress")));
        paths.put("GET /imports/{id}/report.csv", r -> each(r, List.of(importJob + "/report.csv")));
        paths.put("GET /search", r -> each(r, java.util.Arrays.stream(MatrixWorld.Secret.values())
                .flatMap(secret -> java.util.stream.Stream.of(world.marker(secret).substring(0, 8),
                        echoFree(world.marker(secret))))
                .map(q -> "/search?q=" + q).toList()));
        paths.put("GET /search/suggest", r -> each(r, java.util.Arrays.stream(MatrixWorld.Secret.values())
                .map(secret -> "/search/suggest?q=" + echoFree(world.marker(secret))).toList()));
        paths.put("GET /linkage", r -> List.of(body("/linkage?limit=50", r)));
        paths.put("GET /linkage/pairs/{id}", r -> each(r, linkagePairs.stream().map(p -> "/linkage/pairs/" + p).toList()));
    }

    /** A query that finds a marker by its beginning without the page's echo of the query containing the marker. */
    private static String echoFree(String marker) {
        return marker.substring(0, marker.length() - 1);
    }

    /** Proposes a pair of one PUBLIC person of the world with each other person, at every level; returns their ids. */
    private List<String> proposePairs() throws Exception {
        List<Made> persons = world.made.stream().filter(m -> m.type().path().equals("persons")).toList();
        Made anchor = persons.stream().filter(m -> m.level() == Confidentiality.PUBLIC).findFirst().orElseThrow();
        List<String> pairs = new ArrayList<>();
        for (Made other : persons) {
            if (!other.id().equals(anchor.id())) {
                var created = postJson("/api/v1/linkage/pairs", admin(), "{\"left\":\"%s\",\"right\":\"%s\"}"
                        .formatted(anchor.id(), other.id()));
                assertThat(created.status()).as(created.text()).isEqualTo(201);
                pairs.add(created.body().get("id").asString());
            }
        }
        return pairs;
    }

    /** An admin's dry run of a list naming a SECRET marker; returns the job's address once it is checked. */
    private String uploadAsAdmin() throws Exception {
        String csv = ImportPageTests.HEADER + "1," + world.marker(Secret.SECRET) + ",کریمی,رضا,1340,1367,\n";
        String mapping = ImportPageTests.MAPPING.formatted(world.marker(Secret.SECRET))
                .replace("INTERNAL", "SECRET");
        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/imports")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "list.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8)))
                .param("mapping", mapping).with(as(Role.ADMIN))
                .with(org.dadkhah.support.Csrf.csrf()))
                .andReturn().getResponse();
        String job = response.getRedirectedUrl();
        for (int i = 0; i < 600 && !"true".equals(page(job + "/progress", Role.ADMIN).getHeader("HX-Refresh")); i++) {
            Thread.sleep(50);
        }
        assertThat(body(job, Role.ADMIN)).contains(world.marker(Secret.SECRET));
        return job;
    }

    @Test
    void everyPageOfTheWebModuleIsARegisteredReadPath() {
        Set<String> actual = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (isPage(method) && info.getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals("GET"))) {
                info.getPatternValues().forEach(pattern -> actual.add("GET " + pattern));
            }
        });
        assertThat(actual).isNotEmpty();
        assertThat(paths.keySet()).as("page read paths registered in the leak test").containsAll(actual);
    }

    @Test
    void noPageShowsAnyRoleAnythingBeyondItsRights() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Role role : Role.values()) {
            Set<Secret> forbidden = MatrixWorld.forbidden(role);
            for (var path : paths.entrySet()) {
                for (String body : path.getValue().read(role)) {
                    forbidden.stream().filter(s -> body.contains(world.marker(s)))
                            .forEach(s -> leaks.add(path.getKey() + " as " + role + " shows " + s));
                }
            }
            for (Secret secret : forbidden) {
                String search = body("/persons?name=" + URLEncoder.encode(world.marker(secret), StandardCharsets.UTF_8), role);
                if (search.contains(world.marker(secret) + "<")) {
                    leaks.add("person search as " + role + " shows " + secret);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void aViewerSeesPublicRecordsOnThePagesButNotTheRestrictedOnes() throws Exception {
        Made restricted = world.made.stream().filter(m -> m.type().path().equals("persons")
                && m.level() == Confidentiality.RESTRICTED && !m.front()).findFirst().orElseThrow();
        Made open = world.made.stream().filter(m -> m.type().path().equals("persons")
                && m.level() == Confidentiality.PUBLIC && !m.front()).findFirst().orElseThrow();
        assertThat(page("/persons/" + restricted.id(), Role.VIEWER).getStatus()).isEqualTo(404);
        assertThat(body("/persons/" + open.id(), Role.VIEWER)).contains(world.marker(Secret.PUBLIC));
        assertThat(body("/persons/" + restricted.id(), Role.EDITOR)).contains(world.marker(Secret.RESTRICTED));
    }

    private static boolean isPage(HandlerMethod method) {
        return method.getBeanType().getPackageName().equals(PageLeakTests.class.getPackageName());
    }

    private List<String> each(Role role, List<String> urls) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (String url : urls) {
            bodies.add(body(url, role));
        }
        return bodies;
    }
}
