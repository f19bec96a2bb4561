package org.dadkhah.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.dadkhah.security.Role;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Issue 9: round trips, edges, deleted records, and readable records and timelines. */
class NewcomerEdgesTests extends ApiTest {

    private String person(String name) throws Exception {
        return create("/api/v1/persons", """
                {"names":[{"text":"%s","script":"LATIN","kind":"BIRTH_NAME"}],"birthDate":"Mordad 1340",
                 "confidentiality":"PUBLIC"}""".formatted(name));
    }

    @Test
    void aGetBodyCanBePutBackUnchanged() throws Exception {
        String id = person(unique("Roundtrip"));
        String org = create("/api/v1/organisations", "{\"name\":\"Roundtrip Court\",\"kind\":\"COURT\",\"confidentiality\":\"PUBLIC\"}");
        create("/api/v1/posts", "{\"person\":\"%s\",\"organisation\":\"%s\",\"title\":\"Judge\",\"confidentiality\":\"PUBLIC\"}".formatted(id, org));
        var read = getJson("/api/v1/persons/" + id, admin());
        assertThat(read.body().get("posts")).hasSize(1);
        var put = putJson("/api/v1/persons/" + id, admin(), read.header("ETag"), read.text());
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        var post = getJson("/api/v1/posts?person=" + id, admin()).body().get("items").get(0);
        assertThat(putJson("/api/v1/posts/" + post.get("id").asString(), admin(), "\"" + post.get("version").asLong() + "\"",
                post.toString()).status()).isEqualTo(200);
    }

