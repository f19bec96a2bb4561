package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.dadkhah.security.Role;
import org.junit.jupiter.api.Test;

/** The search box's results page and suggestions, in both languages, within the reader's rights. */
class SearchPageTests extends PageTest {

    private String person(String name, String level) throws Exception {
        return create("/api/v1/persons", """
                {"names":[{"text":"%s","script":"LATIN","kind":"BIRTH_NAME"}],"confidentiality":"%s"}""".formatted(name, level));
    }

    @Test
    void theResultsPageFindsAPersonAndLinksToTheirPage() throws Exception {
        String surname = "Zarvandi" + Long.toString(System.nanoTime(), 36).substring(0, 4).toLowerCase();
        String id = person("Parviz " + surname, "PUBLIC");
        String page = body("/search?q=" + surname, Role.VIEWER);
        assertThat(page).contains("href=\"/persons/" + id + "\"").contains("<mark>")
                .contains("<p>1 result you may see</p>").contains("<span class=\"badge text-bg-light\">person</span>")
                .doesNotContain("id=\"search-suggestions\"");
        assertThat(body("/search/suggest?q=" + surname, Role.VIEWER)).contains("/persons/" + id);
    }

    @Test
    void aRestrictedPersonIsNeitherFoundNorSuggestedToAViewer() throws Exception {
        String surname = "Kalhori" + Long.toString(System.nanoTime(), 36).substring(0, 4).toLowerCase();
        String id = person("Soraya " + surname, "RESTRICTED");
        assertThat(body("/search?q=" + surname, Role.VIEWER)).doesNotContain(id).doesNotContain(surname + "</");
        assertThat(body("/search/suggest?q=" + surname, Role.VIEWER)).doesNotContain(id);
        assertThat(body("/search?q=" + surname, Role.EDITOR)).contains(id);
    }

    @Test
    void facetsShowLabelsAndNamesAndNarrowTheSearch() throws Exception {
        String surname = "Farzaneh" + Long.toString(System.nanoTime(), 36).substring(0, 4).toLowerCase();
        String prison = "Prison " + surname;
        String place = create("/api/v1/places", """
                {"name":"%s","kind":"PRISON","confidentiality":"PUBLIC"}""".formatted(prison));
        String executed = person("Bahram " + surname, "PUBLIC");
        create("/api/v1/acts", """
                {"type":"EXECUTION","victim":"%s","place":"%s","date":"Mordad 1367","confidentiality":"PUBLIC"}"""
                .formatted(executed, place));
        String other = person("Shirin " + surname, "PUBLIC");
        String page = body("/search?q=" + surname, Role.VIEWER);
        assertThat(page).contains(prison).contains("Execution").contains("Persons")
                .contains("href=\"/search?q=" + surname + "&amp;actType=EXECUTION\"");
        String narrowed = body("/search?q=" + surname + "&actType=EXECUTION", Role.VIEWER);
        assertThat(narrowed).contains("/persons/" + executed).doesNotContain("/persons/" + other)
                .contains("aria-current=\"true\"").contains("name=\"actType\" value=\"EXECUTION\"");
        assertThat(body("/search?q=" + surname + "&place=" + place, Role.VIEWER)).contains("/persons/" + executed)
                .doesNotContain("/persons/" + other);
        assertThat(body("/search?q=" + surname + "&year=abc", Role.VIEWER)).contains("alert-danger");
    }

    @Test
    void aPlaceFacetNamesOnlyPlacesTheReaderMaySee() throws Exception {
        String surname = "Tabrizian" + Long.toString(System.nanoTime(), 36).substring(0, 4).toLowerCase();
        String secretPlace = "Safehouse " + surname;
        String place = create("/api/v1/places", """
                {"name":"%s","kind":"OTHER","confidentiality":"RESTRICTED"}""".formatted(secretPlace));
        String victim = person("Nasrin " + surname, "PUBLIC");
        create("/api/v1/acts", """
                {"type":"ARBITRARY_ARREST","victim":"%s","place":"%s","date":"1367","confidentiality":"PUBLIC"}"""
                .formatted(victim, place));
        assertThat(body("/search?q=Nasrin%20" + surname, Role.VIEWER)).contains("/persons/" + victim)
                .doesNotContain(secretPlace);
        assertThat(body("/search?q=Nasrin%20" + surname, Role.EDITOR)).contains(secretPlace);
    }
}
