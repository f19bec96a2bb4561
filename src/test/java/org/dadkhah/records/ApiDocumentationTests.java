package org.dadkhah.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.dadkhah.support.ApiTest;
import org.junit.jupiter.api.Test;

class ApiDocumentationTests extends ApiTest {

    @Test
    void theOpenApiDescriptionIsPublicAndNamesTheRecordTypesAndTheBearerScheme() throws Exception {
        var response = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        var doc = json.readTree(response.getContentAsString());
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(doc.at("/paths/~1api~1v1~1{type}/get/parameters").toString()).contains("persons").contains("testimonies");
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString()).contains("UP");
    }
}