    @Test
    void ifMatchStarMeansAnyVersionAndAMalformedOneIsA400() throws Exception {
        String id = person(unique("Star"));
        String body = getJson("/api/v1/persons/" + id, admin()).text();
        assertThat(putJson("/api/v1/persons/" + id, admin(), "*", body).status()).isEqualTo(200);
        var malformed = putJson("/api/v1/persons/" + id, admin(), "\"abc\"", body);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text()).contains("If-Match");
    }

    @Test
    void aControlCharacterInTextIsA400OnThatField() throws Exception {
        var response = postJson("/api/v1/places", admin(), "{\"name\":\"Evin\\u0000\",\"kind\":\"PRISON\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void aNameSearchOfWildcardsAloneIsRefusedInsteadOfListingEveryone() throws Exception {
        for (String query : new String[] {"%", "_", "\\", "%_"}) {
            var response = getJson("/api/v1/persons?name=" + query, admin());
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.text()).doesNotContain("nothing was saved");
        }
    }

    @Test
    void unknownTypesAndVocabularyTermsAreAnsweredWithWhatIsKnown() throws Exception {
        var type = getJson("/api/v1/prisoners", admin());
        assertThat(type.status()).isEqualTo(404);
        assertThat(getJson("/api/v1/person/" + person(unique("Singular")), admin()).status()).isEqualTo(200);
        var term = postJson("/api/v1/places", admin(), "{\"name\":\"Evin\",\"kind\":\"CASTLE\"}");
        assertThat(term.status()).isEqualTo(400);
        assertThat(term.text()).contains("allowed:").contains("PRISON");
    }

    @Test
    void aCitationNamesItsRecordTypeInEitherSpelling() throws Exception {
        String id = person(unique("Cited"));
        String source = create("/api/v1/sources", "{\"kind\":\"REPORT\",\"title\":\"Report\",\"confidentiality\":\"PUBLIC\"}");
        var citation = postJson("/api/v1/citations", admin(), "{\"source\":\"%s\",\"recordType\":\"persons\",\"recordId\":\"%s\",\"confidentiality\":\"PUBLIC\"}"
                .formatted(source, id));
        assertThat(citation.status()).isEqualTo(201);
        assertThat(citation.body().get("recordType").asString()).isEqualTo("person");
        var unknown = postJson("/api/v1/citations", admin(), "{\"source\":\"%s\",\"recordType\":\"prisoner\",\"recordId\":\"%s\"}"
                .formatted(source, id));
        assertThat(unknown.text()).contains("the record types are").contains("person");
    }

    @Test
    void editorsListDeletedRecordsSeeTheirHistoryAndRestoreThem() throws Exception {
        String name = unique("Deleted").replace(" ", "");
        String id = person(name);
        assertThat(deleteJson("/api/v1/persons/" + id, admin()).status()).isEqualTo(204);
        String editor = token(Role.EDITOR);
        assertThat(getJson("/api/v1/persons?name=" + name, editor).body().get("items")).isEmpty();
        assertThat(getJson("/api/v1/persons?deleted=true&name=" + name, editor).text()).contains(id);
        assertThat(getJson("/api/v1/persons?deleted=true&name=" + name, token(Role.VIEWER)).status()).isEqualTo(403);
        assertThat(getJson("/api/v1/persons/" + id + "/history", editor).body()).hasSize(2);
        assertThat(getJson("/api/v1/persons/" + id + "/history", token(Role.VIEWER)).status()).isEqualTo(404);
        assertThat(postJson("/api/v1/persons/" + id + "/restore", editor, "").status()).isEqualTo(200);
        assertThat(getJson("/api/v1/persons/" + id, editor).status()).isEqualTo(200);
    }

    @Test
    void referencesCarryTheLabelOfWhatTheCallerMaySee() throws Exception {
        String name = unique("Labelled");
        String victim = person(name);
        String secretPlace = create("/api/v1/places", "{\"name\":\"Hidden Site\",\"kind\":\"PRISON\",\"confidentiality\":\"SECRET\"}");
        String act = create("/api/v1/acts", "{\"type\":\"DETENTION\",\"victim\":\"%s\",\"place\":\"%s\",\"confidentiality\":\"PUBLIC\"}"
                .formatted(victim, secretPlace));
        var asViewer = getJson("/api/v1/acts/" + act, token(Role.VIEWER));
        assertThat(asViewer.body().get("victimLabel").asString()).isEqualTo(name);
        assertThat(asViewer.body().has("placeLabel")).isFalse();
        assertThat(asViewer.text()).contains(secretPlace).doesNotContain("Hidden Site");
        assertThat(getJson("/api/v1/acts/" + act, admin()).body().get("placeLabel").asString()).isEqualTo("Hidden Site");
    }

    @Test
    void aVictimsTimelineShowsWhoWasInvolvedInEachAct() throws Exception {
        String victim = person(unique("Victim"));
        String judgeName = unique("Judge");
        String judge = person(judgeName);
        String act = create("/api/v1/acts", "{\"type\":\"DEATH_SENTENCE\",\"victim\":\"%s\",\"date\":\"1367\",\"confidentiality\":\"PUBLIC\"}".formatted(victim));
        create("/api/v1/involvements", "{\"act\":\"%s\",\"perpetratorPerson\":\"%s\",\"role\":\"ORDERED\",\"confidentiality\":\"PUBLIC\"}".formatted(act, judge));
        var entry = getJson("/api/v1/persons/" + victim + "/timeline", token(Role.VIEWER)).body().get("entries").get(0);
        assertThat(entry.get("kind").asString()).isEqualTo("ACT");
        assertThat(entry.get("involvements").get(0).get("perpetratorPersonLabel").asString()).isEqualTo(judgeName);
    }

    @Test
    void aPersonWithoutARecordedStatusShowsTheStatusTheirActsImply() throws Exception {
        String victim = person(unique("Executed"));
        String act = create("/api/v1/acts", "{\"type\":\"EXECUTION\",\"victim\":\"%s\",\"date\":\"Mordad 1367\",\"confidentiality\":\"PUBLIC\"}".formatted(victim));
        var status = getJson("/api/v1/persons/" + victim, token(Role.VIEWER)).body().get("effectiveStatus");
        assertThat(status.get("status").asString()).isEqualTo("DECEASED");
        assertThat(status.get("fromAct").asString()).isEqualTo(act);
        String alive = create("/api/v1/persons", "{\"names\":[{\"text\":\"Survivor\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}],\"status\":\"ALIVE\",\"confidentiality\":\"PUBLIC\"}");
        create("/api/v1/acts", "{\"type\":\"EXECUTION\",\"victim\":\"%s\",\"confidentiality\":\"PUBLIC\"}".formatted(alive));
        assertThat(getJson("/api/v1/persons/" + alive, admin()).body().get("effectiveStatus").get("status").asString()).isEqualTo("ALIVE");
    }
}
