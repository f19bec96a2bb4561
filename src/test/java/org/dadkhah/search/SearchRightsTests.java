package org.dadkhah.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dadkhah.records.RecordQueries;
import org.dadkhah.records.RecordTypes;
import org.dadkhah.security.Caller;
import org.dadkhah.security.Role;
import org.dadkhah.shared.Confidentiality;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rights filter inside the query finds exactly what the read layer ({@link RecordQueries#visible}, built on
 * {@code Visibility}) lets each caller see: every role on every level, shares with users and groups granted and
 * withdrawn after indexing, levels changed after indexing; totals and facets count nothing more; sealed fields
 * and testimonies never reach the index.
 */
class SearchRightsTests extends SearchTest {

    @Autowired
    SearchService search;

    @Autowired
    RecordQueries queries;

    @Autowired
    RecordTypes types;

    @Test
    void eachRoleFindsExactlyWhatTheReadLayerShowsItOnEveryLevelAndCountsNothingMore() throws Exception {
        String marker = word(5);
        Map<String, Confidentiality> made = new LinkedHashMap<>();
        for (Confidentiality level : Confidentiality.values()) {
            made.put(personAt(level.name(), "Kamran " + marker), level);
        }
        for (Role role : Role.values()) {
            Caller caller = new Caller("rights-" + role.name().toLowerCase(), role, Set.of(), false);
            assertMatchesReadLayer(marker, made.keySet(), caller);
        }
    }

    @Test
    void aShareGrantedAfterIndexingCountsAtOnceForTheUserAndTheGroupAndEndsWhenWithdrawn() throws Exception {
        String marker = word(5);
        String secret = personAt("SECRET", "Parviz " + marker);
        Caller sharee = new Caller("rights-sharee", Role.VIEWER, Set.of(), false);
        Caller member = new Caller("rights-member", Role.VIEWER, Set.of("rights-group"), false);
        Caller outsider = new Caller("rights-outsider", Role.RESEARCHER, Set.of("other-group"), false);
        for (Caller caller : List.of(sharee, member, outsider)) {
            assertThat(found(marker, caller)).isEmpty();
        }
        share(secret, "[\"user:rights-sharee\",\"group:rights-group\"]");
        for (Caller caller : List.of(sharee, member, outsider)) {
            assertMatchesReadLayer(marker, List.of(secret), caller);
        }
        assertThat(found(marker, sharee)).containsExactly(secret);
        assertThat(found(marker, member)).containsExactly(secret);
        assertThat(found(marker, outsider)).isEmpty();
        share(secret, "[]");
        for (Caller caller : List.of(sharee, member, outsider)) {
            assertThat(found(marker, caller)).isEmpty();
            assertMatchesReadLayer(marker, List.of(secret), caller);
        }
    }

    @Test
    void raisingALevelAfterIndexingHidesTheRecordFromSearchAtOnce() throws Exception {
        String marker = word(5);
        String id = personAt("PUBLIC", "Bahram " + marker);
        Caller viewer = new Caller("rights-viewer", Role.VIEWER, Set.of(), false);
        assertThat(found(marker, viewer)).containsExactly(id);
        String version = getJson("/api/v1/persons/" + id, admin()).result().getResponse().getHeader("ETag");
        var updated = putJson("/api/v1/persons/" + id, admin(), version, """
                {"names":[{"text":"Bahram %s","script":"LATIN","kind":"BIRTH_NAME"}],"confidentiality":"SECRET"}"""
                .formatted(marker));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(found(marker, viewer)).isEmpty();
        assertMatchesReadLayer(marker, List.of(id), viewer);
    }

    @Test
    void sealedFieldsAndTestimoniesAreNeverIndexed() throws Exception {
        String sealed = word(5);
        String testimony = word(5);
        create("/api/v1/persons", """
                {"names":[{"text":"Sirus Tehrani","script":"LATIN","kind":"BIRTH_NAME"}],"contact":"%s","confidentiality":"PUBLIC"}"""
                .formatted(sealed));
        create("/api/v1/testimonies", """
                {"intervieweeName":"%s","notes":"%s","confidentiality":"PUBLIC"}""".formatted(testimony, testimony));
        for (String marker : List.of(sealed, testimony)) {
            var body = search(marker, admin());
            assertThat(body.get("total").asLong()).as(marker).isZero();
            assertThat(body.toString()).doesNotContain(marker);
        }
    }

    @Test
    void suggestionsFollowTheSameRights() throws Exception {
        String marker = word(5);
        String hidden = personAt("SECRET", marker + " Rostami");
        String shown = personAt("PUBLIC", marker + " Rostampour");
        String viewerSuggestions = getJson("/api/v1/search/suggest?q=" + marker.substring(0, 6), token(Role.VIEWER)).text();
        assertThat(viewerSuggestions).contains(shown).doesNotContain(hidden);
        assertThat(getJson("/api/v1/search/suggest?q=" + marker.substring(0, 6), admin()).text()).contains(shown, hidden);
    }

    private void assertMatchesReadLayer(String marker, java.util.Collection<String> made, Caller caller) {
        List<String> expected = new ArrayList<>();
        for (String id : made) {
            if (queries.visible(types.require("persons"), UUID.fromString(id), caller)) {
                expected.add(id);
            }
        }
        SearchService.Result result = search.search(new SearchService.Request(marker, null, 100, 0, Map.of()), caller);
        assertThat(result.hits().stream().map(SearchService.Hit::id).toList()).as(caller.toString())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.total()).as("total for " + caller).isEqualTo(expected.size());
        assertThat(result.facets().get("type").getOrDefault("person", 0)).as("facet for " + caller)
                .isEqualTo(expected.size());
    }

    private List<String> found(String marker, Caller caller) {
        return search.search(new SearchService.Request(marker, null, 100, 0, Map.of()), caller).hits().stream()
                .map(SearchService.Hit::id).toList();
    }

    private void share(String id, String grantees) throws Exception {
        assertThat(putJson("/api/v1/persons/" + id + "/shares", admin(), null, "{\"grantees\":" + grantees + "}")
                .status()).isEqualTo(200);
    }
}
