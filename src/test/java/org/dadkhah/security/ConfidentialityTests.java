package org.dadkhah.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A viewer cannot read a restricted person through any path; an analyst may count what they cannot read. */
class ConfidentialityTests extends ApiTest {

    private String surname;
    private String restricted;
    private String relative;
    private String event;
    private String source;

    @BeforeEach
    void restrictedWitness() throws Exception {
        surname = unique("Hiddenwitness").replace(" ", "");
        restricted = create("/api/v1/persons", """
                {"names":[{"text":"Zahra %s","script":"LATIN","kind":"BIRTH_NAME"}],"confidentiality":"RESTRICTED"}"""
                .formatted(surname));
        relative = create("/api/v1/persons", """
                {"names":[{"text":"Public Relative","script":"LATIN","kind":"BIRTH_NAME"}],"confidentiality":"PUBLIC"}""");
        event = create("/api/v1/events", "{\"title\":\"Raid\",\"confidentiality\":\"PUBLIC\"}");
        source = create("/api/v1/sources", "{\"kind\":\"TESTIMONY\",\"title\":\"Interview\",\"confidentiality\":\"PUBLIC\"}");
        create("/api/v1/acts", """
                {"type":"ARBITRARY_ARREST","victim":"%s","event":"%s","confidentiality":"RESTRICTED"}"""
                .formatted(restricted, event));
        create("/api/v1/relationships", """
                {"person":"%s","relatedPerson":"%s","kind":"SIBLING","confidentiality":"RESTRICTED"}"""
                .formatted(relative, restricted));
        create("/api/v1/citations", """
                {"source":"%s","recordType":"person","recordId":"%s","excerpt":"she said","confidentiality":"RESTRICTED"}"""
                .formatted(source, restricted));
        create("/api/v1/involvements", """
                {"act":"%s","perpetratorPerson":"%s","role":"INTERROGATED","confidentiality":"PUBLIC"}"""
                .formatted(create("/api/v1/acts", "{\"type\":\"TORTURE\",\"victim\":\"%s\",\"confidentiality\":\"RESTRICTED\"}"
                        .formatted(relative)), relative));
    }

    @Test
    void aViewerCannotReadARestrictedPersonThroughAnyPath() throws Exception {
        String viewer = token(Role.VIEWER);
        assertThat(getJson("/api/v1/persons/" + restricted, viewer).status()).isEqualTo(404);
        assertThat(getJson("/api/v1/persons?name=" + surname, viewer).body().get("items")).isEmpty();
        assertThat(getJson("/api/v1/persons/count?name=" + surname, viewer).body().get("count").asLong()).isZero();
        assertThat(getJson("/api/v1/persons/" + relative + "/timeline", viewer).text()).doesNotContain(restricted);
        assertThat(getJson("/api/v1/acts?event=" + event, viewer).body().get("items")).isEmpty();
        assertThat(getJson("/api/v1/citations?source=" + source, viewer).body().get("items")).isEmpty();
        assertThat(getJson("/api/v1/sources/" + source, viewer).text()).doesNotContain(restricted);
        assertThat(getJson("/api/v1/relationships?person=" + relative, viewer).body().get("items")).isEmpty();
        assertThat(getJson("/api/v1/persons/" + restricted + "/history", viewer).status()).isEqualTo(404);
    }

    @Test
    void anEditorReadsWhatTheViewerCannot() throws Exception {
        String editor = token(Role.EDITOR);
        assertThat(getJson("/api/v1/persons/" + restricted, editor).status()).isEqualTo(200);
        assertThat(getJson("/api/v1/persons/" + relative + "/timeline", editor).text()).contains("TORTURE");
        assertThat(getJson("/api/v1/citations?source=" + source, editor).body().get("items")).hasSize(1);
    }

    @Test
    void anAnalystCannotLearnByCountingWhetherANamedRestrictedPersonExists() throws Exception {
        String analyst = token(Role.ANALYST);
        assertThat(getJson("/api/v1/persons/count?name=" + surname, analyst).body().get("count").asLong()).isZero();
        assertThat(getJson("/api/v1/persons/aggregate?name=" + surname, analyst).status()).isEqualTo(400);
        assertThat(getJson("/api/v1/persons?name=" + surname, analyst).body().get("items")).isEmpty();
        assertThat(getJson("/api/v1/persons/" + restricted, analyst).status()).isEqualTo(404);
    }

    @Test
    void aRecordSharedWithAUserIsReadableByThatUserOnly() throws Exception {
        String viewer = token(Role.VIEWER);
        jdbc().sql("insert into record_share (record_id, grantee) values (?::uuid, 'user:test-viewer')")
                .param(restricted).update();
        assertThat(getJson("/api/v1/persons/" + restricted, viewer).status()).isEqualTo(200);
        jdbc().sql("delete from record_share where record_id = ?::uuid").param(restricted).update();
        assertThat(getJson("/api/v1/persons/" + restricted, viewer).status()).isEqualTo(404);
    }

    @Test
    void readOnlyTokensAndViewersCannotWrite() throws Exception {
        var response = postJson("/api/v1/places", token(Role.VIEWER), "{\"name\":\"X\",\"kind\":\"CITY\"}");
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void theApiAnswers401WithoutCredentialsOrWithARevokedToken() throws Exception {
        assertThat(mvc.perform(get("/api/v1/persons")).andReturn().getResponse().getStatus()).isEqualTo(401);
        String token = accounts.issueToken("test-admin", true);
        assertThat(getJson("/api/v1/persons?limit=1", token).status()).isEqualTo(200);
        accounts.revokeToken(token);
        assertThat(getJson("/api/v1/persons?limit=1", token).status()).isEqualTo(401);
    }

    private org.springframework.jdbc.core.simple.JdbcClient jdbc() {
        return org.springframework.jdbc.core.simple.JdbcClient.create(
                ((org.springframework.web.context.WebApplicationContext) mvc.getDispatcherServlet().getWebApplicationContext())
                        .getBean(javax.sql.DataSource.class));
    }
}
