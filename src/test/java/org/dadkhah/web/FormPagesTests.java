package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dadkhah.support.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.dadkhah.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class FormPagesTests extends PageTest {

    private MockHttpServletResponse submit(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(as(Role.EDITOR)).with(csrf())).andReturn()
                .getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private String source() throws Exception {
        return create("/api/v1/sources", "{\"kind\":\"ARTICLE\",\"title\":\"" + unique("Family account") + "\"}");
    }

    @Test
    void aPersonsFormAsksForTheNamesFirstAndItsOtherListsAfterItsFields() throws Exception {
        String form = body("/persons/new", Role.EDITOR);
        int names = form.indexOf("name=\"names[0].text\"");
        int sex = form.indexOf("name=\"sex\"");
        int affiliations = form.indexOf("name=\"affiliations[0].");
        assertThat(names).isPositive();
        assertThat(sex).isGreaterThan(names);
        assertThat(affiliations).isGreaterThan(sex);
    }

    @Test
    void aPickerSaysHowItIsUsedAndIsDescribedByThatHint() throws Exception {
        var form = Jsoup.parse(body("/acts/new", Role.EDITOR));
        Element victim = form.getElementById("f-victim");
        Element hint = form.getElementById("f-victim-hint");
        assertThat(victim).isNotNull();
        assertThat(hint).isNotNull();
        assertThat(victim.attr("aria-describedby")).contains("f-victim-hint");
        assertThat(hint.text()).isEqualTo("Type to search, then choose");
    }

    @Test
    void aPersonAndADetentionEnteredInPersianWithACitationAppearOnTheTimeline() throws Exception {
        String name = unique("Form Person");
        var person = submit(post("/persons").param("confidentiality", "INTERNAL").param("names[0].text", name)
                .param("names[0].script", "LATIN").param("names[0].kind", "BIRTH_NAME").param("names[1].text", "")
                .param("birthDate", "۱۳۴۰"));
        assertThat(person.getStatus()).isEqualTo(302);
        String personPath = person.getRedirectedUrl();
        String personId = personPath.substring("/persons/".length());
        String source = source();
        var act = submit(post("/acts").param("type", "DETENTION").param("victim", name + " · " + personId)
                .param("date", "مرداد ۱۳۶۷").param("citation.source", "x · " + source)
                .param("citation.locator", "p. 3").param("citation.excerpt", "he was taken in Mordad"));
        assertThat(act.getStatus()).as(act.getContentAsString()).isEqualTo(302);
        String page = body(personPath, Role.EDITOR);
        assertThat(page).contains(name).contains("Mordad 1367 (Jul–Aug 1988)").contains("p. 3")
                .contains("he was taken in Mordad");
    }

    @Test
    void anInvalidDateIsRefusedWithTheApiMessageNextToTheField() throws Exception {
        var response = submit(post("/persons").param("names[0].text", unique("Bad Date"))
                .param("names[0].script", "LATIN").param("names[0].kind", "BIRTH_NAME").param("birthDate", "Mordad 13x7"));
        assertThat(response.getStatus()).isEqualTo(400);
        String body = response.getContentAsString();
        String error = body.substring(body.indexOf("id=\"f-birthDate-error\""));
        assertThat(error.substring(error.indexOf('>') + 1, error.indexOf("</div>"))).isNotBlank();
        assertThat(body).contains("value=\"Mordad 13x7\"");
    }

    @Test
    void savingAStaleVersionShowsTheConflictAndChangesNothing() throws Exception {
        String name = unique("Stale");
        String id = create("/api/v1/persons", "{\"names\":[{\"text\":\"" + name + "\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}]}");
        String read = getJson("/api/v1/persons/" + id, admin()).header("ETag");
        long version = Long.parseLong(read.replace("\"", ""));
        assertThat(putJson("/api/v1/persons/" + id, admin(), read, "{\"names\":[{\"text\":\"" + name
                + " changed\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}]}").status()).isEqualTo(200);
        var response = submit(post("/persons/" + id).param("version", String.valueOf(version)).param("names[0].text", name + " mine")
                .param("names[0].script", "LATIN").param("names[0].kind", "BIRTH_NAME"));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("Someone changed this record").contains("version " + (version + 1));
        assertThat(getJson("/api/v1/persons/" + id, admin()).text()).contains(name + " changed").doesNotContain("mine");
        String history = body("/persons/" + id + "/history", Role.EDITOR);
        assertThat(history).contains("diff-before\">" + name + " · ")
                .contains(name + " changed").contains("/history/" + version + "/restore");
        mvc.perform(post("/persons/" + id + "/history/" + version + "/restore").with(as(Role.EDITOR)).with(csrf()));
        assertThat(getJson("/api/v1/persons/" + id, admin()).text()).doesNotContain(name + " changed");
    }

    @Test
    void aRefusedCitationLeavesTheRecordUnsaved() throws Exception {
        String name = unique("No Citation");
        var response = submit(post("/persons").param("names[0].text", name).param("names[0].script", "LATIN")
                .param("names[0].kind", "BIRTH_NAME").param("citation.source", "not an id"));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("id=\"f-citation-source-error\"");
        assertThat(getJson("/api/v1/persons?name=" + name.replace(" ", "%20"), admin()).body().get("items")).isEmpty();
    }

    @Test
    void theDatePreviewReadsBothCalendarsAndThePickerFindsPersonsByName() throws Exception {
        assertThat(body("/date-preview?field=d&d=مرداد ۱۳۶۷", Role.VIEWER))
                .contains("Mordad 1367 (Jul–Aug 1988) = 1988-07-23..1988-08-22");
        assertThat(body("/date-preview?field=d&d=1367-05-07", Role.VIEWER)).contains("7 Mordad 1367 (29 July 1988) = 1988-07-29");
        assertThat(persianBody("/date-preview?field=d&d=1367-05-07", Role.VIEWER))
                .contains("\u20677 مرداد 1367\u2069 (\u206729 ژوئیه 1988\u2069)");
        String name = "Pickable " + unique("").strip().replaceAll("[0-9]", "q");
        String id = create("/api/v1/persons", "{\"confidentiality\":\"PUBLIC\",\"names\":[{\"text\":\"" + name
                + "\",\"script\":\"LATIN\",\"kind\":\"BIRTH_NAME\"}]}");
        assertThat(body("/pick/persons?field=victim&victim=" + name, Role.VIEWER))
                .contains(name + " · " + id);
    }
}
