package org.dadkhah.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;

class PersonApiTests extends ApiTest {

    private String personBody(String name) {
        return """
                {"names":[{"text":"%s","script":"LATIN","kind":"BIRTH_NAME"}],"birthDate":"1367-05-07",
                 "confidentiality":"PUBLIC"}""".formatted(name);
    }

    @Test
    void aPersonIsCreatedReadAndFoundByAnyOfTheirNames() throws Exception {
        String latin = unique("Gholam-Hossein Testzadeh");
        var created = postJson("/api/v1/persons", admin(), """
                {"names":[{"text":"%s","script":"LATIN","kind":"BIRTH_NAME"},
                          {"text":"غلامحسین تست‌زاده","script":"PERSIAN","kind":"BIRTH_NAME"}],
                 "fatherName":"Ali","sex":"MALE","birthDate":"1988","confidentiality":"PUBLIC"}""".formatted(latin));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        String id = created.body().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/persons/" + id);

        var read = getJson("/api/v1/persons/" + id, admin());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("names").get(1).get("text").asString()).isEqualTo("غلامحسین تست‌زاده");
        assertThat(read.body().get("birthDate").asString()).isEqualTo("1988");
        assertThat(read.body().get("birthDateDetail").get("earliest").asString()).isEqualTo("1988-01-01");
        assertThat(read.body().get("birthDateDetail").get("solarHijri").asString()).isNotBlank();

        var found = getJson("/api/v1/persons?name=" + latin.substring(latin.lastIndexOf(' ') + 1), admin());
        assertThat(found.body().get("items")).hasSize(1);
        assertThat(found.body().get("items").get(0).get("id").asString()).isEqualTo(id);
    }

    @Test
    void aPersonWithAnInvalidThirdNameIsRefusedAndNothingOfItIsStored() throws Exception {
        String marker = unique("Partialwrite");
        var response = postJson("/api/v1/persons", admin(), """
                {"names":[{"text":"%1$s One","script":"LATIN","kind":"BIRTH_NAME"},
                          {"text":"%1$s Two","script":"LATIN","kind":"ALIAS"},
                          {"text":"%1$s Three","script":"KLINGON","kind":"ALIAS"}]}""".formatted(marker));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("names[2].script");
        var search = getJson("/api/v1/persons?name=" + marker.replace(" ", "%20"), admin());
        assertThat(search.body().get("items")).isEmpty();
    }

    @Test
    void unknownFieldsAndBadDatesAreRefusedWithFieldMessages() throws Exception {
        var response = postJson("/api/v1/persons", admin(), """
                {"names":[{"text":"X","script":"LATIN","kind":"BIRTH_NAME"}],"nickname":"x","birthDate":"1367-12-30"}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("nickname").contains("Unknown field").contains("birthDate");
    }

    @Test
    void aStaleUpdateIsRefusedWith412AndAnUpdateWithoutVersionWith428() throws Exception {
        String id = create("/api/v1/persons", personBody(unique("Lockable")));
        var first = putJson("/api/v1/persons/" + id, admin(), "\"0\"", personBody(unique("Renamed")));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        var stale = putJson("/api/v1/persons/" + id, admin(), "\"0\"", personBody(unique("Lost update")));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(1);
        var missing = putJson("/api/v1/persons/" + id, admin(), null, personBody("No version"));
        assertThat(missing.status()).isEqualTo(428);
    }

    @Test
    void aDeletedPersonDisappearsAndCanBeRestored() throws Exception {
        String id = create("/api/v1/persons", personBody(unique("Deletable")));
        assertThat(deleteJson("/api/v1/persons/" + id, admin()).status()).isEqualTo(204);
        assertThat(getJson("/api/v1/persons/" + id, admin()).status()).isEqualTo(404);
        assertThat(postJson("/api/v1/persons/" + id + "/restore", admin(), "").status()).isEqualTo(200);
        assertThat(getJson("/api/v1/persons/" + id, admin()).status()).isEqualTo(200);
    }

    @Test
    void listsArePagedByKeyset() throws Exception {
        String family = unique("Pagedfamily").replace(" ", "");
        for (int i = 0; i < 5; i++) {
            create("/api/v1/persons", personBody(family + " " + i));
        }
        var first = getJson("/api/v1/persons?name=" + family + "&limit=2", admin());
        assertThat(first.body().get("items")).hasSize(2);
        String next = first.body().get("next").asString();
        var second = getJson("/api/v1/persons?name=" + family + "&limit=2&after=" + next, admin());
        assertThat(second.body().get("items")).hasSize(2);
        assertThat(second.body().get("items").toString()).as("a later page repeats nothing")
                .doesNotContain(first.body().get("items").get(0).get("id").asString())
                .doesNotContain(first.body().get("items").get(1).get("id").asString());
        var third = getJson("/api/v1/persons?name=" + family + "&limit=2&after=" + second.body().get("next").asString(), admin());
        assertThat(third.body().get("items")).hasSize(1);
        assertThat(third.body().get("next").isNull()).isTrue();
    }

    @Test
    void unknownFiltersAreRefused() throws Exception {
        assertThat(getJson("/api/v1/persons?shoeSize=42", admin()).status()).isEqualTo(400);
    }
}
