package org.dadkhah.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The person list's {@code ?name=} answers from the search engine: ranked, across spellings and scripts, paged. */
class PersonNameListTests extends SearchTest {

    @Test
    void theNameFilterListsAnExactFullNameFirstAndNeverMatchesInsideAWord() throws Exception {
        String surname = word(4);
        String longer = person("Ali Akbar " + surname);
        String exact = person("Ali " + surname);
        String inside = person("Khalil " + surname);
        List<String> listed = listed("Ali " + surname);
        assertThat(listed).startsWith(exact, longer).doesNotContain(inside);
        assertThat(listed("Khalil " + surname)).first().isEqualTo(inside);
    }

    @Test
    void everySpellingAndBothScriptsOfANameListThePerson() throws Exception {
        String target = person("Mostafa Pour-Mohammadi", "مصطفی پورمحمدی|PERSIAN");
        for (String name : List.of("Mostafa Pourmohammadi", "Mustafa Pour Mohammadi", "مصطفي پورمحمدي",
                "مصطفی پور محمدی")) {
            assertThat(listed(name)).as(name).contains(target);
        }
    }

    @Test
    void aRankedListIsPagedWithoutRepeatsAndCountedAsListed() throws Exception {
        String surname = word(5);
        List<String> made = new ArrayList<>();
        for (String given : List.of("Reza", "Hassan", "Maryam", "Zahra", "Ahmad")) {
            made.add(person(given + " " + surname));
        }
        List<String> paged = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = getJson("/api/v1/persons?limit=2&name=" + surname
                    + (after == null ? "" : "&after=" + after), admin()).body();
            page.get("items").forEach(item -> paged.add(item.get("id").asString()));
            after = page.get("next").isNull() ? null : page.get("next").asString();
        } while (after != null);
        assertThat(paged).containsExactlyElementsOf(listed(surname)).containsExactlyInAnyOrderElementsOf(made);
        assertThat(getJson("/api/v1/persons/count?name=" + surname, admin()).body().get("count").asLong())
                .isEqualTo(5);
    }

    @Test
    void aRestrictedPersonIsNeitherListedNorCountedForAViewer() throws Exception {
        String surname = word(5);
        String open = person("Reza " + surname);
        String restricted = personAt("RESTRICTED", "Hassan " + surname);
        assertThat(listed(surname)).containsExactlyInAnyOrder(open, restricted);
        JsonNode asViewer = getJson("/api/v1/persons?name=" + surname, token(org.dadkhah.security.Role.VIEWER)).body();
        assertThat(asViewer.toString()).doesNotContain(restricted).doesNotContain("Hassan");
        assertThat(getJson("/api/v1/persons/count?name=" + surname, token(org.dadkhah.security.Role.VIEWER)).body().get("count").asLong())
                .isEqualTo(1);
    }

    @Test
    void theNameFilterCombinesWithTheListsOtherFilters() throws Exception {
        String surname = word(5);
        String female = create("/api/v1/persons", """
                {"confidentiality":"PUBLIC","sex":"FEMALE","names":[{"text":"Maryam %s","script":"LATIN","kind":"BIRTH_NAME"}]}"""
                .formatted(surname));
        person("Reza " + surname);
        JsonNode page = getJson("/api/v1/persons?sex=FEMALE&name=" + surname, admin()).body();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(female);
        assertThat(getJson("/api/v1/persons?name=" + surname + "&nosuchfilter=1", admin()).status()).isEqualTo(400);
    }

    private List<String> listed(String name) throws Exception {
        var response = getJson("/api/v1/persons?limit=100&name=" + name, admin());
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.body().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
