package org.dadkhah.testimony;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.dadkhah.security.Role;
import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

@ExtendWith(OutputCaptureExtension.class)
class SealedWitnessDataTests extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestimonyConsent consent;

    private String testimony(String name, String extra) throws Exception {
        return create("/api/v1/testimonies", """
                {"intervieweeName":"%s","contact":"+98 912 %s","transcript":"They took us to the hall","consentScope":"NAMED_PROSECUTORS",
                 "consentProsecutors":"Swedish Prosecution Authority","confidentiality":"RESTRICTED"%s}"""
                .formatted(name, name.hashCode(), extra));
    }

    @Test
    void aWitnessIdentityIsUnreadableInALogicalDumpInTheDatabaseFilesAndInTheLogs(CapturedOutput output) throws Exception {
        String secret = "Witnessname" + UUID.randomUUID().toString().substring(0, 8);
        String id = testimony(secret, "");
        assertThat(jdbc.sql("select interviewee_sealed from testimony where id = ?::uuid").param(id)
                .query(String.class).single()).startsWith("tink2:").doesNotContain(secret);
        assertThat(jdbc.sql("select count(*) from record_history where after_state::text like ?").param("%" + secret + "%")
                .query(Long.class).single()).isZero();
        for (String table : jdbc.sql("select tablename from pg_tables where schemaname = 'public'").query(String.class).list()) {
            assertThat(jdbc.sql("select count(*) from " + table + " t where t::text like ?").param("%" + secret + "%")
                    .query(Long.class).single()).as("logical dump of " + table).isZero();
        }
        jdbc.sql("checkpoint").update();
        Path dataDir = Path.of(jdbc.sql("select current_setting('data_directory')").query(String.class).single());
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        if (Files.isReadable(dataDir)) {
            java.util.List<Path> found = new java.util.ArrayList<>();
            Files.walkFileTree(dataDir, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && contains(file, needle)) {
                        found.add(file);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, java.io.IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
            assertThat(found).isEmpty();
        }
        assertThat(output.getAll()).doesNotContain(secret);
    }

    @Test
    void editorsSeeTheWitnessAndViewersOfTheLevelSeeOnlyThatItIsSealed() throws Exception {
        String id = testimony("Sealed Witness", "");
        assertThat(getJson("/api/v1/testimonies/" + id, token(Role.EDITOR)).body().get("intervieweeName").asString())
                .isEqualTo("Sealed Witness");
        jdbc.sql("update testimony set confidentiality = 'INTERNAL' where id = ?::uuid").param(id).update();
        var researcher = getJson("/api/v1/testimonies/" + id, token(Role.RESEARCHER));
        assertThat(researcher.status()).isEqualTo(200);
        assertThat(researcher.body().get("intervieweeName").asString()).isEqualTo("[sealed]");
        assertThat(researcher.text()).doesNotContain("Sealed Witness").doesNotContain("+98");
    }

    @Test
    void sendingThePlaceholderBackKeepsTheSealedValue() throws Exception {
        String id = testimony("Kept Witness", "");
        var read = getJson("/api/v1/testimonies/" + id, admin());
        String body = read.text().replace("\"Kept Witness\"", "\"[sealed]\"");
        assertThat(putJson("/api/v1/testimonies/" + id, admin(), read.header("ETag"), body).status()).isEqualTo(200);
        assertThat(getJson("/api/v1/testimonies/" + id, admin()).body().get("intervieweeName").asString())
                .isEqualTo("Kept Witness");
    }

    @Test
    void withdrawnConsentTakesEffectOnEveryPathAtOnce() throws Exception {
        String id = testimony("Withdrawing Witness", "");
        UUID uuid = UUID.fromString(id);
        assertThat(consent.mayQuoteFor(uuid, "Swedish Prosecution Authority")).isTrue();
        assertThat(consent.mayQuoteFor(uuid, "Another Prosecutor")).isFalse();
        assertThat(consent.mayName(uuid)).isFalse();
        var read = getJson("/api/v1/testimonies/" + id, admin());
        String withdrawn = read.text().replace("\"consentWithdrawn\":false", "\"consentWithdrawn\":true");
        assertThat(putJson("/api/v1/testimonies/" + id, admin(), read.header("ETag"), withdrawn).status()).isEqualTo(200);

        assertThat(consent.mayQuoteFor(uuid, "Swedish Prosecution Authority")).isFalse();
        String editor = token(Role.EDITOR);
        assertThat(getJson("/api/v1/testimonies/" + id, editor).status()).isEqualTo(404);
        assertThat(getJson("/api/v1/testimonies?limit=500", editor).text()).doesNotContain(id);
        assertThat(getJson("/api/v1/testimonies/" + id, admin()).status()).isEqualTo(200);
    }

    @Test
    void recordingsAreEncryptedAtRestAndComeBackWithTheirHash() throws Exception {
        String id = testimony("Recorded Witness", "");
        String words = "Recording" + UUID.randomUUID();
        var upload = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/testimonies/" + id + "/recordings")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "../../etc/passwd", "text/plain",
                        words.getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + admin())).andReturn().getResponse();
        assertThat(upload.getStatus()).isEqualTo(201);
        String sha = json.readTree(upload.getContentAsString()).get("sha256").asString();
        assertThat(json.readTree(upload.getContentAsString()).get("fileName").asString()).isEqualTo("passwd");
        String address = json.readTree(upload.getContentAsString()).get("address").asString();
        byte[] stored = jdbc.sql("select content from recording_file where address = ?").param(address)
                .query(byte[].class).single();
        assertThat(jdbc.sql("select count(*) from stored_file where sha256 = ?").param(sha).query(Long.class).single())
                .as("recordings never enter the evidence store").isZero();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(words);
        var download = getJson("/api/v1/testimonies/" + id + "/recordings/" + sha, admin());
        assertThat(download.text()).isEqualTo(words);
        assertThat(download.header("X-Content-SHA256")).isEqualTo(sha);
        assertThat(getJson("/api/v1/testimonies/" + id + "/recordings/" + sha, token(Role.VIEWER)).status()).isEqualTo(404);
    }

    @Test
    void anExecutableDisguisedAsAudioIsRefused() throws Exception {
        String id = testimony("Upload Witness", "");
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0};
        var upload = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/testimonies/" + id + "/recordings")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "interview.mp3", "audio/mpeg", elf))
                .header("Authorization", "Bearer " + admin())).andReturn().getResponse();
        assertThat(upload.getStatus()).isEqualTo(400);
        assertThat(upload.getContentAsString()).contains("Not an accepted file type");
    }

    private static boolean contains(Path file, byte[] needle) {
        try {
            byte[] data = Files.readAllBytes(file);
            outer:
            for (int i = 0; i <= data.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (data[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
