package org.dadkhah.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/** The leaks and crashes found by the outside check (issue 8), each as the behaviour that now holds. */
class LeakFindingsTests extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    private String person(String name, String level) throws Exception {
        return create("/api/v1/persons", """
                {"names":[{"text":"%s","script":"LATIN","kind":"BIRTH_NAME"}],"confidentiality":"%s"}""".formatted(name, level));
    }

    @Test
    void l1APublicPostShowsASecretOrDeletedOrganisationByIdAloneNeverByName() throws Exception {
        String secretName = unique("SecretOrg").replace(" ", "");
        String deletedName = unique("DeletedOrg").replace(" ", "");
        String secretOrg = create("/api/v1/organisations", "{\"name\":\"%s\",\"kind\":\"COURT\",\"confidentiality\":\"SECRET\"}".formatted(secretName));
        String deletedOrg = create("/api/v1/organisations", "{\"name\":\"%s\",\"kind\":\"COURT\",\"confidentiality\":\"PUBLIC\"}".formatted(deletedName));
        String person = person(unique("Holder"), "PUBLIC");
        create("/api/v1/posts", "{\"person\":\"%s\",\"organisation\":\"%s\",\"title\":\"Judge\",\"confidentiality\":\"PUBLIC\"}".formatted(person, secretOrg));
        create("/api/v1/posts", "{\"person\":\"%s\",\"organisation\":\"%s\",\"title\":\"Judge\",\"confidentiality\":\"PUBLIC\"}".formatted(person, deletedOrg));
        deleteJson("/api/v1/organisations/" + deletedOrg, admin());

        var read = getJson("/api/v1/persons/" + person, token(Role.VIEWER));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("posts")).hasSize(2);
        assertThat(read.text()).contains(secretOrg).doesNotContain(secretName).doesNotContain(deletedName);
        assertThat(getJson("/api/v1/persons/" + person, admin()).text()).contains(secretName).doesNotContain(deletedName);
    }

    @Test
    void l2HistoryHidesVersionsAtALevelTheCallerMayNotRead() throws Exception {
        String before = unique("Secretname").replace(" ", "");
        String id = person(before, "SECRET");
        var read = getJson("/api/v1/persons/" + id, admin());
        putJson("/api/v1/persons/" + id, admin(), read.header("ETag"), read.text().replace(before, "Publicname")
                .replace("\"SECRET\"", "\"PUBLIC\""));
        var history = getJson("/api/v1/persons/" + id + "/history", token(Role.VIEWER));
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.text()).contains("Publicname").doesNotContain(before);
        assertThat(history.body()).hasSize(1);
        assertThat(history.body().get(0).get("before").isNull()).isTrue();
        assertThat(getJson("/api/v1/persons/" + id + "/history", admin()).text()).contains(before);
    }

    @Test
    void l3CountsApplyATypesOwnReadRuleSoWithdrawnTestimoniesAreNotCounted() throws Exception {
        create("/api/v1/testimonies", "{\"notes\":\"withdrawn\",\"consentWithdrawn\":true,\"confidentiality\":\"PUBLIC\"}");
        for (var role : new Role[] {Role.VIEWER, Role.EDITOR, Role.ANALYST}) {
            long count = getJson("/api/v1/testimonies/count?consentWithdrawn=true", token(role)).body().get("count").asLong();
            assertThat(count).as(role.name()).isZero();
        }
        assertThat(getJson("/api/v1/testimonies/count?consentWithdrawn=true", admin()).body().get("count").asLong()).isPositive();
    }

    @Test
    void l4HistoryNeverShowsCiphertextAndTheApiRefusesCiphertextAsInput() throws Exception {
        String witness = unique("Witness").replace(" ", "");
        String id = create("/api/v1/testimonies", "{\"intervieweeName\":\"%s\",\"contact\":\"+98 21\",\"confidentiality\":\"INTERNAL\"}".formatted(witness));
        String researcherHistory = getJson("/api/v1/testimonies/" + id + "/history", token(Role.RESEARCHER)).text();
        assertThat(researcherHistory).doesNotContain("tink").doesNotContain(witness).contains("[sealed]");
        assertThat(getJson("/api/v1/testimonies/" + id + "/history", admin()).text()).doesNotContain("tink").contains(witness);

        String stored = jdbc.sql("select interviewee_sealed from testimony where id = ?").param(UUID.fromString(id))
                .query(String.class).single();
        var replay = postJson("/api/v1/testimonies", token(Role.RESEARCHER),
                "{\"intervieweeName\":\"%s\",\"confidentiality\":\"INTERNAL\"}".formatted(stored));
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.text()).contains("intervieweeName").doesNotContain(witness);
        var personReplay = postJson("/api/v1/persons", token(Role.RESEARCHER), """
                {"names":[{"text":"Copy","script":"LATIN","kind":"BIRTH_NAME"}],"contact":"%s"}""".formatted(stored));
        assertThat(personReplay.status()).isEqualTo(400);
    }

    @Test
    void l4ACiphertextCopiedIntoAnotherRecordDoesNotOpenThere() throws Exception {
        String a = create("/api/v1/testimonies", "{\"intervieweeName\":\"Original Witness\"}");
        String b = create("/api/v1/testimonies", "{\"intervieweeName\":\"Other Witness\"}");
        jdbc.sql("update testimony set interviewee_sealed = (select interviewee_sealed from testimony where id = ?) where id = ?")
                .params(UUID.fromString(a), UUID.fromString(b)).update();
        assertThat(getJson("/api/v1/testimonies/" + b, admin()).text()).doesNotContain("Original Witness")
                .contains("[unreadable]");
        jdbc.sql("delete from testimony where id = ?").param(UUID.fromString(b)).update();
    }

    @Test
    void l5AShareNeverAllowsChangingTheLevelDeletingOrRestoring() throws Exception {
        accounts.addToGroup("test-researcher", "share-group");
        String viaUser = person(unique("Shared"), "SECRET");
        String viaGroup = person(unique("GroupShared"), "RESTRICTED");
        putJson("/api/v1/persons/" + viaUser + "/shares", admin(), null, "{\"grantees\":[\"user:test-researcher\"]}");
        putJson("/api/v1/persons/" + viaGroup + "/shares", admin(), null, "{\"editors\":[\"group:share-group\"]}");
        String researcher = token(Role.RESEARCHER);
        for (String id : new String[] {viaUser, viaGroup}) {
            var read = getJson("/api/v1/persons/" + id, researcher);
            assertThat(read.status()).isEqualTo(200);
            String lowered = read.text().replaceAll("\"(SECRET|RESTRICTED)\"", "\"PUBLIC\"");
            assertThat(putJson("/api/v1/persons/" + id, researcher, read.header("ETag"), lowered).status()).isEqualTo(403);
            assertThat(deleteJson("/api/v1/persons/" + id, researcher).status()).isEqualTo(403);
            assertThat(postJson("/api/v1/persons/" + id + "/restore", researcher, "").status()).isEqualTo(403);
            assertThat(getJson("/api/v1/persons/" + id, admin()).body().get("confidentiality").asString()).isNotEqualTo("PUBLIC");
        }
        var readOnly = getJson("/api/v1/persons/" + viaUser, researcher);
        assertThat(putJson("/api/v1/persons/" + viaUser, researcher, readOnly.header("ETag"),
                readOnly.text().replace("\"notes\":null", "\"notes\":\"edited\"")).status()).isEqualTo(403);
        var editable = getJson("/api/v1/persons/" + viaGroup, researcher);
        var edited = putJson("/api/v1/persons/" + viaGroup, researcher, editable.header("ETag"),
                editable.text().replace("\"notes\":null", "\"notes\":\"edited\""));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body().get("confidentiality").asString()).isEqualTo("RESTRICTED");
    }

    @Test
    void l6CountsByNameAnswerOnlyForWhatTheCallerMayListAndAggregatesRefuseNames() throws Exception {
        String name = unique("Oracle").replace(" ", "");
        person(name, "RESTRICTED");
        String analyst = token(Role.ANALYST);
        assertThat(getJson("/api/v1/persons/count?name=" + name, analyst).body().get("count").asLong()).isZero();
        assertThat(getJson("/api/v1/persons/count?name=" + name, token(Role.EDITOR)).body().get("count").asLong()).isEqualTo(1);
        assertThat(getJson("/api/v1/posts/count?title=" + name, analyst).body().get("count").asLong()).isZero();
        assertThat(getJson("/api/v1/persons/aggregate?name=" + name, analyst).status()).isEqualTo(400);
        assertThat(getJson("/api/v1/posts/aggregate?title=Judge", analyst).status()).isEqualTo(400);
    }

    @Test
    void l6AggregatesCountBeyondReadingOnlyInCellsOfAtLeastFive() throws Exception {
        String code = "AGG_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        putJson("/api/v1/vocabularies/ACT_TYPE/" + code, admin(), null, "{\"labelEn\":\"Test\",\"labelFa\":\"آزمون\",\"active\":true}");
        String victim = person(unique("Victim"), "PUBLIC");
        String analyst = token(Role.ANALYST);
        String act = "{\"type\":\"%s\",\"victim\":\"%s\",\"confidentiality\":\"RESTRICTED\"}".formatted(code, victim);
        for (int i = 0; i < 2; i++) {
            create("/api/v1/acts", act);
        }
        var small = getJson("/api/v1/acts/aggregate?type=" + code, analyst);
        assertThat(small.body().get("suppressed").asBoolean()).isTrue();
        assertThat(small.body().get("count").isNull()).isTrue();
        for (int i = 0; i < 4; i++) {
            create("/api/v1/acts", act);
        }
        assertThat(getJson("/api/v1/acts/aggregate?type=" + code, analyst).body().get("count").asLong()).isEqualTo(6);
        assertThat(getJson("/api/v1/acts/aggregate?type=" + code, token(Role.RESEARCHER)).body().get("count").asLong()).isZero();
    }

    @Test
    void l7APutWithoutConfidentialityKeepsTheLevel() throws Exception {
        String id = person(unique("Kept"), "SECRET");
        var read = getJson("/api/v1/persons/" + id, admin());
        String body = read.text().replace("\"confidentiality\":\"SECRET\",", "");
        assertThat(putJson("/api/v1/persons/" + id, admin(), read.header("ETag"), body).status()).isEqualTo(200);
        assertThat(getJson("/api/v1/persons/" + id, admin()).body().get("confidentiality").asString()).isEqualTo("SECRET");
    }

    @Test
    void b1SharesWithAnEmptyBodyAreA400() throws Exception {
        String id = person(unique("Unshared"), "PUBLIC");
        var response = putJson("/api/v1/persons/" + id + "/shares", admin(), null, "{}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("grantees");
    }

    @Test
    void b2AFileNameWithNulIsA400() throws Exception {
        String source = create("/api/v1/sources", "{\"kind\":\"REPORT\",\"title\":\"Report\"}");
        int status = mvc.perform(multipart("/api/v1/sources/" + source + "/file")
                .file(new MockMultipartFile("file", "a\u0000b.txt", "text/plain", "words".getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + admin())).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(400);
    }

    @Test
    void b3EvidenceAndRecordingsWithTheSameBytesLiveApartAndBothDownload() throws Exception {
        byte[] bytes = ("shared bytes " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String source = create("/api/v1/sources", "{\"kind\":\"REPORT\",\"title\":\"Report\"}");
        String testimony = create("/api/v1/testimonies", "{\"intervieweeName\":\"Witness\"}");
        mvc.perform(multipart("/api/v1/sources/" + source + "/file").file(new MockMultipartFile("file", "e.txt", "text/plain", bytes))
                .header("Authorization", "Bearer " + admin()));
        var recording = mvc.perform(multipart("/api/v1/testimonies/" + testimony + "/recordings")
                .file(new MockMultipartFile("file", "r.txt", "text/plain", bytes))
                .header("Authorization", "Bearer " + admin())).andReturn().getResponse();
        assertThat(recording.getStatus()).isEqualTo(201);
        String address = json.readTree(recording.getContentAsString()).get("address").asString();
        assertThat(address).isNotEqualTo(org.dadkhah.shared.Hashes.sha256(bytes));
        assertThat(getJson("/api/v1/sources/" + source + "/file", admin()).status()).isEqualTo(200);
        assertThat(getJson("/api/v1/testimonies/" + testimony + "/recordings/" + address, admin()).text())
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        byte[] stored = jdbc.sql("select content from recording_file where address = ?").param(address).query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("shared bytes");
    }

    @Test
    void aReadTokenCannotStoreAnEstimateRun() throws Exception {
        String readToken = accounts.issueToken("test-analyst", false);
        token(Role.ANALYST);
        var response = postJson("/api/v1/estimates", readToken, "{\"table\":\"a,b,count\\n1,0,5\\n0,1,4\\n1,1,3\\n\",\"method\":\"chapman\"}");
        assertThat(response.status()).isEqualTo(403);
    }
}
