package org.dadkhah.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** Happy and bad-input paths of the endpoints beside the record CRUD: vocabularies, shares, files, custody. */
class AuxiliaryEndpointsTests extends ApiTest {

    @Test
    void anAdminAddsAVocabularyTermThatRecordsCanThenUse() throws Exception {
        var added = putJson("/api/v1/vocabularies/ACT_TYPE/MOCK_EXECUTION", admin(), null,
                "{\"parentCode\":\"EXECUTION\",\"labelEn\":\"Mock execution\",\"labelFa\":\"اعدام نمایشی\"}");
        assertThat(added.status()).isEqualTo(200);
        String person = create("/api/v1/persons", "{\"names\":[{\"text\":\"Vocab Victim\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}]}");
        assertThat(postJson("/api/v1/acts", admin(), "{\"type\":\"MOCK_EXECUTION\",\"victim\":\"%s\"}".formatted(person))
                .status()).isEqualTo(201);
        assertThat(getJson("/api/v1/vocabularies/ACT_TYPE", admin()).text()).contains("اعدام نمایشی");
    }

    @Test
    void aTermRetiredOrRelabelledActsAtOnceThoughTermsAreReadFromMemory() throws Exception {
        String person = create("/api/v1/persons", "{\"names\":[{\"text\":\"Retired Term\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}]}");
        String act = "{\"type\":\"SHORT_LIVED\",\"victim\":\"%s\"}".formatted(person);
        assertThat(putJson("/api/v1/vocabularies/ACT_TYPE/SHORT_LIVED", admin(), null,
                "{\"labelEn\":\"Short-lived\",\"labelFa\":\"کوتاه\"}").status()).isEqualTo(200);
        assertThat(postJson("/api/v1/acts", admin(), act).status()).isEqualTo(201);
        assertThat(putJson("/api/v1/vocabularies/ACT_TYPE/SHORT_LIVED", admin(), null,
                "{\"labelEn\":\"Relabelled\",\"labelFa\":\"کوتاه\",\"active\":false}").status()).isEqualTo(200);
        assertThat(postJson("/api/v1/acts", admin(), act).status()).isEqualTo(400);
        assertThat(getJson("/api/v1/vocabularies/ACT_TYPE", admin()).text()).contains("Relabelled")
                .doesNotContain("Short-lived");
    }

    @Test
    void badVocabularyEditsAreRefused() throws Exception {
        assertThat(putJson("/api/v1/vocabularies/ACT_TYPE/lower-case", admin(), null,
                "{\"labelEn\":\"x\",\"labelFa\":\"y\"}").status()).isEqualTo(400);
        assertThat(putJson("/api/v1/vocabularies/ACT_TYPE/NO_PERSIAN", admin(), null,
                "{\"labelEn\":\"x\",\"labelFa\":\"\"}").status()).isEqualTo(400);
        assertThat(putJson("/api/v1/vocabularies/ACT_TYPE/ORPHAN", admin(), null,
                "{\"labelEn\":\"x\",\"labelFa\":\"y\",\"parentCode\":\"NOT_THERE\"}").status()).isEqualTo(400);
        assertThat(putJson("/api/v1/vocabularies/NO_SUCH_VOCABULARY/X", admin(), null,
                "{\"labelEn\":\"x\",\"labelFa\":\"y\"}").status()).isEqualTo(404);
        assertThat(getJson("/api/v1/vocabularies/NO_SUCH_VOCABULARY", admin()).status()).isEqualTo(404);
    }

    @Test
    void sharesAcceptUsersAndGroupsOnly() throws Exception {
        String person = create("/api/v1/persons", "{\"names\":[{\"text\":\"Shared\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}]}");
        assertThat(putJson("/api/v1/persons/" + person + "/shares", admin(), null,
                "{\"grantees\":[\"group:lawyers\",\"user:test-viewer\"]}").status()).isEqualTo(200);
        assertThat(getJson("/api/v1/persons/" + person + "/shares", admin()).text()).contains("group:lawyers");
        var bad = putJson("/api/v1/persons/" + person + "/shares", admin(), null, "{\"grantees\":[\"everyone\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("grantees");
    }

    @Test
    void aFileIsStoredOnceByItsHashAndItsCustodyIsKept() throws Exception {
        String source = create("/api/v1/sources", "{\"kind\":\"REPORT\",\"title\":\"Scan\"}");
        byte[] pdf = "%PDF-1.4\n%a tiny report\n".getBytes();
        var upload = mvc.perform(multipart("/api/v1/sources/" + source + "/file")
                .file(new MockMultipartFile("file", "C:\\reports\\scan.pdf", "application/octet-stream", pdf))
                .param("receivedFrom", "a family member").param("method", "hand delivery")
                .header("Authorization", "Bearer " + admin())).andReturn().getResponse();
        assertThat(upload.getStatus()).isEqualTo(200);
        var stored = json.readTree(upload.getContentAsString());
        assertThat(stored.get("fileName").asString()).isEqualTo("scan.pdf");
        var download = getJson("/api/v1/sources/" + source + "/file", admin());
        assertThat(download.header("X-Content-SHA256")).isEqualTo(stored.get("sha256").asString());
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(postJson("/api/v1/sources/" + source + "/custody", admin(),
                "{\"transferredTo\":\"Stockholm District Court\",\"method\":\"sealed envelope\"}").status()).isEqualTo(200);
        var custody = getJson("/api/v1/sources/" + source + "/custody", admin()).body();
        assertThat(custody).hasSize(2);
        assertThat(custody.get(0).get("receivedFrom").asString()).isEqualTo("a family member");
        assertThat(custody.get(1).get("transferredTo").asString()).isEqualTo("Stockholm District Court");
    }

    @Test
    void aSourceWithoutAFileHasNoDownloadAndHtmlIsNotAnAcceptedUpload() throws Exception {
        String source = create("/api/v1/sources", "{\"kind\":\"REPORT\",\"title\":\"Empty\"}");
        assertThat(getJson("/api/v1/sources/" + source + "/file", admin()).status()).isEqualTo(404);
        assertThat(postJson("/api/v1/sources/" + source + "/custody", admin(), "{}").status()).isEqualTo(404);
        var html = mvc.perform(multipart("/api/v1/sources/" + source + "/file")
                .file(new MockMultipartFile("file", "page.txt", "text/plain", "<html><script>x()</script></html>".getBytes()))
                .header("Authorization", "Bearer " + admin())).andReturn().getResponse();
        assertThat(html.getStatus()).isEqualTo(400);
    }
}
